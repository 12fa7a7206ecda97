#include "negotiation/pacing.h"

#include <QCoreApplication>
#include <QMap>
#include <limits>

namespace Sepakat {

namespace {

using Arithmetic::Wide;

bool fits(Wide value)
{
    return value <= std::numeric_limits<qint64>::max() &&
           value >= std::numeric_limits<qint64>::min();
}

Error overflowError()
{
    return Error{QCoreApplication::translate("Sepakat::Negotiation",
                                             "The concessions are too large to add up."),
                 {}};
}

QString pickCurrency(const QList<Concession> &log, const Plan &plan)
{
    if (plan.opening.isValid())
        return plan.opening.currency();
    if (plan.walkAway.isValid())
        return plan.walkAway.currency();
    for (const Concession &c : log) {
        if (c.party == Party::Us && c.priceDelta.isValid())
            return c.priceDelta.currency();
    }
    return {};
}

} // namespace

QString pacingWarningKindKey(PacingWarningKind kind)
{
    switch (kind) {
    case PacingWarningKind::GrowingConcession:
        return QStringLiteral("growing-concession");
    case PacingWarningKind::OverRoom:
        return QStringLiteral("over-room");
    }
    return {};
}

Result<PacingAnalysis> analyzePacing(const QList<Concession> &log, const Plan &plan,
                                     const QLocale &locale)
{
    PacingAnalysis a;
    a.currency = pickCurrency(log, plan);
    if (a.currency.isEmpty())
        return a;

    QMap<int, Wide> perRound;
    Wide total = 0;
    for (const Concession &c : log) {
        if (c.party != Party::Us || !c.priceDelta.isValid())
            continue;
        if (c.priceDelta.currency() != a.currency) {
            return Error{QCoreApplication::translate(
                             "Sepakat::Negotiation",
                             "A concession in round %1 is in %2, but the negotiation is in %3.")
                             .arg(c.round)
                             .arg(c.priceDelta.currency(), a.currency),
                         {}};
        }
        // Each term is at most 2^63 in size, so these sums cannot leave 128 bits for any
        // realistic log; the range is checked once at the end.
        perRound[c.round] -= c.priceDelta.minor();
        total -= c.priceDelta.minor();
    }
    if (!fits(total))
        return overflowError();
    a.totalConceded = Money(static_cast<qint64>(total), a.currency);

    std::optional<qint64> previous;
    for (auto it = perRound.cbegin(); it != perRound.cend(); ++it) {
        if (!fits(it.value()))
            return overflowError();
        const qint64 amount = static_cast<qint64>(it.value());
        if (amount <= 0)
            continue;
        RoundPriceConcession round{it.key(), Money(amount, a.currency), false};
        if (previous && amount >= *previous) {
            round.growing = true;
            a.flaggedRounds.append(it.key());
            a.warnings.append(PacingWarning{
                PacingWarningKind::GrowingConcession, it.key(),
                QCoreApplication::translate("Sepakat::Negotiation",
                                            "Round %1 gives %2, as much as or more than the "
                                            "round before (%3): concessions should shrink.")
                    .arg(it.key())
                    .arg(round.amount.format(locale),
                         Money(*previous, a.currency).format(locale))});
        }
        a.rounds.append(round);
        previous = amount;
    }

    if (plan.opening.isValid() && plan.walkAway.isValid() &&
        plan.opening.currency() == a.currency && plan.walkAway.currency() == a.currency) {
        const Wide room = Wide(plan.opening.minor()) - plan.walkAway.minor();
        if (!fits(room))
            return overflowError();
        a.room = Money(static_cast<qint64>(room), a.currency);
        if (room > 0) {
            qint64 share = 0;
            if (Arithmetic::divideRounded(total * 10000, room, &share))
                a.shareOfRoomBasisPoints = share;
        }
        a.overRoom = total > room;
        if (a.overRoom) {
            const QString message =
                a.shareOfRoomBasisPoints
                    ? QCoreApplication::translate("Sepakat::Negotiation",
                                                  "Conceded %1 in total, %2 of the room between "
                                                  "opening and walk-away (%3).")
                          .arg(a.totalConceded.format(locale),
                               formatBasisPoints(*a.shareOfRoomBasisPoints, locale),
                               a.room.format(locale))
                    : QCoreApplication::translate("Sepakat::Negotiation",
                                                  "Conceded %1 in total, but the opening (%2) "
                                                  "leaves no room above the walk-away (%3).")
                          .arg(a.totalConceded.format(locale), plan.opening.format(locale),
                               plan.walkAway.format(locale));
            a.warnings.append(PacingWarning{PacingWarningKind::OverRoom, 0, message});
        }
    }
    return a;
}

} // namespace Sepakat
