#include "value/valueengine.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace Sepakat {

namespace {

using Arithmetic::Wide;

constexpr int kMaxHorizon = 120;

struct ScenarioEntry
{
    Scenario value;
    const char *key;
    const char *name;
};

constexpr ScenarioEntry kScenarios[] = {
    {Scenario::Conservative, "conservative", QT_TRANSLATE_NOOP("Sepakat::Value", "Conservative")},
    {Scenario::Expected, "expected", QT_TRANSLATE_NOOP("Sepakat::Value", "Expected")},
    {Scenario::Optimistic, "optimistic", QT_TRANSLATE_NOOP("Sepakat::Value", "Optimistic")},
};

const ScenarioEntry &entryFor(Scenario scenario)
{
    for (const auto &entry : kScenarios) {
        if (entry.value == scenario)
            return entry;
    }
    return kScenarios[1];
}

Error overflowError()
{
    return Error{QCoreApplication::translate("Sepakat::Value",
                                             "The value case is too large to calculate with."),
                 {}};
}

Error fieldError(const QString &field, const QString &message)
{
    return Error{message, field};
}

bool multiply(Wide a, Wide b, Wide *product)
{
    return !__builtin_mul_overflow(a, b, product);
}

// One item reduced to "constant * min(k, r) / denominator" so the monthly loop does a single
// checked multiply and one rounded division per item-month.
struct PreparedItem
{
    int start = 1;
    int ramp = 0;
    Wide moneyNumerator = 0; // everything but min(k, r)
    Wide moneyDenominator = 1;
    Wide hoursNumerator = 0;
    Wide hoursDenominator = 1;
    bool isTime = false;
};

std::optional<Error> prepare(const SavingsItem &item, qsizetype index, const QString &currency,
                             qint64 scenarioBp, PreparedItem *out)
{
    const QString prefix = QStringLiteral("items[%1].").arg(index);
    if (item.startMonth < 1) {
        return fieldError(prefix + QStringLiteral("startMonth"),
                          QCoreApplication::translate(
                              "Sepakat::Value", "Savings %1: the start month must be 1 or later.")
                              .arg(index + 1));
    }
    if (item.rampMonths < 0) {
        return fieldError(prefix + QStringLiteral("rampMonths"),
                          QCoreApplication::translate("Sepakat::Value",
                                                      "Savings %1: the ramp-up cannot be negative.")
                              .arg(index + 1));
    }
    const Money &amount = item.kind == SavingsKind::Time ? item.hourlyRate : item.amountPerMonth;
    if (amount.currency() != currency) {
        return fieldError(
            prefix + (item.kind == SavingsKind::Time ? QStringLiteral("hourlyRate")
                                                     : QStringLiteral("amountPerMonth")),
            QCoreApplication::translate("Sepakat::Value",
                                        "Savings %1: the amount is in %2, but the case is in %3.")
                .arg(index + 1)
                .arg(amount.currency(), currency));
    }

    PreparedItem prepared;
    prepared.start = item.startMonth;
    prepared.ramp = item.rampMonths;
    const Wide ramp = item.rampMonths > 0 ? item.rampMonths : 1;
    if (item.kind == SavingsKind::Time) {
        prepared.isTime = true;
        Wide hours = 0;
        Wide money = 0;
        if (!multiply(item.hoursPerMonthMilli, scenarioBp, &hours) ||
            !multiply(hours, item.hourlyRate.minor(), &money) ||
            !multiply(money, item.realizationBasisPoints, &money))
            return overflowError();
        prepared.hoursNumerator = hours;
        prepared.hoursDenominator = ramp * 10000;
        prepared.moneyNumerator = money;
        prepared.moneyDenominator = ramp * Wide(1000) * 10000 * 10000;
    } else {
        Wide money = 0;
        if (!multiply(item.amountPerMonth.minor(), scenarioBp, &money))
            return overflowError();
        prepared.moneyNumerator = money;
        prepared.moneyDenominator = ramp * 10000;
    }
    *out = prepared;
    return std::nullopt;
}

std::optional<Error> checkInputs(const ValueCaseInputs &inputs, const Money &upfront,
                                 qint64 scenarioBp)
{
    if (inputs.horizonMonths < 1 || inputs.horizonMonths > kMaxHorizon) {
        return fieldError(QStringLiteral("horizon"),
                          QCoreApplication::translate(
                              "Sepakat::Value", "The horizon must be between 1 and %1 months.")
                              .arg(kMaxHorizon));
    }
    if (upfront.currency() != inputs.currency) {
        return fieldError(QStringLiteral("upfront"),
                          QCoreApplication::translate(
                              "Sepakat::Value", "The upfront cost is in %1, but the case is in %2.")
                              .arg(upfront.currency(), inputs.currency));
    }
    if (upfront.isNegative() || inputs.monthlyCost.isNegative()) {
        return fieldError(
            upfront.isNegative() ? QStringLiteral("upfront") : QStringLiteral("monthlyCost"),
            QCoreApplication::translate("Sepakat::Value", "A cost cannot be negative."));
    }
    if (inputs.monthlyCost.currency() != inputs.currency) {
        return fieldError(QStringLiteral("monthlyCost"),
                          QCoreApplication::translate(
                              "Sepakat::Value", "The monthly cost is in %1, but the case is in %2.")
                              .arg(inputs.monthlyCost.currency(), inputs.currency));
    }
    if (scenarioBp < 0) {
        return fieldError(
            QStringLiteral("scenarios"),
            QCoreApplication::translate("Sepakat::Value", "A scenario factor cannot be negative."));
    }
    if (inputs.annualDiscountRateBasisPoints <= -10000) {
        return fieldError(QStringLiteral("discountRate"),
                          QCoreApplication::translate("Sepakat::Value",
                                                      "The discount rate must be above -100 %."));
    }
    return std::nullopt;
}

// min(k, r) for the item's k-th month; 0 before it starts.
qint64 rampNumerator(const PreparedItem &item, int month)
{
    const int k = month - item.start + 1;
    if (k < 1)
        return 0;
    if (item.ramp == 0)
        return 1;
    return k < item.ramp ? k : item.ramp;
}

bool add(qint64 a, qint64 b, qint64 *sum)
{
    return !__builtin_add_overflow(a, b, sum);
}

} // namespace

