#pragma once

#include "domain/money.h"
#include "domain/valuecase.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace Sepakat {

enum class Scenario
{
    Conservative,
    Expected,
    Optimistic
};

// Stable lowercase key used on the command line and in files: "conservative", "expected", ...
QString scenarioKey(Scenario scenario);
std::optional<Scenario> scenarioFromKey(const QString &key);
QString scenarioName(Scenario scenario);
// The scenario's factor in basis points (10000 = 1.0).
qint64 scenarioFactor(const ScenarioFactors &factors, Scenario scenario);

struct MonthFigures
{
    int month = 0;              // 1..horizon
    qint64 hoursSavedMilli = 0; // all time items, 1/1000 hour
    Money benefit;
    Money cost;
    Money net;
    Money cumulative; // after this month, starting from -upfront
};

struct ValueCaseResult
{
    QString currency;
    Scenario scenario = Scenario::Expected;
    QList<MonthFigures> months;
    qint64 totalHoursMilli = 0;
    Money totalBenefit;
    Money totalCost; // recurring cost over the horizon, without the upfront
    Money upfront;
    std::optional<int> paybackMonth;
    // Ratios are derived for display only; every amount above stays in integer minor units.
    std::optional<double> paybackMonths;
    std::optional<double> roiPercent;
    Money npv;
};

// Computes the value case of issue 5 for one scenario. For each item and month, with
// f = min(k, r) / r (or 1 when r = 0) for the item's k-th month and S the scenario factor:
//
//   time item money  = hoursMilli * min(k,r) * S_bp * rateMinor * realization_bp
//                      / (1000 * r * 10000 * 10000)
//   money item money = amountMinor * min(k,r) * S_bp / (r * 10000)
//   time item hours  = hoursMilli * min(k,r) * S_bp / (r * 10000)      (in milli-hours)
//
// Each is ONE exact 128-bit division rounded half away from zero, so an item-month never
// carries a rounding from an earlier step (hours are not rounded before they become money).
// benefit_m is the exact integer sum of the rounded item-months, hoursSaved_m the sum of the
// rounded item-hours. The payback, ROI and NPV follow from these integer series; NPV discounts
// in long double and rounds once, half away from zero, at the end.
//
// Payback months is (m - 1) + (-cumulative_{m-1} / net_m) for the payback month m; it is 0 when
// the case pays back in month 1 from a zero upfront (cumulative_0 = 0, nothing to recover).
//
// Errors (never a wrong number): horizon outside 1..120, start month < 1, ramp < 0, amounts
// in a currency other than inputs.currency, a negative scenario factor, a discount rate of
// -100 % or below, or an amount leaving the range of qint64.
Result<ValueCaseResult> computeValueCase(const ValueCaseInputs &inputs, const Money &upfront,
                                         Scenario scenario);

} // namespace Sepakat
