#include "util/clock.h"

namespace Sepakat {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

const SystemClock systemClock;
const Clock *installed = nullptr;
} // namespace

const Clock &Clock::current()
{
    return installed ? *installed : systemClock;
}

void Clock::install(const Clock *clock)
{
    installed = clock;
}

} // namespace Sepakat
