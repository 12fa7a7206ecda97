#include "pipeline/dealcarddelegate.h"

#include "common/language.h"
#include "domain/money.h"
#include "pipeline/pipelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Sepakat {

namespace {

constexpr int kTextLines = 5;

// Spacing derived from the font, so 200 % scaling and large fonts keep the proportions.
struct Metrics
{
    explicit Metrics(const QFont &font)
        : line(QFontMetrics(font).height())
        , padding(qMax(4, line / 2))
        , margin(qMax(3, line / 4))
        , gap(qMax(1, line / 8))
    {
    }
    int line;
    int padding;
    int margin;
    int gap;
};

QString closeText(const QModelIndex &index, const QLocale &locale)
{
    const QDate date = index.data(PipelineModel::ExpectedCloseRole).toDate();
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat)
                          : DealCardDelegate::tr("no close date");
}

QString daysText(const QModelIndex &index, bool brief = false)
{
    const QVariant days = index.data(PipelineModel::DaysInStageRole);
    if (!days.isValid())
        return {};
    return brief ? DealCardDelegate::tr("%n d", "days in stage", days.toInt())
                 : DealCardDelegate::tr("%n d in stage", nullptr, days.toInt());
}

// Right-aligned text in full, left text elided into what remains.
void drawPair(QPainter *painter, const QRect &rect, const QString &left, const QString &right,
              const QFontMetrics &metrics, int gap)
{
    const int rightWidth = right.isEmpty() ? 0 : metrics.horizontalAdvance(right);
    painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, right);
    const int leftWidth = qMax(0, rect.width() - rightWidth - (right.isEmpty() ? 0 : gap));
    painter->drawText(QRect(rect.left(), rect.top(), leftWidth, rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(left, Qt::ElideRight, leftWidth));
}

} // namespace

DealCardDelegate::DealCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Metrics m(option.font);
    const int height = 2 * m.margin + 2 * m.padding + kTextLines * m.line + (kTextLines - 1) * m.gap;
    return {QFontMetrics(option.font).averageCharWidth() * 22, height};
}

