#pragma once

#include "domain/need.h"
#include "domain/offer.h"
#include "domain/valuecase.h"
#include "util/result.h"
#include "value/valueengine.h"

#include <QList>
#include <optional>

// What the Value page, the presentation and the proposal say about a value case, worked out
// once here so they all say the same.
namespace Sepakat {

struct ValueFigures
{
    qint64 hoursPerYearMilli = 0; // hours saved over the horizon, per 12 months
    Money moneyPerYear;           // savings over the horizon, per 12 months (rounded once)
    std::optional<int> paybackMonth;
    std::optional<double> paybackMonths;
    std::optional<double> roiPercent;
    Money npv;
};
ValueFigures valueFigures(const ValueCaseResult &result);

// The current (latest) offer round's total, tax included: what the customer pays upfront.
// None without an offer, or when the offer is in another currency or cannot be totalled.
std::optional<Money> currentOfferTotal(const QList<Offer> &offers, const QString &currency);
// The upfront price of the case: the override when there is one, else the current offer's
// total, else zero.
Money valueCaseUpfront(const ValueCaseInputs &inputs, const std::optional<Money> &offerTotal);

// The three scenarios, conservative first; the first error when any cannot be computed.
Result<QList<ValueCaseResult>> computeScenarios(const ValueCaseInputs &inputs,
                                                const Money &upfront);

// A new deal's value case: in the deal's currency, 36 months, 10 % a year, no items.
ValueCaseInputs newValueCase(const QString &dealId, const QString &currency);

// Needs with a monthly pain (hours or money) that no savings item is linked to yet, in order.
QList<Need> needsWithoutSavings(const QList<Need> &needs, const ValueCaseInputs &inputs);
// The items a need's pain suggests: a time item for its hours at hourlyRate, fully realised, and
// a money item for its money, both from month 1 without ramp-up; none for a need without pain.
QList<SavingsItem> suggestedItems(const Need &need, const Money &hourlyRate);

} // namespace Sepakat
