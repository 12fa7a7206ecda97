#include "pipeline/staleness.h"

#include "util/clock.h"

#include <algorithm>
#include <limits>

namespace Sepakat {

std::optional<int> daysInStage(const Deal &deal, const QDateTime &now)
{
    if (!deal.stageChangedAt.isValid() || !now.isValid())
        return std::nullopt;
    const qint64 days =
        deal.stageChangedAt.toLocalTime().date().daysTo(now.toLocalTime().date());
    return static_cast<int>(std::clamp<qint64>(days, 0, std::numeric_limits<int>::max()));
}

std::optional<int> daysInStage(const Deal &deal)
{
    return daysInStage(deal, Clock::current().now());
}

bool isStale(const Deal &deal, const StageTable &stages, const QDateTime &now)
{
    const int threshold = stages.setting(deal.stage).staleDays;
    if (threshold <= 0 || isClosed(deal.stage))
        return false;
    const std::optional<int> days = daysInStage(deal, now);
    return days && *days > threshold;
}

bool isStale(const Deal &deal, const StageTable &stages)
{
    return isStale(deal, stages, Clock::current().now());
}

StaleCheck::StaleCheck(const StageTable &stages, const QDateTime &now)
{
    if (!now.isValid())
        return;
    const QDate today = now.toLocalTime().date();
    for (const Stage stage : kAllStages) {
        const int threshold = stages.setting(stage).staleDays;
        if (threshold > 0 && !isClosed(stage))
            m_freshFromMsecs[static_cast<int>(stage)] =
                today.addDays(-threshold).startOfDay().toMSecsSinceEpoch();
    }
}

bool StaleCheck::isStale(const Deal &deal) const
{
    const std::optional<qint64> &freshFrom = m_freshFromMsecs[static_cast<int>(deal.stage)];
    return freshFrom && deal.stageChangedAt.isValid()
        && deal.stageChangedAt.toMSecsSinceEpoch() < *freshFrom;
}

} // namespace Sepakat
