#include "negotiation/zopa.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <utility>

namespace Sepakat {

namespace {

using Arithmetic::Wide;

qint64 clampToQint64(Wide value)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    return value > kMax ? kMax : value < kMin ? kMin : static_cast<qint64>(value);
}

Wide oneMajorUnit(const QString &currency)
{
    Wide unit = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        unit *= 10;
    return unit;
}

Wide axisMargin(Wide low, Wide high, const QString &currency)
{
    const Wide magnitude = high > low ? high - low : (low < 0 ? -low : low);
    const Wide tenth = magnitude / 10;
    const Wide unit = oneMajorUnit(currency);
    return tenth > unit ? tenth : unit;
}

ZopaWarning warning(ZopaWarningKind kind, QString message)
{
    return ZopaWarning{kind, std::move(message)};
}

} // namespace

QString zopaPointKindKey(ZopaPointKind kind)
{
    switch (kind) {
    case ZopaPointKind::WalkAway:
        return QStringLiteral("walk-away");
    case ZopaPointKind::Target:
        return QStringLiteral("target");
    case ZopaPointKind::Opening:
        return QStringLiteral("opening");
    case ZopaPointKind::TheirWalkAway:
        return QStringLiteral("their-walk-away");
    case ZopaPointKind::CurrentOffer:
        return QStringLiteral("current-offer");
    }
    return {};
}

QString zopaPointKindName(ZopaPointKind kind)
{
    switch (kind) {
    case ZopaPointKind::WalkAway:
        return QCoreApplication::translate("Sepakat::Negotiation", "Walk-away");
    case ZopaPointKind::Target:
        return QCoreApplication::translate("Sepakat::Negotiation", "Target");
    case ZopaPointKind::Opening:
        return QCoreApplication::translate("Sepakat::Negotiation", "Opening");
    case ZopaPointKind::TheirWalkAway:
        return QCoreApplication::translate("Sepakat::Negotiation", "Customer's limit (estimate)");
    case ZopaPointKind::CurrentOffer:
        return QCoreApplication::translate("Sepakat::Negotiation", "Current offer");
    }
    return {};
}

QString zopaWarningKindKey(ZopaWarningKind kind)
{
    switch (kind) {
    case ZopaWarningKind::OfferBelowWalkAway:
        return QStringLiteral("offer-below-walk-away");
    case ZopaWarningKind::OpeningBelowTarget:
        return QStringLiteral("opening-below-target");
    case ZopaWarningKind::NoOverlap:
        return QStringLiteral("no-overlap");
    case ZopaWarningKind::WalkAwayAboveTarget:
        return QStringLiteral("walk-away-above-target");
    case ZopaWarningKind::CurrencyMismatch:
        return QStringLiteral("currency-mismatch");
    }
    return {};
}

bool ZopaAnalysis::hasWarning(ZopaWarningKind kind) const
{
    for (const ZopaWarning &w : warnings) {
        if (w.kind == kind)
            return true;
    }
    return false;
}

std::optional<Money> ZopaAnalysis::valueOf(ZopaPointKind kind) const
{
    for (const ZopaPoint &p : points) {
        if (p.kind == kind)
            return p.value;
    }
    return std::nullopt;
}

ZopaAnalysis analyzeZopa(const Plan &plan, const Money &currentNet, const QLocale &locale)
{
    const ZopaPoint candidates[] = {
        {ZopaPointKind::WalkAway, plan.walkAway},
        {ZopaPointKind::Target, plan.target},
        {ZopaPointKind::Opening, plan.opening},
        {ZopaPointKind::TheirWalkAway, plan.theirWalkAwayEstimate},
        {ZopaPointKind::CurrentOffer, currentNet},
    };

    ZopaAnalysis a;
    QList<ZopaWarning> mismatches;
    for (const ZopaPoint &candidate : candidates) {
        if (!candidate.value.isValid())
            continue;
        if (a.currency.isEmpty())
            a.currency = candidate.value.currency();
        if (candidate.value.currency() != a.currency) {
            mismatches.append(warning(
                ZopaWarningKind::CurrencyMismatch,
                QCoreApplication::translate("Sepakat::Negotiation",
                                            "%1 is in %2, the plan in %3: it is left off the bar.")
                    .arg(zopaPointKindName(candidate.kind), candidate.value.currency(),
                         a.currency)));
            continue;
        }
        a.points.append(candidate);
    }

    if (!a.points.isEmpty()) {
        qint64 low = a.points.first().value.minor();
        qint64 high = low;
        for (const ZopaPoint &p : std::as_const(a.points)) {
            low = std::min(low, p.value.minor());
            high = std::max(high, p.value.minor());
        }
        const Wide margin = axisMargin(low, high, a.currency);
        a.axisMin = Money(clampToQint64(Wide(low) - margin), a.currency);
        a.axisMax = Money(clampToQint64(Wide(high) + margin), a.currency);
    }

    const std::optional<Money> walkAway = a.valueOf(ZopaPointKind::WalkAway);
    const std::optional<Money> target = a.valueOf(ZopaPointKind::Target);
    const std::optional<Money> opening = a.valueOf(ZopaPointKind::Opening);
    const std::optional<Money> theirs = a.valueOf(ZopaPointKind::TheirWalkAway);
    const std::optional<Money> current = a.valueOf(ZopaPointKind::CurrentOffer);

    if (walkAway && theirs && theirs->minor() >= walkAway->minor())
        a.zone = ZopaRange{*walkAway, *theirs};

    if (current && walkAway && current->minor() < walkAway->minor()) {
        a.warnings.append(warning(ZopaWarningKind::OfferBelowWalkAway,
                                  QCoreApplication::translate(
                                      "Sepakat::Negotiation",
                                      "The current offer (%1) is below your walk-away price (%2).")
                                      .arg(current->format(locale), walkAway->format(locale))));
    }
    if (opening && target && opening->minor() < target->minor()) {
        a.warnings.append(
            warning(ZopaWarningKind::OpeningBelowTarget,
                    QCoreApplication::translate("Sepakat::Negotiation",
                                                "The opening offer (%1) is below your target (%2): "
                                                "open higher to leave room to concede.")
                        .arg(opening->format(locale), target->format(locale))));
    }
    if (walkAway && theirs && theirs->minor() < walkAway->minor()) {
        a.warnings.append(warning(
            ZopaWarningKind::NoOverlap,
            QCoreApplication::translate("Sepakat::Negotiation",
                                        "The customer's estimated limit (%1) is below your "
                                        "walk-away price (%2): there is no zone of agreement.")
                .arg(theirs->format(locale), walkAway->format(locale))));
    }
    if (walkAway && target && walkAway->minor() > target->minor()) {
        a.warnings.append(warning(
            ZopaWarningKind::WalkAwayAboveTarget,
            QCoreApplication::translate("Sepakat::Negotiation",
                                        "Your walk-away price (%1) is above your target (%2).")
                .arg(walkAway->format(locale), target->format(locale))));
    }
    a.warnings.append(mismatches);
    return a;
}

} // namespace Sepakat
