#pragma once

#include "report/pageflow.h"
#include "report/reporttext.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace Sepakat::Report {

class DocumentBuilder;

// A report that lays itself out on pages: the proposal and the internal worksheet. It is built
// afresh for each device, so a screen preview and a 1200 dpi PDF have the same page breaks.
class ReportDocument
{
public:
    explicit ReportDocument(const QString &language) : m_text(language) {}
    virtual ~ReportDocument() = default;

    const ReportText &text() const { return m_text; }
    virtual QString title() const = 0;   // PDF title, and the preview window's
    virtual QString subject() const = 0; // PDF subject
    virtual QString author() const = 0;  // PDF author: the seller

    // Paints every page on device (a QPrinter for the preview, a QPdfWriter for a file) at the
    // given paper size. False when the device refused to paint.
    bool paint(QPagedPaintDevice &device, QPageSize::PageSizeId pageSize) const;
    // The whole PDF file: pages, title, author, subject and creator; empty on failure.
    QByteArray toPdf(QPageSize::PageSizeId pageSize) const;

protected:
    struct Frame
    {
        QRectF page;    // the whole sheet, device units
        QRectF content; // inside the margins, header and footer
    };
    virtual void build(DocumentBuilder &builder, const Frame &frame) const = 0;
    virtual void decorate(QPainter &painter, const Style &style, const Frame &frame, int page,
                          int pageCount) const = 0;

    // Paints "text" as one line in font and colour, aligned in rect; shared by decorations.
    static void drawLine(QPainter &painter, const QRectF &rect, const QString &text,
                         const QFont &font, const QColor &color, Qt::Alignment align);
    // Draws a PNG, JPEG or SVG logo scaled into rect, aligned left and centred vertically.
    // Returns the width used (0 when there is no logo, or it cannot or must not be drawn).
    static qreal drawLogo(QPainter &painter, const QRectF &rect, const QByteArray &bytes);

private:
    Frame frameFor(const QPagedPaintDevice &device, const Style &style) const;

    ReportText m_text;
};

} // namespace Sepakat::Report
