#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace Sepakat::Exchange {

// A CSV file as read: the header and the records below it, every cell as text. What the cells
// mean (numbers, dates, which column is which) is the importer's business, not the reader's.
struct CsvTable
{
    QChar separator = u',';
    bool hadByteOrderMark = false;
    bool wasUtf8 = true;          // false: not valid UTF-8, read as Windows-1252 (Excel's "CSV")
    QStringList header;           // the first record; empty for an empty file
    QList<QStringList> records;   // the records after the header, blank lines left out
    // The spreadsheet row of each record (the header is row 1), the number a user looks up in
    // the file. Blank lines count, so it is the file's line where no cell holds a line break.
    QList<qint64> rows;
};

struct CsvReadOptions
{
    // ',' or ';' (or '\t'); a null QChar detects it from the header line: Excel writes ';' where
    // the decimal point is a comma (Indonesian, German, ...), ',' elsewhere.
    QChar separator;
};

// Reads CSV text as RFC 4180 describes it: fields in double quotes may hold separators, line
// breaks and doubled quotes (""); records end in CRLF or LF (a lone CR too); UTF-8 byte-order
// marks at the start are skipped. Unquoted fields are taken as written (a quote inside one is
// kept).
//
// Fails, with the row and column (1-based) in the message and "row:column" in the error's
// field, when a quoted field is never closed or text follows a closing quote; never crashes or
// hangs on any input (a fuzz target holds it to that).
Result<CsvTable> readCsv(QByteArrayView bytes, const CsvReadOptions &options = {});

// Which separator a header line uses: the one of ',', ';', '\t' seen most outside quotes, ','
// when none is.
QChar detectSeparator(QStringView firstLine);

} // namespace Sepakat::Exchange
