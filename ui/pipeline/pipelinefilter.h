#pragma once

#include "domain/deal.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Sepakat {

// Expected-close periods the filter bar offers.
enum class ClosePeriod { Any, ThisMonth, ThisQuarter, Next90Days, Overdue };

// What the board shows: free text (folded words, matched through the model's SearchIndex),
// owner, expected-close period and whether closed deals are hidden. The text is matched apart
// because the index answers it for all deals at once.
struct PipelineFilter
{
    QString text;
    QString owner; // empty: everyone
    ClosePeriod period = ClosePeriod::Any;
    bool hideClosed = false;

    // Everything but the text, for one deal; today fixes the periods.
    bool accepts(const Deal &deal, const QDate &today) const;
    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && owner.isEmpty() && period == ClosePeriod::Any
               && !hideClosed;
    }
};

} // namespace Sepakat
