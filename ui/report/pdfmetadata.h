#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sepakat::Report {

struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator; // the program: "Sepakat 0.1.0"
    QDateTime created;
};

// Qt 6.4's QPdfWriter writes only a title and a creator into the document information. This
// appends a standard incremental update (PDF 1.4, section 3.4.5) to a classic-xref PDF: a new
// information dictionary with all four fields and a trailer pointing to it, leaving the bytes
// before untouched. Returns the PDF unchanged when it has no trailer it can read.
QByteArray withDocumentInfo(const QByteArray &pdf, const PdfMetadata &metadata);

// XMP packet with the same fields, for QPdfWriter::setDocumentXmpMetadata (viewers that read
// XMP first then agree with the information dictionary).
QByteArray xmpMetadata(const PdfMetadata &metadata);

} // namespace Sepakat::Report
