#pragma once

#include "report/pageflow.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Sepakat::Report {

// Builds a PageFlow from the parts every report is made of: headings, paragraphs that flow
// across pages line by line, label/value grids and tables whose header repeats on every page
// they continue on. All text is drawn as plain text: whatever the user typed prints literally.
class DocumentBuilder
{
public:
    DocumentBuilder(const Style &style, qreal contentWidth);

    const Style &style() const { return m_style; }
    qreal width() const { return m_width; }
    PageFlow &flow() { return m_flow; }

    void pageBreak() { m_breakNext = true; }
    // The block added last stays on the page of the next one (a lead-in and what it introduces).
    void keepWithNext();
    void space(qreal points);
    // A section title in the accent colour with a rule under it; never alone at a page's end.
    void heading(const QString &text);
    void subheading(const QString &text);
    // Lines of text wrapped to the width; "\n" starts a new paragraph. Empty text adds nothing.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal indent = 0);
    void paragraph(const QString &text) { paragraph(text, m_body, m_style.ink); }
    // Rows of "label  value", two pairs side by side when twoColumns.
    void keyValues(const QList<QPair<QString, QString>> &pairs, bool twoColumns = false);

    struct Column
    {
        QString title;
        qreal share = 1;      // of the table width
        bool numeric = false; // right-aligned
    };
    // Summary rows (subtotal, tax) follow the lines unstriped, below a rule; a Total row is
    // bold on a band.
    enum class RowKind { Normal, Summary, Total };
    struct Row
    {
        QStringList cells;
        RowKind kind = RowKind::Normal;
    };
    void table(const QList<Column> &columns, const QList<Row> &rows);
    // A block painted by the caller: charts, signature boxes, the cover.
    void custom(qreal height, std::function<void(QPainter &, const QRectF &)> paint,
                bool keepWithNext = false);

    const QFont &body() const { return m_body; }
    const QFont &bold() const { return m_bold; }
    const QFont &small() const { return m_small; }

private:
    int add(Block block);
    QList<qreal> columnWidths(const QList<Column> &columns, const QList<Row> &rows) const;

    const Style &m_style;
    qreal m_width;
    PageFlow m_flow;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_heading;
    QFont m_subheading;
    bool m_breakNext = false;
    qreal m_pendingSpace = 0;
};

} // namespace Sepakat::Report
