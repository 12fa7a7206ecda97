#include "domain/valuecase.h"

#include "domain/enumtable.h"
#include "domain/fieldcheck.h"

namespace Sepakat {

namespace {

constexpr const char *kKindContext = "Sepakat::SavingsKind";

constexpr EnumTable::Entry<SavingsKind> kKinds[] = {
    {SavingsKind::Time, "time", QT_TRANSLATE_NOOP("Sepakat::SavingsKind", "Time")},
    {SavingsKind::Money, "money", QT_TRANSLATE_NOOP("Sepakat::SavingsKind", "Money")},
};

} // namespace

QString savingsKindKey(SavingsKind k)
{
    return EnumTable::key(kKinds, k);
}

SavingsKind savingsKindFromKey(const QString &key)
{
    return EnumTable::fromKey(kKinds, key, SavingsKind::Time);
}

QString savingsKindName(SavingsKind k)
{
    return EnumTable::name(kKindContext, kKinds, k);
}

FieldErrors SavingsItem::validate(const QString &fieldPrefix) const
{
    FieldErrors errors;
    const auto key = [&](const char *name) {
        return Check::fieldKey(fieldPrefix, QString::fromLatin1(name));
    };
    Check::required(errors, key("description"), description,
                    QCoreApplication::translate("Sepakat::Validation", "Savings description"));
    if (kind == SavingsKind::Time) {
        if (hoursPerMonthMilli < 0) {
            errors.append({key("hoursPerMonth"), QCoreApplication::translate(
                                                     "Sepakat::Validation",
                                                     "Hours saved per month cannot be negative.")});
        }
        Check::money(errors, key("hourlyRate"), hourlyRate,
                     QCoreApplication::translate("Sepakat::Validation", "Hourly rate"),
                     Check::Amount::Required);
        Check::percentage(errors, key("realization"), realizationBasisPoints,
                          QCoreApplication::translate("Sepakat::Validation", "Realization"));
    } else {
        Check::money(errors, key("amountPerMonth"), amountPerMonth,
                     QCoreApplication::translate("Sepakat::Validation", "Amount saved per month"),
                     Check::Amount::Required);
    }
    Check::atLeast(errors, key("startMonth"), startMonth, 1,
                   QCoreApplication::translate("Sepakat::Validation", "Start month"));
    Check::atLeast(errors, key("rampMonths"), rampMonths, 0,
                   QCoreApplication::translate("Sepakat::Validation", "Ramp-up months"));
    return errors;
}

FieldErrors ValueCaseInputs::validate() const
{
    FieldErrors errors;
    Check::currency(errors, QStringLiteral("currency"), currency);
    const QString expected = Money::isKnownCurrency(currency) ? currency : QString();
    Check::range(errors, QStringLiteral("horizon"), horizonMonths, 1, 120,
                 QCoreApplication::translate("Sepakat::Validation", "Horizon in months"));
    Check::percentage(errors, QStringLiteral("discountRate"), annualDiscountRateBasisPoints,
                      QCoreApplication::translate("Sepakat::Validation", "Annual discount rate"));
    if (upfrontOverride) {
        Check::money(errors, QStringLiteral("upfront"), *upfrontOverride,
                     QCoreApplication::translate("Sepakat::Validation", "Upfront price"),
                     Check::Amount::Required, expected);
    }
    Check::money(errors, QStringLiteral("monthlyCost"), monthlyCost,
                 QCoreApplication::translate("Sepakat::Validation", "Recurring cost per month"),
                 Check::Amount::Optional, expected);
    if (scenarios.conservative < 0 || scenarios.conservative > scenarios.expected ||
        scenarios.expected > scenarios.optimistic) {
        errors.append({QStringLiteral("scenarios"),
                       QCoreApplication::translate(
                           "Sepakat::Validation",
                           "Scenario factors must not be negative and must rise from conservative "
                           "to expected to optimistic.")});
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SavingsItem &item = items.at(i);
        FieldErrors itemErrors = item.validate();
        const Money &amount =
            item.kind == SavingsKind::Time ? item.hourlyRate : item.amountPerMonth;
        if (!expected.isEmpty() && Money::isKnownCurrency(amount.currency()) &&
            amount.currency() != expected) {
            itemErrors.append(
                {item.kind == SavingsKind::Time ? QStringLiteral("hourlyRate")
                                                : QStringLiteral("amountPerMonth"),
                 QCoreApplication::translate("Sepakat::Validation",
                                             "The amount is in %1, but the value case is in %2.")
                     .arg(amount.currency(), expected)});
        }
        Check::appendPart(
            errors, itemErrors, QStringLiteral("items[%1]").arg(i),
            QCoreApplication::translate("Sepakat::Validation", "Savings %1").arg(i + 1));
    }
    return errors;
}

} // namespace Sepakat
