#include "pipeline/pipelinefilter.h"

namespace Sepakat {

namespace {

bool inPeriod(const QDate &close, ClosePeriod period, const QDate &today, bool closed)
{
    switch (period) {
    case ClosePeriod::Any:
        return true;
    case ClosePeriod::ThisMonth:
        return close.isValid() && close.year() == today.year() && close.month() == today.month();
    case ClosePeriod::ThisQuarter:
        return close.isValid() && close.year() == today.year()
               && (close.month() - 1) / 3 == (today.month() - 1) / 3;
    case ClosePeriod::Next90Days:
        return close.isValid() && close >= today && close <= today.addDays(90);
    case ClosePeriod::Overdue:
        // A closed deal's date is when it closed, not a promise it missed.
        return !closed && close.isValid() && close < today;
    }
    return true;
}

} // namespace

bool PipelineFilter::accepts(const Deal &deal, const QDate &today) const
{
    const bool closed = isClosed(deal.stage);
    if (hideClosed && closed)
        return false;
    if (!owner.isEmpty() && deal.owner != owner)
        return false;
    return inPeriod(deal.expectedClose, period, today, closed);
}

} // namespace Sepakat
