// Fuzz target: the CSV reader and the import checks behind it (`sepakat import`, File > Import).
// Any bytes must read as a table or fail with a row and column, never crash, hang or hit
// undefined behaviour; what reads must plan as an import (numbers in either locale style,
// dates, stages, references) without crashing too.
//
// The first byte chooses the options, the rest is the file. A seed file therefore starts with
// one character before its header line:
//   bits 0-1  separator: 0 detect, 1 ';', 2 ',', 3 tab
//   bits 2-3  numbers:   0 or 3 by the file, 1 dot decimal (1,250.50), 2 comma decimal (1.250,50)
//   bits 4-5  list:      0 customers, 1 products, 2 deals, 3 all three from the same table
// so '@' is customers, 'P' products, '`' deals, 'p' all three, each detecting the separator and
// the number style; 'a' is deals with ';', 'c' deals with tabs, 'd' deals with dot decimals,
// 'h' deals with comma decimals.
//
// Beyond not crashing it checks what csvreader.h promises: a failure names "row:column", every
// record has its spreadsheet row, the table's memory is in proportion to the file, and
// CsvWriter's output reads back as the same table (cells as neutralizeFormula leaves them). A
// broken promise aborts, so libFuzzer saves the input.

#include "exchange/csvimport.h"
#include "exchange/csvwriter.h"
#include "fuzztarget.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

using namespace Sepakat;
using namespace Sepakat::Exchange;

namespace {

// The book the imports are planned against, made once per process and removed at its exit
// (planning only reads it). It holds the customers the seed files name, so their deals get past
// the customer check, and one product, so a file can repeat what the book has.
class SeededBook
{
public:
    SeededBook()
    {
        if (!QCoreApplication::instance()) { // libFuzzer's own main makes none; replay's does
            static int argc = 1;
            static char name[] = "fuzz_csv";
            static char *argv[] = {name, nullptr};
            m_app = std::make_unique<QCoreApplication>(argc, argv);
        }
        OpenFailure failure;
        m_book = DealBook::create(m_dir.filePath(QStringLiteral("fuzz.sepakat")), &failure);
        if (!m_book)
            promiseBroken(qPrintable(failure.message));
        int n = 0;
        for (const char *name :
             {"PT A", "PT Sinar Jaya, Tbk", "Kopi Nusantara Caf\u00e9", "CV \"Maju\" Bersama"}) {
            Customer customer;
            customer.id = QStringLiteral("c%1").arg(++n);
            customer.name = QString::fromUtf8(name);
            if (!m_book->customers().save(customer))
                promiseBroken("the seeded book takes its customers");
        }
        Product product;
        product.id = QStringLiteral("p1");
        product.sku = QStringLiteral("SPK-CRM");
        product.name = QStringLiteral("CRM licence");
        product.unitPrice = Money(1'250'000, QStringLiteral("IDR"));
        if (!m_book->products().save(product))
            promiseBroken("the seeded book takes its product");
    }

    DealBook &book() { return *m_book; }

private:
    std::unique_ptr<QCoreApplication> m_app;
    QTemporaryDir m_dir;
    std::unique_ptr<DealBook> m_book;
};

void checkTable(const CsvTable &table, qsizetype fileSize)
{
    if (table.rows.size() != table.records.size())
        promiseBroken("every record has its spreadsheet row");
    qint64 previous = 1; // the header's row
    for (const qint64 row : table.rows) {
        if (row <= previous)
            promiseBroken("records' rows increase, below the header");
        previous = row;
    }
    if (!table.records.isEmpty() && table.header.isEmpty())
        promiseBroken("records come with a header");
    // Every cell but the first of a record takes a separator from the file; allowing for the
    // lists' growth, the room the records hold stays in proportion to the file.
    qsizetype room = 0;
    for (const QStringList &record : table.records)
        room += record.capacity();
    if (room > table.header.size() + 4 * (fileSize + table.records.size()) + 16)
        promiseBroken("the table's memory is in proportion to the file");
}

// What CsvWriter makes of the table must read back as the same table.
void checkRoundTrip(const CsvTable &table)
{
    const auto written = [](const QStringList &cells) {
        QStringList neutral;
        for (const QString &cell : cells)
            neutral << neutralizeFormula(cell);
        return neutral;
    };
    CsvWriter writer(table.separator);
    if (!table.header.isEmpty())
        writer.addRow(table.header);
    for (const QStringList &record : table.records)
        writer.addRow(record);
    const Result<CsvTable> again = readCsv(writer.bytes(), CsvReadOptions{table.separator});
    if (!again)
        promiseBroken("what CsvWriter writes reads back");
    if (again->header != written(table.header) || again->records.size() != table.records.size())
        promiseBroken("what CsvWriter writes reads back as the same table");
    for (qsizetype i = 0; i < table.records.size(); ++i) {
        if (again->records.at(i) != written(table.records.at(i)))
            promiseBroken("what CsvWriter writes reads back as the same records");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t choice = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static constexpr QChar kSeparators[] = {QChar(), u';', u',', u'\t'};
    static constexpr NumberStyle kStyles[] = {NumberStyle::FromFile, NumberStyle::DotDecimal,
                                              NumberStyle::CommaDecimal, NumberStyle::FromFile};
    const CsvReadOptions readOptions{kSeparators[choice & 3]};
    ImportOptions importOptions;
    importOptions.numbers = kStyles[(choice >> 2) & 3];
    const int list = (choice >> 4) & 3;

    static SeededBook seeded;
    const Result<CsvTable> table = readCsv(bytes, readOptions);
    if (!table) {
        static const QRegularExpression rowColumn(QStringLiteral("^[1-9][0-9]*:[1-9][0-9]*$"));
        if (!rowColumn.match(table.error().field).hasMatch() || table.errorMessage().isEmpty())
            promiseBroken("a failure names the row and column");
        return 0;
    }
    checkTable(*table, bytes.size());
    checkRoundTrip(*table);

    // Every cell as an amount in both styles, as the import reads a price or a value: so the
    // number parser sees all the text, not only cells under a header the mutations kept intact.
    static const QLocale dotDecimal = QLocale::c();
    static const QLocale commaDecimal(QLocale::Indonesian, QLocale::Indonesia);
    for (const QStringList &record : table->records) {
        for (const QString &cell : record) {
            (void)Money::parse(cell, QStringLiteral("USD"), dotDecimal);
            (void)Money::parse(cell, QStringLiteral("USD"), commaDecimal);
        }
    }

    QList<ImportFile> files;
    for (const ListKind kind : {ListKind::Customers, ListKind::Products, ListKind::Deals}) {
        if (list == 3 || list == int(kind)) {
            ImportFile file;
            file.kind = kind;
            file.name = QStringLiteral("fuzz.csv");
            file.table = *table;
            file.mapping = mapHeader(kind, table->header);
            files << file;
        }
    }
    const ImportPlan plan = planImport(seeded.book(), files, importOptions);
    for (const ImportProblem &problem : plan.problems) {
        if (problem.reason.isEmpty())
            promiseBroken("every problem says what is wrong");
        (void)problem.describe();
    }
    return 0;
}
