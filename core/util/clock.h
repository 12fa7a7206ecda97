#pragma once

#include <QDateTime>

namespace Sepakat {

// Seam for "now", so tests can fix the time (stale badges, audit timestamps, validity).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock &current();
    static void install(const Clock *clock); // nullptr restores the system clock
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime when) : m_when(std::move(when)) {}
    QDateTime now() const override { return m_when; }
    void set(QDateTime when) { m_when = std::move(when); }
    void advanceDays(int days) { m_when = m_when.addDays(days); }

private:
    QDateTime m_when;
};

} // namespace Sepakat
