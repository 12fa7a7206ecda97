#include "report/pdfmetadata.h"

#include <QRegularExpression>

namespace Sepakat::Report {

namespace {

// A PDF text string in UTF-16BE with a byte order mark, written in hex: any character the user
// typed, parentheses and backslashes included, needs no escaping.
QByteArray textString(const QString &text)
{
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

// The last match of pattern in the trailer section, group 1.
QByteArray lastCapture(const QString &trailer, const QString &pattern)
{
    QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(trailer);
    QByteArray found;
    while (it.hasNext())
        found = it.next().captured(1).toLatin1();
    return found;
}

} // namespace

QByteArray withDocumentInfo(const QByteArray &pdf, const PdfMetadata &metadata)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    const QString tail = QString::fromLatin1(pdf.mid(startAt));
    bool sizeOk = false;
    const qint64 size = lastCapture(trailer, QStringLiteral("/Size\\s+(\\d+)")).toLongLong(&sizeOk);
    const QByteArray root = lastCapture(trailer, QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    const QByteArray id = lastCapture(trailer, QStringLiteral("(/ID\\s*\\[[^\\]]*\\])"));
    const QByteArray previous = lastCapture(tail, QStringLiteral("startxref\\s+(\\d+)"));
    if (!sizeOk || root.isEmpty() || previous.isEmpty())
        return pdf;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectAt = out.size();
    const QByteArray number = QByteArray::number(size);
    out += number + " 0 obj\n<<\n/Title " + textString(metadata.title) + "\n/Author "
           + textString(metadata.author) + "\n/Subject " + textString(metadata.subject)
           + "\n/Creator " + textString(metadata.creator) + "\n/Producer "
           + textString(metadata.creator) + "\n/CreationDate " + pdfDate(metadata.created)
           + "\n>>\nendobj\n";
    const qsizetype xrefAt = out.size();
    // Each cross-reference entry is exactly 20 bytes: 10-digit offset, generation, 'n', EOL.
    out += "xref\n" + number + " 1\n"
           + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(size + 1) + "\n/Root " + root + "\n/Info "
           + number + " 0 R\n" + (id.isEmpty() ? QByteArray() : id + '\n') + "/Prev " + previous
           + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

QByteArray xmpMetadata(const PdfMetadata &metadata)
{
    const auto xml = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    const QByteArray date =
        metadata.created.toUTC().toString(Qt::ISODate).toLatin1();
    return "<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
           "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
           "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>"
           + xml(metadata.title)
           + "</rdf:li></rdf:Alt></dc:title>\n"
             "<dc:creator><rdf:Seq><rdf:li>"
           + xml(metadata.author)
           + "</rdf:li></rdf:Seq></dc:creator>\n"
             "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>"
           + xml(metadata.subject)
           + "</rdf:li></rdf:Alt></dc:description>\n"
             "<xmp:CreatorTool>"
           + xml(metadata.creator) + "</xmp:CreatorTool>\n<xmp:CreateDate>" + date
           + "</xmp:CreateDate>\n<pdf:Producer>" + xml(metadata.creator)
           + "</pdf:Producer>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
             "<?xpacket end='w'?>";
}

} // namespace Sepakat::Report
