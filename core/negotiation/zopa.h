#pragma once

#include "domain/money.h"
#include "domain/plan.h"

#include <QList>
#include <QLocale>
#include <optional>

namespace Sepakat {

enum class ZopaPointKind
{
    WalkAway,
    Target,
    Opening,
    TheirWalkAway,
    CurrentOffer
};
// Stable lowercase keys ("walk-away", "target", ...) for object names, styles and files.
QString zopaPointKindKey(ZopaPointKind kind);
QString zopaPointKindName(ZopaPointKind kind);

enum class ZopaWarningKind
{
    OfferBelowWalkAway, // the current offer's net is under our walk-away
    OpeningBelowTarget, // we would open lower than we hope to land
    NoOverlap,          // their estimated walk-away is under ours: no deal is possible
    WalkAwayAboveTarget,
    CurrencyMismatch, // a price in another currency than the plan: left off the bar
};
QString zopaWarningKindKey(ZopaWarningKind kind);

struct ZopaPoint
{
    ZopaPointKind kind = ZopaPointKind::WalkAway;
    Money value;
    friend bool operator==(const ZopaPoint &, const ZopaPoint &) = default;
};

struct ZopaWarning
{
    ZopaWarningKind kind = ZopaWarningKind::OfferBelowWalkAway;
    QString message; // translated, with the amounts in it
};

// Prices on our side of the table: higher is better for us. The zone runs from our walk-away up
// to the most we think they would pay.
struct ZopaRange
{
    Money low;
    Money high;
    friend bool operator==(const ZopaRange &, const ZopaRange &) = default;
};

struct ZopaAnalysis
{
    QString currency; // of every point; empty when nothing is set
    Money axisMin;    // invalid when there are no points
    Money axisMax;
    QList<ZopaPoint> points; // only the set ones, in ZopaPointKind order (not sorted by value)
    std::optional<ZopaRange> zone;
    QList<ZopaWarning> warnings; // in ZopaWarningKind order

    bool hasWarning(ZopaWarningKind kind) const;
    std::optional<Money> valueOf(ZopaPointKind kind) const;
};

// The axis currency is the first set one of walk-away, target, opening, their walk-away and the
// current offer; a price in another currency is left out with a CurrencyMismatch warning rather
// than compared across currencies. Pass an invalid Money as currentNet when there is no offer yet,
// so that an empty draft does not read as "below walk-away".
//
// The axis is the span of the points widened on each side by a tenth of the span, or of the
// value itself when all points are equal, and by at least one major unit, so that a lone point
// still gets a bar of some width; it is clamped to qint64.
// A price equal to a limit breaks nothing: the warnings use strict comparisons.
ZopaAnalysis analyzeZopa(const Plan &plan, const Money &currentNet,
                         const QLocale &locale = QLocale());

} // namespace Sepakat
