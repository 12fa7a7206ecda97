#include "exchange/csvwriter.h"

namespace Sepakat::Exchange {

CsvWriter::CsvWriter(QChar separator) : m_bytes("\xEF\xBB\xBF"), m_separator(separator) {}

void CsvWriter::addRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_separator;
        const QString cell = neutralizeFormula(cells.at(i));
        // A cell that begins with U+FEFF is quoted too: unquoted at the start of the file, a
        // reader would take it for the byte-order mark and drop it.
        const bool quote = cell.contains(m_separator) || cell.contains(u'"')
                           || cell.contains(u'\n') || cell.contains(u'\r')
                           || cell.startsWith(QChar(0xFEFF));
        if (quote)
            line += u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            line += cell;
    }
    line += QStringLiteral("\r\n");
    m_bytes += line.toUtf8();
}

QString neutralizeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r')
        return u'\'' + cell;
    return cell;
}

} // namespace Sepakat::Exchange
