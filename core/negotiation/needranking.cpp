#include "negotiation/needranking.h"

#include <algorithm>

namespace Sepakat {

namespace {

// Must is the smallest enum value, so a lower rank is more pressing.
int priorityRank(Priority priority)
{
    return static_cast<int>(priority);
}

} // namespace

bool morePressing(const Need &a, const Need &b)
{
    if (a.priority != b.priority)
        return priorityRank(a.priority) < priorityRank(b.priority);
    if (a.urgency != b.urgency)
        return a.urgency > b.urgency;
    if (a.painHoursMilli != b.painHoursMilli)
        return a.painHoursMilli > b.painHoursMilli;
    // No money pain counts as zero in any currency.
    const bool comparable = !a.painMoney.isValid() || !b.painMoney.isValid()
                            || a.painMoney.currency() == b.painMoney.currency();
    if (comparable && a.painMoney.minor() != b.painMoney.minor())
        return a.painMoney.minor() > b.painMoney.minor();
    return a.position < b.position;
}

QList<Need> rankNeeds(QList<Need> needs)
{
    std::stable_sort(needs.begin(), needs.end(), morePressing);
    return needs;
}

QList<Need> topNeeds(const QList<Need> &needs, int count)
{
    return rankNeeds(needs).mid(0, std::max(count, 0));
}

} // namespace Sepakat
