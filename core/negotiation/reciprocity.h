#pragma once

#include "domain/concession.h"

#include <QList>

namespace Sepakat {

enum class ReciprocityKind
{
    // A tradeable we offered or traded (not one still planned or withdrawn) whose "ask in
    // return" is empty or only spaces.
    TradeableWithoutAsk,
    // One of our logged concessions in a round where the customer is logged as giving nothing.
    ConcessionUnanswered,
};
QString reciprocityKindKey(ReciprocityKind kind);

struct ReciprocityFinding
{
    ReciprocityKind kind = ReciprocityKind::TradeableWithoutAsk;
    QString tradeableId;  // for TradeableWithoutAsk
    QString concessionId; // for ConcessionUnanswered
    int round = 0;        // for ConcessionUnanswered
    QString message;      // translated
};

// Shared with the approval policy, so the worksheet flag and the approval rule never disagree.
bool isGivenWithoutAsk(const Tradeable &tradeable);

// The log rule is per round: every Party::Us concession of a round counts as answered when the
// same round holds at least one Party::Them concession, whatever its size or kind; otherwise each
// of ours in that round is flagged. A linked tradeable's "ask in return" does not answer a logged
// concession: asking is not getting, and the log records what was actually given. A Us entry
// with no price change (extra training, longer warranty) is a concession like any other.
//
// Findings come tradeables first (in the given order), then concessions (in log order).
QList<ReciprocityFinding> checkReciprocity(const QList<Tradeable> &tradeables,
                                           const QList<Concession> &log);

} // namespace Sepakat