QList<DealCardDelegate::Badge> DealCardDelegate::badgesOf(const QModelIndex &index)
{
    QList<Badge> badges;
    if (index.data(PipelineModel::StaleRole).toBool())
        badges << Badge{tr("Stale"), tr("No move for longer than the stage allows"), QColor(0xfe, 0xf3, 0xc7), QColor(0x92, 0x40, 0x0e)};
    switch (PipelineModel::ApprovalBadge(index.data(PipelineModel::ApprovalRole).toInt())) {
    case PipelineModel::ApprovalBadge::Pending:
        badges << Badge{tr("Pending"), tr("Approval of the latest offer pending"), QColor(0xdb, 0xea, 0xfe), QColor(0x1e, 0x40, 0xaf)};
        break;
    case PipelineModel::ApprovalBadge::Approved:
        badges << Badge{tr("Approved"), tr("Latest offer approved"), QColor(0xdc, 0xfc, 0xe7), QColor(0x16, 0x65, 0x34)};
        break;
    case PipelineModel::ApprovalBadge::Rejected:
        badges << Badge{tr("Rejected"), tr("Latest offer rejected"), QColor(0xfe, 0xe2, 0xe2), QColor(0x99, 0x1b, 0x1b)};
        break;
    case PipelineModel::ApprovalBadge::None:
        break;
    }
    if (index.data(PipelineModel::BelowWalkAwayRole).toBool())
        badges << Badge{tr("< walk-away"), tr("Latest offer is below the walk-away price"), QColor(0xfc, 0xe7, 0xf3), QColor(0x9d, 0x17, 0x4d)};
    return badges;
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const Metrics m(option.font);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(m.margin, m.margin / 2.0, -m.margin,
                                                     -m.margin / 2.0);
    QColor background = palette.color(QPalette::Base);
    if (selected) {
        const QColor highlight = palette.color(QPalette::Highlight);
        background = QColor::fromRgbF(
            float(background.redF() * 0.85 + highlight.redF() * 0.15),
            float(background.greenF() * 0.85 + highlight.greenF() * 0.15),
            float(background.blueF() * 0.85 + highlight.blueF() * 0.15));
    }
    const qreal radius = m.padding / 1.5;
    painter->setPen(QPen(selected || focused ? palette.color(QPalette::Highlight)
                                             : palette.color(QPalette::Mid),
                         selected ? 2.0 : 1.0));
    painter->setBrush(background);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setRenderHint(QPainter::Antialiasing, false);

    const QLocale locale = Language::locale();
    const QRect content = card.toAlignedRect().adjusted(m.padding, m.padding, -m.padding,
                                                        -m.padding);
    QRect line(content.left(), content.top(), content.width(), m.line);
    const auto nextLine = [&] { line.translate(0, m.line + m.gap); };

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const QColor text = palette.color(QPalette::Text);
    const QColor quiet = palette.color(QPalette::PlaceholderText);

    // The value gets a line of its own, so it is never shortened; the probability goes beside
    // the customer, whose name may be shortened (the tooltip has it whole).
    painter->setFont(bold);
    painter->setPen(text);
    drawPair(painter, line, index.data(PipelineModel::CustomerRole).toString(),
             formatBasisPoints(index.data(PipelineModel::ProbabilityRole).toInt(), locale),
             boldMetrics, m.padding);
    nextLine();

    painter->setFont(option.font);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(PipelineModel::TitleRole).toString(),
                                         Qt::ElideRight, line.width()));
    nextLine();

    painter->setFont(bold);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(PipelineModel::ValueTextRole).toString(),
                                             Qt::ElideRight, line.width()));
    nextLine();

    painter->setFont(option.font);
    painter->setPen(quiet);
    // The date stays whole; days in stage shorten first ("12 d").
    const QString close = closeText(index, locale);
    QString days = daysText(index);
    if (metrics.horizontalAdvance(close) + m.padding + metrics.horizontalAdvance(days)
        > line.width())
        days = daysText(index, true);
    drawPair(painter, line, close, days, metrics, m.padding);
    nextLine();

    // Badges from the right; the owner gets what is left.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    int right = line.right() + 1;
    painter->setFont(small);
    painter->setRenderHint(QPainter::Antialiasing);
    const QList<Badge> badges = badgesOf(index);
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const int width = smallMetrics.horizontalAdvance(it->text) + m.padding;
        if (right - width < line.left())
            break;
        const QRectF pill(right - width, line.top(), width, line.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(it->background);
        painter->drawRoundedRect(pill, line.height() / 2.0, line.height() / 2.0);
        painter->setPen(it->foreground);
        painter->drawText(pill, Qt::AlignCenter, it->text);
        right -= width + m.gap * 3;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setFont(option.font);
    painter->setPen(quiet);
    const int ownerWidth = right - line.left() - m.gap * 2;
    if (ownerWidth > metrics.averageCharWidth() * 2)
        painter->drawText(QRect(line.left(), line.top(), ownerWidth, line.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(PipelineModel::OwnerRole).toString(),
                                             Qt::ElideRight, ownerWidth));
    painter->restore();
}

QString DealCardDelegate::toolTip(const QModelIndex &index)
{
    const QLocale locale = Language::locale();
    QStringList lines{
        index.data(PipelineModel::CustomerRole).toString().toHtmlEscaped(),
        index.data(PipelineModel::TitleRole).toString().toHtmlEscaped(),
        tr("Value: %1").arg(index.data(PipelineModel::ValueTextRole).toString()),
        tr("Probability: %1")
            .arg(formatBasisPoints(index.data(PipelineModel::ProbabilityRole).toInt(), locale)),
        tr("Expected close: %1").arg(closeText(index, locale)),
    };
    if (const QString days = daysText(index); !days.isEmpty())
        lines << days;
    if (const QString owner = index.data(PipelineModel::OwnerRole).toString(); !owner.isEmpty())
        lines << tr("Owner: %1").arg(owner.toHtmlEscaped());
    if (const QString reason = index.data(PipelineModel::LostReasonRole).toString();
        !reason.isEmpty())
        lines << tr("Lost reason: %1").arg(reason.toHtmlEscaped());
    for (const Badge &badge : badgesOf(index))
        lines << badge.detail;
    lines.first() = QStringLiteral("<b>%1</b>").arg(lines.first());
    return lines.join(QStringLiteral("<br>"));
}

bool DealCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), toolTip(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Sepakat
