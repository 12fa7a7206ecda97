#pragma once

#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/product.h"
#include "exchange/csvreader.h"
#include "exchange/importcolumns.h"
#include "util/result.h"

namespace Sepakat {
class DealBook;
}

namespace Sepakat::Exchange {

// How the numbers of a file are written.
enum class NumberStyle {
    FromFile,     // by the separator: ';' files come from comma-decimal locales, ',' files not
    DotDecimal,   // 1,250,000.50
    CommaDecimal, // 1.250.000,50
};

struct ImportOptions
{
    NumberStyle numbers = NumberStyle::FromFile;
    bool skipInvalid = false; // import the valid rows and report the rest, instead of nothing
};

// One CSV file to import, read and with its header mapped.
struct ImportFile
{
    ListKind kind = ListKind::Customers;
    QString name;  // the file's name, for the report
    CsvTable table;
    QList<std::optional<Column>> mapping; // per header cell; mapHeader's unless the user changed it
};

// Reads and maps a file; fails with a message naming the file when it cannot be read or its
// quoting is broken.
Result<ImportFile> loadImportFile(ListKind kind, const QString &path,
                                  const CsvReadOptions &options = {});
// The same for text already in memory (tests, the dialog's preview of a changed separator).
Result<ImportFile> importFileFrom(ListKind kind, const QString &name, QByteArrayView bytes,
                                  const CsvReadOptions &options = {});

// One thing wrong with a row. Invalid rows block an all-or-nothing import; duplicates of what
// the book or the file already holds are left out and reported either way.
struct ImportProblem
{
    enum class Kind { Invalid, Duplicate };
    Kind kind = Kind::Invalid;
    QString file;
    qint64 row = 0;  // the spreadsheet row (header is row 1); 0 for the file as a whole
    QString column;  // the header cell as written in the file; empty for the row as a whole
    QString reason;  // translated

    // "deals.csv row 12, column Value: "12x" is not an amount of money."
    QString describe() const;
};

// What an import would do: the new rows, checked and ready, and every problem found.
struct ImportPlan
{
    QList<Customer> customers;
    QList<Product> products;
    QList<Deal> deals;
    QList<ImportProblem> problems;
    qint64 rowsRead = 0;

    bool hasInvalid() const;
    qint64 invalidRows() const; // distinct rows with at least one Invalid problem
};

// Checks every row of every file against the book without writing anything: cells, required
// columns, references (a deal's customer by id or name, in the book or in the customers file)
// and duplicates (customer names, product SKUs, deal titles per customer, ids).
ImportPlan planImport(DealBook &book, const QList<ImportFile> &files, const ImportOptions &options);

struct ImportCounts
{
    qint64 customers = 0;
    qint64 products = 0;
    qint64 deals = 0;
    qint64 total() const { return customers + products + deals; }
};

// Writes a plan in one transaction: all of its rows or none. Refused (nothing written) when the
// plan has invalid rows and options.skipInvalid is off. One history event records the import.
Result<ImportCounts> runImport(DealBook &book, const ImportPlan &plan, const ImportOptions &options);

} // namespace Sepakat::Exchange
