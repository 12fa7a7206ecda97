#include "report/documentbuilder.h"

#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace Sepakat::Report {

namespace {

constexpr qreal kCellPaddingPt = 4;

} // namespace

DocumentBuilder::DocumentBuilder(const Style &style, qreal contentWidth)
    : m_style(style)
    , m_width(contentWidth)
    , m_body(style.font(9.5))
    , m_bold(style.font(9.5, QFont::Bold))
    , m_small(style.font(8))
    , m_heading(style.font(14, QFont::Bold))
    , m_subheading(style.font(10.5, QFont::Bold))
{
}

int DocumentBuilder::add(Block block)
{
    if (m_breakNext)
        block.pageBreakBefore = true;
    block.spaceBefore += m_pendingSpace;
    m_breakNext = false;
    m_pendingSpace = 0;
    return m_flow.add(std::move(block));
}

void DocumentBuilder::keepWithNext()
{
    if (m_flow.size() > 0)
        m_flow.last().keepWithNext = true;
}

void DocumentBuilder::space(qreal points)
{
    m_pendingSpace += m_style.pt(points);
}

void DocumentBuilder::heading(const QString &text)
{
    space(16);
    const qreal textHeight = m_style.textHeight(text, m_heading, m_width);
    const QFont font = m_heading;
    const QColor accent = m_style.accent;
    const QColor rule = m_style.rule;
    const qreal gap = m_style.pt(4);
    const qreal ruleWidth = m_style.pt(0.8);
    Block block;
    block.height = textHeight + gap + ruleWidth + m_style.pt(6);
    block.keepWithNext = true;
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        painter.setFont(font);
        painter.setPen(accent);
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), textHeight),
                         Qt::TextWordWrap, text);
        const qreal y = rect.top() + textHeight + gap;
        painter.setPen(QPen(rule, ruleWidth));
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    };
    add(std::move(block));
}

void DocumentBuilder::subheading(const QString &text)
{
    space(8);
    const qreal height = m_style.textHeight(text, m_subheading, m_width);
    const QFont font = m_subheading;
    const QColor ink = m_style.ink;
    Block block;
    block.height = height + m_style.pt(3);
    block.keepWithNext = true;
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        painter.setFont(font);
        painter.setPen(ink);
        painter.drawText(rect, Qt::TextWordWrap, text);
    };
    add(std::move(block));
}

void DocumentBuilder::paragraph(const QString &text, const QFont &font, const QColor &color,
                                qreal indent)
{
    const qreal leading = m_style.pt(2);
    const QStringList paragraphs = text.trimmed().split(u'\n');
    for (int p = 0; p < paragraphs.size(); ++p) {
        const QString para = paragraphs.at(p).trimmed();
        if (para.isEmpty()) {
            space(4);
            continue;
        }
        // Laid out once here; each line is a block, so a long text flows on to the next page.
        auto layout = std::make_shared<QTextLayout>(
            para, font, const_cast<QPaintDevice *>(m_style.device()));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(m_width - indent);
            line.setPosition(QPointF(0, 0));
        }
        layout->endLayout();
        const int lines = layout->lineCount();
        for (int i = 0; i < lines; ++i) {
            Block block;
            block.height = layout->lineAt(i).height() + leading;
            // No single line left behind at the foot of a page.
            block.keepWithNext = lines > 1 && (i == 0 || i == lines - 2);
            block.paint = [=](QPainter &painter, const QRectF &rect) {
                painter.setPen(color);
                layout->lineAt(i).draw(&painter, QPointF(rect.left() + indent, rect.top()));
            };
            add(std::move(block));
        }
        if (p + 1 < paragraphs.size())
            space(3);
    }
}

void DocumentBuilder::keyValues(const QList<QPair<QString, QString>> &pairs, bool twoColumns)
{
    const int perRow = twoColumns ? 2 : 1;
    const qreal gutter = m_style.pt(18);
    const qreal cellWidth = (m_width - gutter * (perRow - 1)) / perRow;
    qreal labelWidth = 0;
    for (const auto &pair : pairs)
        labelWidth = std::max(labelWidth, m_style.textWidth(pair.first, m_small));
    const qreal labelGap = m_style.pt(10);
    labelWidth = std::min(labelWidth + labelGap, cellWidth * 0.45);
    const qreal valueWidth = cellWidth - labelWidth;
    const QFont label = m_small;
    const QFont value = m_body;
    const QColor muted = m_style.muted;
    const QColor ink = m_style.ink;
    const qreal rowGap = m_style.pt(3);

    for (qsizetype start = 0; start < pairs.size(); start += perRow) {
        const QList<QPair<QString, QString>> row = pairs.mid(start, perRow);
        qreal height = 0;
        for (const auto &pair : row) {
            height = std::max({height, m_style.textHeight(pair.first, label, labelWidth - labelGap),
                               m_style.textHeight(pair.second, value, valueWidth)});
        }
        Block block;
        block.height = height + rowGap;
        block.paint = [=](QPainter &painter, const QRectF &rect) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                const qreal x = rect.left() + c * (cellWidth + gutter);
                painter.setFont(label);
                painter.setPen(muted);
                // The label's baseline sits on the value's: a small font, nudged down.
                painter.drawText(QRectF(x, rect.top() + 1, labelWidth - labelGap, height),
                                 Qt::TextWordWrap,
                                 row.at(c).first);
                painter.setFont(value);
                painter.setPen(ink);
                painter.drawText(QRectF(x + labelWidth, rect.top(), valueWidth, height),
                                 Qt::TextWordWrap, row.at(c).second);
            }
        };
        add(std::move(block));
    }
}

