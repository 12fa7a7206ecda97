#include "report/reportdocument.h"

#include "report/documentbuilder.h"
#include "report/pdfmetadata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QImage>

namespace Sepakat::Report {

namespace {

// Margins in points: room for the running header and footer inside them.
constexpr qreal kSideMarginPt = 56;   // about 20 mm
constexpr qreal kTopMarginPt = 72;
constexpr qreal kBottomMarginPt = 64;
constexpr int kPdfResolution = 1200;

} // namespace

ReportDocument::Frame ReportDocument::frameFor(const QPagedPaintDevice &device,
                                               const Style &style) const
{
    Frame frame;
    frame.page = QRectF(0, 0, device.width(), device.height());
    frame.content = frame.page.adjusted(style.pt(kSideMarginPt), style.pt(kTopMarginPt),
                                        -style.pt(kSideMarginPt), -style.pt(kBottomMarginPt));
    return frame;
}

bool ReportDocument::paint(QPagedPaintDevice &device, QPageSize::PageSizeId pageSize) const
{
    // The margins are the document's own (frameFor), so the device paints the whole sheet.
    if (!device.setPageLayout(
            QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF())))
        return false;
    const Style style(&device);
    const Frame frame = frameFor(device, style);
    DocumentBuilder builder(style, frame.content.width());
    build(builder, frame);
    return builder.flow().paint(device, frame.content,
                                [&](QPainter &painter, int page, int pageCount) {
                                    decorate(painter, style, frame, page, pageCount);
                                });
}

QByteArray ReportDocument::toPdf(QPageSize::PageSizeId pageSize) const
{
    PdfMetadata metadata;
    metadata.title = title();
    metadata.author = author();
    metadata.subject = subject();
    metadata.creator = QStringLiteral("Sepakat %1").arg(QCoreApplication::applicationVersion());
    metadata.created = QDateTime::currentDateTimeUtc();

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        writer.setDocumentXmpMetadata(xmpMetadata(metadata));
        if (!paint(writer, pageSize))
            return {};
    }
    return withDocumentInfo(bytes, metadata);
}

void ReportDocument::drawLine(QPainter &painter, const QRectF &rect, const QString &text,
                              const QFont &font, const QColor &color, Qt::Alignment align)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, text);
}

qreal ReportDocument::drawLogo(QPainter &painter, const QRectF &rect, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return 0;
    QImage image;
    if (image.loadFromData(bytes) && !image.isNull()) {
        const QSizeF size = QSizeF(image.size()).scaled(rect.size(), Qt::KeepAspectRatio);
        const QRectF target(rect.left(), rect.center().y() - size.height() / 2, size.width(),
                            size.height());
        painter.drawImage(target, image);
        return size.width();
    }
    // An SVG may point at other files or the network; a logo that does is not drawn, so
    // exporting a proposal never reads anything but the book.
    static const QRegularExpression outside(
        QStringLiteral("(href|src)\\s*=\\s*[\"'](?!\\s*(#|data:))|url\\(\\s*[\"']?(?!\\s*#)|<!ENTITY"),
        QRegularExpression::CaseInsensitiveOption);
    if (QString::fromUtf8(bytes).contains(outside))
        return 0;
    QSvgRenderer svg(bytes);
    if (!svg.isValid() || svg.defaultSize().isEmpty())
        return 0;
    const QSizeF size = QSizeF(svg.defaultSize()).scaled(rect.size(), Qt::KeepAspectRatio);
    svg.render(&painter, QRectF(rect.left(), rect.center().y() - size.height() / 2,
                                size.width(), size.height()));
    return size.width();
}

} // namespace Sepakat::Report
