#include "worksheet/zopabar.h"

#include "common/language.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>

namespace Sepakat {

namespace {

constexpr int kMargin = 6;
constexpr int kLabelGap = 8;
// Slots in the order they are tried: next to the bar above, below, then one row further out.
constexpr int kSlotCount = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

ZopaBar::ZopaBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("zopaBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ZopaBar::setAnalysis(const ZopaAnalysis &analysis)
{
    m_analysis = analysis;
    QStringList description;
    for (const ZopaPoint &point : std::as_const(m_analysis.points))
        description << labelText(point).replace(u'\n', QStringLiteral(": "));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

QColor ZopaBar::colorOf(ZopaPointKind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case ZopaPointKind::WalkAway:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case ZopaPointKind::Target:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    case ZopaPointKind::Opening:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case ZopaPointKind::TheirWalkAway:
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    case ZopaPointKind::CurrentOffer:
        return palette.color(QPalette::WindowText);
    }
    return palette.color(QPalette::WindowText);
}

int ZopaBar::slotHeight() const
{
    return 2 * fontMetrics().height() + 2;
}

int ZopaBar::barHeight() const
{
    return std::max(10, fontMetrics().height() * 3 / 4);
}

QSize ZopaBar::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 70, minimumSizeHint().height()};
}

QSize ZopaBar::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20,
            2 * kMargin + kSlotCount * slotHeight() + barHeight() + 4 * kLabelGap};
}

QString ZopaBar::labelText(const ZopaPoint &point) const
{
    return zopaPointKindName(point.kind) + u'\n' + point.value.format(Language::locale());
}

void ZopaBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int barTop = area.top() + 2 * slotHeight() + 2 * kLabelGap;
    const QRectF bar(area.left(), barTop, area.width(), barHeight());

    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(QPalette::AlternateBase));
    painter.drawRoundedRect(bar, 3, 3);

    if (m_analysis.points.isEmpty() || !m_analysis.axisMin.isValid()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, 0, -kMargin, 0),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Enter a walk-away, target or opening price to see the bargaining "
                            "zone."));
        return;
    }

    // Doubles only place pixels; the amounts themselves stay integers.
    const double low = double(m_analysis.axisMin.minor());
    const double span = std::max(1.0, double(m_analysis.axisMax.minor()) - low);
    const auto xOf = [&](const Money &value) {
        return bar.left() + (double(value.minor()) - low) / span * bar.width();
    };

    if (m_analysis.zone) {
        QColor zone = isDark(pal) ? QColor(0x66, 0xbb, 0x6a) : QColor(0x43, 0xa0, 0x47);
        zone.setAlpha(isDark(pal) ? 110 : 90);
        const double left = xOf(m_analysis.zone->low);
        const double right = std::max(left + 2, xOf(m_analysis.zone->high));
        painter.setPen(Qt::NoPen);
        painter.setBrush(zone);
        painter.drawRect(QRectF(left, bar.top(), right - left, bar.height()));
        painter.setPen(pal.color(QPalette::WindowText));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        const QString zoneText = tr("zone");
        if (QFontMetrics(small).horizontalAdvance(zoneText) + 4 < right - left)
            painter.drawText(QRectF(left, bar.top(), right - left, bar.height()), Qt::AlignCenter,
                             zoneText);
        painter.setFont(font());
    }

    QList<ZopaPoint> points = m_analysis.points;
    std::stable_sort(points.begin(), points.end(), [](const ZopaPoint &a, const ZopaPoint &b) {
        return a.value.minor() < b.value.minor();
    });
    const QFontMetrics fm = fontMetrics();
    QFont nameFont = font();
    nameFont.setBold(true);
    const QFontMetrics nameFm(nameFont);
    QList<QRectF> placed[kSlotCount];
    const auto slotTop = [&](int slot) {
        const int ring = slot / 2;
        if (slot % 2 == 0)
            return bar.top() - kLabelGap - (ring + 1) * slotHeight() - ring * kLabelGap;
        return bar.bottom() + kLabelGap + ring * (slotHeight() + kLabelGap);
    };
    for (const ZopaPoint &point : std::as_const(points)) {
        const double x = xOf(point.value);
        const QColor color = colorOf(point.kind, pal);
        const bool current = point.kind == ZopaPointKind::CurrentOffer;

        painter.setPen(QPen(color, current ? 3 : 2));
        painter.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4));
        if (current) {
            QPainterPath diamond;
            const double r = barHeight() / 2.0;
            const double cy = bar.center().y();
            diamond.moveTo(x, cy - r);
            diamond.lineTo(x + r, cy);
            diamond.lineTo(x, cy + r);
            diamond.lineTo(x - r, cy);
            diamond.closeSubpath();
            painter.setBrush(color);
            painter.drawPath(diamond);
        }

        const QString text = labelText(point);
        const QStringList lines = text.split(u'\n');
        double width = std::max(nameFm.horizontalAdvance(lines.value(0)),
                                fm.horizontalAdvance(lines.value(1)));
        width = std::min<double>(width + 4, area.width());
        const double left = std::clamp(x - width / 2, double(area.left()), area.right() - width);
        int chosen = -1;
        for (int slot = 0; slot < kSlotCount && chosen < 0; ++slot) {
            const QRectF candidate(left, slotTop(slot), width, slotHeight());
            const bool free = std::none_of(
                placed[slot].cbegin(), placed[slot].cend(), [&](const QRectF &other) {
                    return other.adjusted(-kLabelGap / 2, 0, kLabelGap / 2, 0).intersects(candidate);
                });
            if (free)
                chosen = slot;
        }
        if (chosen < 0) {
            // Too many marks for the width: overlap where the overlap is least.
            chosen = 0;
            double best = std::numeric_limits<double>::max();
            for (int slot = 0; slot < kSlotCount; ++slot) {
                const double edge = placed[slot].isEmpty() ? 0 : placed[slot].last().right();
                if (edge < best) {
                    best = edge;
                    chosen = slot;
                }
            }
        }
        const QRectF label(left, slotTop(chosen), width, slotHeight());
        placed[chosen].append(label);

        QColor leader = color;
        leader.setAlpha(160);
        painter.setPen(QPen(leader, 1, Qt::DotLine));
        const bool above = chosen % 2 == 0;
        painter.drawLine(QPointF(x, above ? bar.top() - 4 : bar.bottom() + 4),
                         QPointF(x, above ? label.bottom() : label.top()));
        painter.setPen(color);
        painter.setFont(nameFont);
        const QRectF nameRect(label.left(), label.top(), label.width(), fm.height());
        painter.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop,
                         nameFm.elidedText(lines.value(0), Qt::ElideRight,
                                                           int(label.width())));
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRectF(label.left(), label.top() + fm.height(), label.width(),
                                fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop,
                         fm.elidedText(lines.value(1), Qt::ElideRight, int(label.width())));
    }
}

void ZopaBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Sepakat
