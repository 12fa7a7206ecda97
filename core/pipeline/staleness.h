#pragma once

#include "domain/deal.h"
#include "domain/stage.h"

#include <QDateTime>

#include <array>
#include <optional>

// How long a deal has sat in its stage, for the card and its stale badge.
namespace Sepakat {

// Calendar days in local time from stageChangedAt to now: moved yesterday evening and looked at
// this morning is 1 day, whatever the hours, and a daylight-saving change cannot make it 0 or 2.
// A stage change in the future (a clock set wrong) counts as 0. nullopt when stageChangedAt is
// not set, so the card can show nothing rather than a made-up number.
std::optional<int> daysInStage(const Deal &deal, const QDateTime &now);
std::optional<int> daysInStage(const Deal &deal); // now from Clock::current()

// Stale: an open deal whose days in stage are past its stage's staleDays (more than, not equal:
// with 14, day 14 is still fresh and day 15 is stale). staleDays 0 means never stale; closed
// deals and deals without a stage date are never stale.
bool isStale(const Deal &deal, const StageTable &stages, const QDateTime &now);
bool isStale(const Deal &deal, const StageTable &stages); // now from Clock::current()

// The same answer as isStale for many deals at one moment: the local-day arithmetic is done once
// per stage, so each deal costs one comparison of instants instead of a local-time conversion
// (the difference between milliseconds and most of a second at 100,000 deals).
class StaleCheck
{
public:
    StaleCheck(const StageTable &stages, const QDateTime &now);
    bool isStale(const Deal &deal) const;

private:
    // Per stage, the first instant of the oldest local day that is still fresh; nullopt: never
    // stale.
    std::array<std::optional<qint64>, kStageCount> m_freshFromMsecs{};
};

} // namespace Sepakat
