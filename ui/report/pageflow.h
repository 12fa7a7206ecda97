#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace Sepakat::Report {

// One unbreakable piece of a document: a line of text, a table row, a chart. Pagination moves
// a block to the next page whole, so a row or a chart is never cut in half.
struct Block
{
    qreal height = 0; // device units
    // Paints into rect: the content width, this block's height, at its place on its page.
    std::function<void(QPainter &, const QRectF &)> paint;
    qreal spaceBefore = 0;     // dropped at the top of a page
    bool keepWithNext = false; // headings and table headers never end a page
    bool pageBreakBefore = false;
    int repeatHeader = -1;     // a table row: the header block to repeat on a continued page
};

struct PlacedBlock
{
    int block = 0;
    QRectF rect;
};
using PageContent = QList<PlacedBlock>;

// The look shared by every report: fonts in points, colours. Sizes become device units
// through pt(), so one document lays out the same on a 1200 dpi PDF and a screen preview.
class Style
{
public:
    explicit Style(const QPaintDevice *device);

    qreal pt(qreal points) const { return points * m_devicePerPoint; }
    const QPaintDevice *device() const { return m_device; }
    QFont font(qreal points, QFont::Weight weight = QFont::Normal) const;
    // Height of text wrapped to width in font (plain text, never markup).
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    qreal textWidth(const QString &text, const QFont &font) const;
    qreal lineHeight(const QFont &font) const;

    QColor ink = QColor(0x1f, 0x23, 0x28);
    QColor muted = QColor(0x5b, 0x63, 0x6e);
    QColor accent = QColor(0x1d, 0x4e, 0x89);
    QColor rule = QColor(0xd0, 0xd5, 0xdd);
    QColor band = QColor(0xf3, 0xf5, 0xf8);
    QColor alert = QColor(0xb4, 0x23, 0x18);

private:
    const QPaintDevice *m_device;
    qreal m_devicePerPoint;
};

// A document as a flow of blocks laid out on pages of one content rectangle. Pagination runs
// before painting, so the page decorations know the page count ("page X of Y").
class PageFlow
{
public:
    int add(Block block);
    int size() const { return int(m_blocks.size()); }
    const Block &block(int index) const { return m_blocks.at(std::size_t(index)); }
    Block &last() { return m_blocks.back(); }

    QList<PageContent> paginate(qreal pageHeight) const;

    // Paints every page on device (a QPdfWriter or a QPrinter), each page's blocks offset by
    // the content rectangle, then decorate(painter, page index, page count) for headers,
    // footers and marks. False when the device cannot be painted on or a page not started.
    using Decoration = std::function<void(QPainter &, int page, int pageCount)>;
    bool paint(QPagedPaintDevice &device, const QRectF &content, const Decoration &decorate) const;

private:
    std::vector<Block> m_blocks;
};

} // namespace Sepakat::Report
