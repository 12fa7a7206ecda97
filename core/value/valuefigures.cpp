#include "value/valuefigures.h"

#include "negotiation/offertotals.h"
#include "util/uuid.h"

#include <algorithm>

namespace Sepakat {

namespace {

constexpr qint64 kMonthsPerYear = 12;

qint64 perYear(qint64 total, int months)
{
    qint64 result = 0;
    if (months <= 0 || !Arithmetic::divideRounded(Arithmetic::Wide(total) * kMonthsPerYear,
                                                  months, &result))
        return 0;
    return result;
}

} // namespace

ValueFigures valueFigures(const ValueCaseResult &result)
{
    const int months = int(result.months.size());
    ValueFigures figures;
    figures.hoursPerYearMilli = perYear(result.totalHoursMilli, months);
    figures.moneyPerYear = Money(perYear(result.totalBenefit.minor(), months), result.currency);
    figures.paybackMonth = result.paybackMonth;
    figures.paybackMonths = result.paybackMonths;
    figures.roiPercent = result.roiPercent;
    figures.npv = result.npv;
    return figures;
}

std::optional<Money> currentOfferTotal(const QList<Offer> &offers, const QString &currency)
{
    if (offers.isEmpty() || offers.last().currency != currency)
        return std::nullopt;
    const Result<OfferTotals> totals = computeTotals(offers.last());
    if (!totals)
        return std::nullopt;
    return totals->total;
}

Money valueCaseUpfront(const ValueCaseInputs &inputs, const std::optional<Money> &offerTotal)
{
    if (inputs.upfrontOverride)
        return *inputs.upfrontOverride;
    if (offerTotal && offerTotal->currency() == inputs.currency)
        return *offerTotal;
    return Money::zero(inputs.currency);
}

Result<QList<ValueCaseResult>> computeScenarios(const ValueCaseInputs &inputs,
                                                const Money &upfront)
{
    QList<ValueCaseResult> results;
    for (const Scenario scenario :
         {Scenario::Conservative, Scenario::Expected, Scenario::Optimistic}) {
        Result<ValueCaseResult> result = computeValueCase(inputs, upfront, scenario);
        if (!result)
            return result.error();
        results.append(std::move(*result));
    }
    return results;
}

ValueCaseInputs newValueCase(const QString &dealId, const QString &currency)
{
    ValueCaseInputs inputs;
    inputs.dealId = dealId;
    inputs.currency = currency;
    inputs.monthlyCost = Money::zero(currency);
    return inputs;
}

QList<Need> needsWithoutSavings(const QList<Need> &needs, const ValueCaseInputs &inputs)
{
    QList<Need> open;
    for (const Need &need : needs) {
        const bool hasPain = need.painHoursMilli > 0 || (need.painMoney.minor() > 0);
        const bool linked = std::any_of(inputs.items.cbegin(), inputs.items.cend(),
                                        [&](const SavingsItem &item) {
                                            return item.needId == need.id;
                                        });
        if (hasPain && !linked)
            open.append(need);
    }
    return open;
}

QList<SavingsItem> suggestedItems(const Need &need, const Money &hourlyRate)
{
    QList<SavingsItem> items;
    if (need.painHoursMilli > 0) {
        SavingsItem item;
        item.id = newId();
        item.needId = need.id;
        item.description = need.description;
        item.kind = SavingsKind::Time;
        item.hoursPerMonthMilli = need.painHoursMilli;
        item.hourlyRate = hourlyRate;
        item.amountPerMonth = Money::zero(hourlyRate.currency());
        items.append(item);
    }
    if (need.painMoney.minor() > 0 && need.painMoney.currency() == hourlyRate.currency()) {
        SavingsItem item;
        item.id = newId();
        item.needId = need.id;
        item.description = need.description;
        item.kind = SavingsKind::Money;
        item.amountPerMonth = need.painMoney;
        item.hourlyRate = Money::zero(hourlyRate.currency());
        items.append(item);
    }
    return items;
}

} // namespace Sepakat
