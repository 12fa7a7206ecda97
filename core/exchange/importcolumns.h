#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sepakat::Exchange {

// The lists a CSV file can bring in (or take out).
enum class ListKind { Customers, Products, Deals };
QString listName(ListKind kind); // translated: "Customers"

// Every column Sepakat knows in some list. A file's header cells map onto them by name.
enum class Column {
    Id,
    Name,
    Industry,
    Country,
    City,
    Address,
    Notes,
    Contact,
    ContactRole,
    Email,
    Phone,
    Sku,
    Unit,
    Price,
    Cost,
    Benefit,
    Active,
    Title,
    Customer,
    Stage,
    Value,
    Currency,
    ExpectedClose,
    Owner,
};

struct ColumnSpec
{
    Column column;
    const char *english;    // the header a file in English uses (and the source of the title)
    const char *indonesian; // the header a file in Indonesian uses (UTF-8)
    bool required;          // a row without it is invalid
};

// The columns of a list, in the order an export writes them.
const QList<ColumnSpec> &columnsOf(ListKind kind);
// The translated title of a column, for the mapping step and the report.
QString columnTitle(Column column);

// Per header cell, the column it names in this list: its English or Indonesian name, any case,
// surrounding spaces ignored; nullopt for a header Sepakat does not know (the import dialog
// lets the user map it, the command line ignores it).
QList<std::optional<Column>> mapHeader(ListKind kind, const QStringList &header);

// The required columns of the list that the mapping leaves out, as translated titles.
QStringList missingRequired(ListKind kind, const QList<std::optional<Column>> &mapping);

} // namespace Sepakat::Exchange
