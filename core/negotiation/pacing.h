#pragma once

#include "domain/concession.h"
#include "domain/money.h"
#include "domain/plan.h"
#include "util/result.h"

#include <QList>
#include <QLocale>
#include <optional>

namespace Sepakat {

// What we gave on price in one round: the sum of -priceDelta over our concessions of that round,
// so a price cut of Rp 100.000 is an amount of +Rp 100.000.
struct RoundPriceConcession
{
    int round = 1;
    Money amount;
    bool growing = false; // as much as or more than our previous conceding round
    friend bool operator==(const RoundPriceConcession &, const RoundPriceConcession &) = default;
};

enum class PacingWarningKind
{
    GrowingConcession,
    OverRoom
};
QString pacingWarningKindKey(PacingWarningKind kind);

struct PacingWarning
{
    PacingWarningKind kind = PacingWarningKind::GrowingConcession;
    int round = 0; // for GrowingConcession; 0 otherwise
    QString message;
};

struct PacingAnalysis
{
    QString currency;
    // Our rounds that moved the price down (amount > 0), ascending. Rounds where our price
    // deltas sum to zero or less concede nothing on price and take no part in the pacing check.
    QList<RoundPriceConcession> rounds;
    QList<int> flaggedRounds;
    // Net of every price move of ours, so a price we raised back counts against what we gave.
    Money totalConceded;
    Money room; // opening - walk-away; invalid when either is unset or in another currency
    std::optional<qint64> shareOfRoomBasisPoints; // nullopt unless room > 0
    bool overRoom = false;                        // conceded more than the room (strictly)
    QList<PacingWarning> warnings;
};

// Only Party::Us concessions count; a concession with an invalid priceDelta (one that was not
// about price) is skipped. The currency is the plan's opening's, else its walk-away's, else the
// first price delta's. A delta in another currency, or a sum past qint64, is an error.
Result<PacingAnalysis> analyzePacing(const QList<Concession> &log, const Plan &plan,
                                     const QLocale &locale = QLocale());

} // namespace Sepakat
