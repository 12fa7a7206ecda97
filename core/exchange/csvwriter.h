#pragma once

#include <QByteArray>
#include <QStringList>

namespace Sepakat::Exchange {

// Writes CSV the way spreadsheets open it right: UTF-8 with a byte-order mark (without it Excel
// guesses the Windows code page), CRLF line ends, a field in double quotes when it holds the
// separator, a quote or a line break, quotes doubled.
class CsvWriter
{
public:
    explicit CsvWriter(QChar separator = u',');
    void addRow(const QStringList &cells);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    QChar m_separator;
};

// A cell a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
// return) gets a leading apostrophe, so a customer named "=HYPERLINK(...)" stays text. Plain
// numbers are never negative in exports, so no number is touched.
QString neutralizeFormula(const QString &cell);

} // namespace Sepakat::Exchange
