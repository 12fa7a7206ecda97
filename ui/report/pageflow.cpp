#include "report/pageflow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Sepakat::Report {

Style::Style(const QPaintDevice *device)
    : m_device(device), m_devicePerPoint(device->logicalDpiY() / 72.0)
{
}

QFont Style::font(qreal points, QFont::Weight weight) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

qreal Style::textHeight(const QString &text, const QFont &font, qreal width) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

qreal Style::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

qreal Style::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height();
}

int PageFlow::add(Block block)
{
    m_blocks.push_back(std::move(block));
    return int(m_blocks.size()) - 1;
}

QList<PageContent> PageFlow::paginate(qreal pageHeight) const
{
    QList<PageContent> pages(1);
    qreal y = 0;
    const int count = size();

    // The height from block i to the end of its keep-with-next chain, as placed after y > 0.
    const auto chainHeight = [&](int i) {
        qreal height = 0;
        for (int j = i; j < count; ++j) {
            height += (j == i ? 0 : block(j).spaceBefore) + block(j).height;
            if (!block(j).keepWithNext || (j + 1 < count && block(j + 1).pageBreakBefore))
                break;
        }
        return height;
    };
    const auto place = [&](int i) {
        pages.last().append(PlacedBlock{i, QRectF(0, y, 0, block(i).height)});
        y += block(i).height;
    };

    for (int i = 0; i < count; ++i) {
        const Block &b = block(i);
        const bool pageEmpty = pages.last().isEmpty();
        bool breakHere = !pageEmpty && b.pageBreakBefore;
        if (!pageEmpty && !breakHere) {
            const qreal needed = b.spaceBefore + chainHeight(i);
            // A chain taller than a page cannot be kept together: only its first block moves.
            const bool fitsOnAFreshPage = chainHeight(i) <= pageHeight;
            breakHere = y + needed > pageHeight
                        && (fitsOnAFreshPage || y + b.spaceBefore + b.height > pageHeight);
        }
        if (breakHere) {
            pages.append(PageContent());
            y = 0;
            if (b.repeatHeader >= 0)
                place(b.repeatHeader);
        } else if (!pageEmpty) {
            y += b.spaceBefore;
        }
        place(i);
    }
    return pages;
}

bool PageFlow::paint(QPagedPaintDevice &device, const QRectF &content,
                     const Decoration &decorate) const
{
    const QList<PageContent> pages = paginate(content.height());
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device.newPage())
            return false;
        for (const PlacedBlock &placed : pages.at(p)) {
            const Block &b = block(placed.block);
            if (!b.paint)
                continue;
            const QRectF rect(content.left(), content.top() + placed.rect.top(), content.width(),
                              b.height);
            painter.save();
            b.paint(painter, rect);
            painter.restore();
        }
        if (decorate) {
            painter.save();
            decorate(painter, p, int(pages.size()));
            painter.restore();
        }
    }
    return painter.end();
}

} // namespace Sepakat::Report
