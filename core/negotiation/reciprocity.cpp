#include "negotiation/reciprocity.h"

#include <QCoreApplication>
#include <QSet>

namespace Sepakat {

QString reciprocityKindKey(ReciprocityKind kind)
{
    switch (kind) {
    case ReciprocityKind::TradeableWithoutAsk:
        return QStringLiteral("tradeable-without-ask");
    case ReciprocityKind::ConcessionUnanswered:
        return QStringLiteral("concession-unanswered");
    }
    return {};
}

bool isGivenWithoutAsk(const Tradeable &tradeable)
{
    const bool given =
        tradeable.status == TradeableStatus::Offered || tradeable.status == TradeableStatus::Traded;
    return given && tradeable.askInReturn.trimmed().isEmpty();
}

QList<ReciprocityFinding> checkReciprocity(const QList<Tradeable> &tradeables,
                                           const QList<Concession> &log)
{
    QList<ReciprocityFinding> findings;
    for (const Tradeable &t : tradeables) {
        if (!isGivenWithoutAsk(t))
            continue;
        ReciprocityFinding f;
        f.kind = ReciprocityKind::TradeableWithoutAsk;
        f.tradeableId = t.id;
        f.message = QCoreApplication::translate("Sepakat::Negotiation",
                                                "\"%1\" is given with nothing asked in return.")
                        .arg(t.give.trimmed());
        findings.append(f);
    }

    QSet<int> answeredRounds;
    for (const Concession &c : log) {
        if (c.party == Party::Them)
            answeredRounds.insert(c.round);
    }
    for (const Concession &c : log) {
        if (c.party != Party::Us || answeredRounds.contains(c.round))
            continue;
        ReciprocityFinding f;
        f.kind = ReciprocityKind::ConcessionUnanswered;
        f.concessionId = c.id;
        f.round = c.round;
        f.message = QCoreApplication::translate(
                        "Sepakat::Negotiation",
                        "Round %1: \"%2\" was given and the customer gave nothing in that round.")
                        .arg(c.round)
                        .arg(c.change.trimmed());
        findings.append(f);
    }
    return findings;
}

} // namespace Sepakat