QList<qreal> DocumentBuilder::columnWidths(const QList<Column> &columns,
                                           const QList<Row> &rows) const
{
    // Numbers never wrap: a numeric column is as wide as its widest cell or title (up to a
    // third of the table); the text columns share the rest by their shares.
    const qreal pad = m_style.pt(kCellPaddingPt);
    const QFont headerFont = m_style.font(8.5, QFont::Bold);
    QList<qreal> widths(columns.size(), 0);
    qreal fixed = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!columns.at(c).numeric)
            continue;
        qreal natural = m_style.textWidth(columns.at(c).title, headerFont);
        for (const Row &row : rows) {
            natural = std::max(natural, m_style.textWidth(row.cells.value(c),
                                                          row.kind == RowKind::Total ? m_bold
                                                                                     : m_body));
        }
        widths[c] = std::min(natural + 2 * pad + m_style.pt(1), m_width / 3);
        fixed += widths.at(c);
    }
    // A text column is at least as wide as its longest word, so no word is cut; the others
    // give up what that takes, in proportion to their shares.
    QList<qreal> least(columns.size(), 0);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).numeric)
            continue;
        const auto widestWord = [&](const QString &text, const QFont &font) {
            qreal widest = 0;
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                widest = std::max(widest, m_style.textWidth(word, font));
            return widest;
        };
        least[c] = widestWord(columns.at(c).title, headerFont);
        for (const Row &row : rows)
            least[c] = std::max(least.at(c), widestWord(row.cells.value(c), m_bold));
        least[c] = std::min(least.at(c) + 2 * pad + m_style.pt(1), m_width / 3);
    }
    qreal room = std::max(m_width - fixed, 0.0);
    QList<bool> pinned(columns.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal freeShares = 0;
        qreal freeRoom = room;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns.at(c).numeric)
                continue;
            if (pinned.at(c))
                freeRoom -= least.at(c);
            else
                freeShares += columns.at(c).share;
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns.at(c).numeric || pinned.at(c))
                continue;
            widths[c] = freeShares > 0 ? std::max(freeRoom, 0.0) * columns.at(c).share / freeShares
                                       : 0;
            if (widths.at(c) < least.at(c)) {
                pinned[c] = true;
                widths[c] = least.at(c);
                changed = true;
            }
        }
    }
    return widths;
}

void DocumentBuilder::table(const QList<Column> &columns, const QList<Row> &rows)
{
    const qreal pad = m_style.pt(kCellPaddingPt);
    const Style &style = m_style;
    const QList<qreal> widths = columnWidths(columns, rows);

    const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        qreal height = 0;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
            height = std::max(height, style.textHeight(cells.at(c), font, widths.at(c) - 2 * pad));
        return height + 2 * pad;
    };
    const auto paintCells = [widths, columns, pad](QPainter &painter, const QRectF &rect,
                                                   const QStringList &cells) {
        qreal x = rect.left();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QRectF cell(x + pad, rect.top() + pad, widths.at(c) - 2 * pad,
                              rect.height() - 2 * pad);
            const Qt::Alignment align = columns.at(c).numeric ? Qt::AlignRight : Qt::AlignLeft;
            painter.drawText(cell, int(align | Qt::AlignTop) | Qt::TextWordWrap, cells.value(c));
            x += widths.at(c);
        }
    };

    QStringList titles;
    for (const Column &column : columns)
        titles << column.title;
    const QFont headerFont = m_style.font(8.5, QFont::Bold);
    Block header;
    header.height = rowHeight(titles, headerFont);
    header.keepWithNext = true;
    header.paint = [=, accent = style.accent](QPainter &painter, const QRectF &rect) {
        painter.fillRect(rect, accent);
        painter.setFont(headerFont);
        painter.setPen(Qt::white);
        paintCells(painter, rect, titles);
    };
    const int headerIndex = add(std::move(header));

    for (qsizetype r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        const bool total = row.kind == RowKind::Total;
        const bool ruleAbove = row.kind != RowKind::Normal
                               && (r == 0 || rows.at(r - 1).kind == RowKind::Normal);
        const bool striped = row.kind == RowKind::Normal && r % 2 == 1;
        const QFont font = total ? m_bold : m_body;
        Block block;
        block.height = rowHeight(row.cells, font);
        block.repeatHeader = headerIndex;
        block.paint = [=, band = style.band, ink = style.ink, rule = style.ink,
                       ruleWidth = style.pt(0.6)](QPainter &painter, const QRectF &rect) {
            if (striped || total)
                painter.fillRect(rect, band);
            if (ruleAbove) {
                painter.setPen(QPen(rule, ruleWidth));
                painter.drawLine(rect.topLeft(), rect.topRight());
            }
            painter.setFont(font);
            painter.setPen(ink);
            paintCells(painter, rect, row.cells);
        };
        add(std::move(block));
    }
}

void DocumentBuilder::custom(qreal height, std::function<void(QPainter &, const QRectF &)> paint,
                             bool keepWithNext)
{
    Block block;
    block.height = height;
    block.paint = std::move(paint);
    block.keepWithNext = keepWithNext;
    add(std::move(block));
}

} // namespace Sepakat::Report
