#pragma once

#include "exchange/importcolumns.h"
#include "util/result.h"

#include <QByteArray>

namespace Sepakat {
class DealBook;
}

namespace Sepakat::Exchange {

struct ExportOptions
{
    // Indonesian headers, ';' between cells and a decimal comma ("1250000,50"), as Excel in an
    // Indonesian (or other comma-decimal) locale expects; otherwise English, ',' and '.'.
    bool indonesian = false;
};

// A whole list as CSV (see CsvWriter), with the columns of columnsOf(kind) so the file imports
// back as it is. Customers take one row per contact (the customer's cells repeated). Amounts are
// plain numbers without grouping, dates ISO (2025-03-31), stages by name.
QByteArray exportCsv(DealBook &book, ListKind kind, const ExportOptions &options = {});

// Writes bytes to a file atomically (QSaveFile): the old file stays whole until the new one is.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Sepakat::Exchange