QString scenarioKey(Scenario scenario)
{
    return QString::fromLatin1(entryFor(scenario).key);
}

std::optional<Scenario> scenarioFromKey(const QString &key)
{
    const QString wanted = key.trimmed();
    for (const auto &entry : kScenarios) {
        if (wanted.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

QString scenarioName(Scenario scenario)
{
    return QCoreApplication::translate("Sepakat::Value", entryFor(scenario).name);
}

qint64 scenarioFactor(const ScenarioFactors &factors, Scenario scenario)
{
    switch (scenario) {
    case Scenario::Conservative:
        return factors.conservative;
    case Scenario::Expected:
        return factors.expected;
    case Scenario::Optimistic:
        return factors.optimistic;
    }
    return factors.expected;
}

Result<ValueCaseResult> computeValueCase(const ValueCaseInputs &inputs, const Money &upfront,
                                         Scenario scenario)
{
    const qint64 scenarioBp = scenarioFactor(inputs.scenarios, scenario);
    if (auto error = checkInputs(inputs, upfront, scenarioBp))
        return *error;

    QList<PreparedItem> items(inputs.items.size());
    for (qsizetype i = 0; i < inputs.items.size(); ++i) {
        if (auto error = prepare(inputs.items.at(i), i, inputs.currency, scenarioBp, &items[i]))
            return *error;
    }

    const QString &currency = inputs.currency;
    const qint64 cost = inputs.monthlyCost.minor();
    const int horizon = inputs.horizonMonths;

    ValueCaseResult result;
    result.currency = currency;
    result.scenario = scenario;
    result.upfront = upfront;
    result.months.reserve(horizon);

    if (upfront.minor() == std::numeric_limits<qint64>::min())
        return overflowError();
    qint64 cumulative = -upfront.minor();
    qint64 totalBenefit = 0;
    qint64 totalCost = 0;
    qint64 totalHours = 0;
    long double discounted = 0.0L;
    // (1 + i)^m with (1 + i) = (1 + annual)^(1/12), i.e. (1 + annual)^(m/12).
    const long double yearlyBase = 1.0L + inputs.annualDiscountRateBasisPoints / 10000.0L;

    for (int month = 1; month <= horizon; ++month) {
        qint64 benefit = 0;
        qint64 hours = 0;
        for (const PreparedItem &item : std::as_const(items)) {
            const qint64 factor = rampNumerator(item, month);
            if (factor == 0)
                continue;
            qint64 money = 0;
            Wide numerator = 0;
            if (!multiply(item.moneyNumerator, factor, &numerator) ||
                !Arithmetic::divideRounded(numerator, item.moneyDenominator, &money) ||
                !add(benefit, money, &benefit))
                return overflowError();
            if (item.isTime) {
                qint64 itemHours = 0;
                if (!multiply(item.hoursNumerator, factor, &numerator) ||
                    !Arithmetic::divideRounded(numerator, item.hoursDenominator, &itemHours) ||
                    !add(hours, itemHours, &hours))
                    return overflowError();
            }
        }
        qint64 net = 0;
        const qint64 previous = cumulative;
        if (__builtin_sub_overflow(benefit, cost, &net) || !add(cumulative, net, &cumulative) ||
            !add(totalBenefit, benefit, &totalBenefit) || !add(totalCost, cost, &totalCost) ||
            !add(totalHours, hours, &totalHours))
            return overflowError();

        if (!result.paybackMonth && cumulative >= 0) {
            result.paybackMonth = month;
            // net > 0 here unless previous == 0, which only a zero upfront in month 1 allows.
            result.paybackMonths =
                previous >= 0 ? double(month - 1)
                              : double((month - 1) + static_cast<long double>(-previous) / net);
        }
        discounted += static_cast<long double>(net) / std::pow(yearlyBase, month / 12.0L);

        result.months.append(MonthFigures{month, hours, Money(benefit, currency),
                                          Money(cost, currency), Money(net, currency),
                                          Money(cumulative, currency)});
    }

    result.totalHoursMilli = totalHours;
    result.totalBenefit = Money(totalBenefit, currency);
    result.totalCost = Money(totalCost, currency);

    qint64 invested = 0;
    qint64 gain = 0;
    if (!add(upfront.minor(), totalCost, &invested) ||
        __builtin_sub_overflow(totalBenefit, invested, &gain))
        return overflowError();
    if (invested != 0)
        result.roiPercent = double(static_cast<long double>(gain) / invested * 100.0L);

    const long double npv = discounted - static_cast<long double>(upfront.minor());
    const long double rounded = npv < 0 ? -std::floor(-npv + 0.5L) : std::floor(npv + 0.5L);
    // 2^63 is exact in long double; anything at or past it does not fit.
    constexpr long double limit = 9223372036854775808.0L;
    if (!std::isfinite(rounded) || rounded >= limit || rounded < -limit)
        return overflowError();
    result.npv = Money(static_cast<qint64>(rounded), currency);
    return result;
}

} // namespace Sepakat
