#pragma once

#include "domain/money.h"
#include "domain/validation.h"

#include <optional>

namespace Sepakat {

enum class SavingsKind { Time, Money };
QString savingsKindKey(SavingsKind k);
SavingsKind savingsKindFromKey(const QString &key);
QString savingsKindName(SavingsKind k);

struct SavingsItem
{
    QString id;
    QString needId;
    QString description;
    SavingsKind kind = SavingsKind::Time;
    qint64 hoursPerMonthMilli = 0;        // time items
    Money hourlyRate;                     // time items
    qint64 realizationBasisPoints = 10000; // time items: share of hours that becomes money
    Money amountPerMonth;                 // money items
    int startMonth = 1;                   // >= 1
    int rampMonths = 0;                   // >= 0

    FieldErrors validate(const QString &fieldPrefix = {}) const;
    friend bool operator==(const SavingsItem &, const SavingsItem &) = default;
};

// Scenario factors in basis points: 7000 = 0.7.
struct ScenarioFactors
{
    qint64 conservative = 7000;
    qint64 expected = 10000;
    qint64 optimistic = 12000;
    friend bool operator==(const ScenarioFactors &, const ScenarioFactors &) = default;
};

struct ValueCaseInputs
{
    QString dealId;
    QString currency = QStringLiteral("IDR");
    int horizonMonths = 36;                   // 1..120
    qint64 annualDiscountRateBasisPoints = 1000;
    std::optional<Money> upfrontOverride;     // nullopt: the current offer's total
    Money monthlyCost;
    ScenarioFactors scenarios;
    QList<SavingsItem> items;

    FieldErrors validate() const;
    friend bool operator==(const ValueCaseInputs &, const ValueCaseInputs &) = default;
};

} // namespace Sepakat
