#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Sepakat::Exchange {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Exchange)
};

// UTF-8 when it is valid UTF-8; otherwise the Windows code page Excel's plain "CSV" uses, so
// "Café" from an old spreadsheet does not turn into replacement characters.
QString decode(QByteArrayView bytes, CsvTable *table)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    table->wasUtf8 = false;
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return windows.decode(bytes);
    return QString::fromLatin1(bytes.data(), bytes.size());
}

bool isBlank(const QStringList &record)
{
    return record.size() == 1 && record.first().isEmpty();
}

} // namespace

QChar detectSeparator(QStringView firstLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
        else if (c == u'\n' || c == u'\r')
            break;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

Result<CsvTable> readCsv(QByteArrayView bytes, const CsvReadOptions &options)
{
    CsvTable table;
    // Every byte-order mark at the start, not only one: a file that went through two tools may
    // carry two, and the decoder below would silently drop a second but keep a third.
    while (bytes.startsWith("\xEF\xBB\xBF")) {
        table.hadByteOrderMark = true;
        bytes = bytes.sliced(3);
    }
    const QString decoded = decode(bytes, &table);
    const QStringView text(decoded);
    table.separator = options.separator.isNull() ? detectSeparator(text) : options.separator;
    const QChar separator = table.separator;

    const auto failure = [](qint64 row, qint64 column, const QString &message) {
        return Error{Text::tr("Row %1, column %2: %3").arg(row).arg(column).arg(message),
                     QStringLiteral("%1:%2").arg(row).arg(column)};
    };

    QStringList record;
    QString field;
    qint64 line = 1;        // the line being read
    qint64 recordLine = 1;  // the line the current record started on
    bool headerDone = false;
    const auto endRecord = [&] {
        record.append(std::move(field));
        field = QString();
        const qsizetype cells = record.size();
        if (!headerDone) {
            if (!isBlank(record)) {
                table.header = std::move(record);
                headerDone = true;
            }
        } else if (!isBlank(record)) {
            table.records.append(std::move(record));
            table.rows.append(recordLine);
        }
        record = QStringList();
        // Most records have as many cells as the one before. Sized by that record, not by the
        // header: a wide header over many short lines had every line reserve the header's
        // width (a 400 KB file took 850 MB); the last record's cells were in the file, so this
        // keeps what the table holds in proportion to the file.
        record.reserve(cells);
    };

    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // At the start of a field.
        if (text[i] == u'"') {
            const qint64 openLine = line;
            const qint64 openColumn = record.size() + 1;
            ++i;
            bool closed = false;
            while (i < size) {
                // The text up to the next quote, appended as one run (not character by
                // character: a spreadsheet quotes every cell of some columns).
                const qsizetype runStart = i;
                while (i < size && text[i] != u'"') {
                    if (text[i] == u'\n' ||
                        (text[i] == u'\r' && (i + 1 >= size || text[i + 1] != u'\n')))
                        ++line;
                    ++i;
                }
                field.append(text.sliced(runStart, i - runStart));
                if (i >= size)
                    break;
                if (i + 1 < size && text[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                ++i;
                closed = true;
                break;
            }
            if (!closed)
                return failure(openLine, openColumn,
                               Text::tr("a quoted field is never closed (a \" is missing)."));
            if (i < size && text[i] != separator && text[i] != u'\r' && text[i] != u'\n')
                return failure(line, record.size() + 1,
                               Text::tr("text follows the closing quote of a field; a quote "
                                        "inside a quoted field must be doubled (\"\")."));
        } else {
            const qsizetype start = i;
            while (i < size && text[i] != separator && text[i] != u'\r' && text[i] != u'\n')
                ++i;
            field = text.sliced(start, i - start).toString();
        }
        // After a field: a separator, a line end or the end of the text.
        if (i >= size)
            break;
        if (text[i] == separator) {
            record.append(std::move(field));
            field = QString();
            ++i;
            if (i >= size) // "a,b," ends in an empty field
                break;
            continue;
        }
        i += (text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n') ? 2 : 1;
        endRecord();
        ++line;
        recordLine = line;
    }
    if (!record.isEmpty() || !field.isEmpty())
        endRecord();
    return table;
}

} // namespace Sepakat::Exchange
