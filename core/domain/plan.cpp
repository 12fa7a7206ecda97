#include "domain/plan.h"

#include "domain/enumtable.h"
#include "domain/fieldcheck.h"

namespace Sepakat {

namespace {

constexpr const char *kStyleContext = "Sepakat::NegotiationStyle";

constexpr EnumTable::Entry<NegotiationStyle> kStyles[] = {
    {NegotiationStyle::Formal, "formal", QT_TRANSLATE_NOOP("Sepakat::NegotiationStyle", "Formal")},
    {NegotiationStyle::Informal, "informal",
     QT_TRANSLATE_NOOP("Sepakat::NegotiationStyle", "Informal")},
};

} // namespace

QString negotiationStyleKey(NegotiationStyle s)
{
    return EnumTable::key(kStyles, s);
}

NegotiationStyle negotiationStyleFromKey(const QString &key)
{
    return EnumTable::fromKey(kStyles, key, NegotiationStyle::Formal);
}

QString negotiationStyleName(NegotiationStyle s)
{
    return EnumTable::name(kStyleContext, kStyles, s);
}

FieldErrors Plan::validate() const
{
    FieldErrors errors;
    // All the plan's amounts are compared with each other, so they share the first set currency.
    QString planCurrency;
    for (const Money *m : {&target, &opening, &walkAway, &ourBatnaValue, &theirBatnaEstimate,
                           &theirWalkAwayEstimate}) {
        if (m->isValid()) {
            planCurrency = m->currency();
            break;
        }
    }
    Check::money(errors, QStringLiteral("target"), target,
                 QCoreApplication::translate("Sepakat::Validation", "Target price"),
                 Check::Amount::Optional, planCurrency);
    Check::money(errors, QStringLiteral("opening"), opening,
                 QCoreApplication::translate("Sepakat::Validation", "Opening price"),
                 Check::Amount::Optional, planCurrency);
    Check::money(errors, QStringLiteral("walkAway"), walkAway,
                 QCoreApplication::translate("Sepakat::Validation", "Walk-away price"),
                 Check::Amount::Optional, planCurrency);
    Check::money(errors, QStringLiteral("ourBatnaValue"), ourBatnaValue,
                 QCoreApplication::translate("Sepakat::Validation", "Value of our alternative"),
                 Check::Amount::Optional, planCurrency);
    Check::money(errors, QStringLiteral("theirBatnaEstimate"), theirBatnaEstimate,
                 QCoreApplication::translate("Sepakat::Validation", "Their alternative"),
                 Check::Amount::Optional, planCurrency);
    Check::money(errors, QStringLiteral("theirWalkAwayEstimate"), theirWalkAwayEstimate,
                 QCoreApplication::translate("Sepakat::Validation", "Their walk-away price"),
                 Check::Amount::Optional, planCurrency);

    const auto comparable = [](const Money &a, const Money &b) {
        return a.isValid() && b.isValid() && a.currency() == b.currency();
    };
    if (comparable(walkAway, target) && walkAway.minor() > target.minor()) {
        errors.append(
            {QStringLiteral("walkAway"),
             QCoreApplication::translate("Sepakat::Validation",
                                         "Walk-away price cannot be above the target price.")});
    }
    if (comparable(opening, target) && opening.minor() < target.minor()) {
        errors.append(
            {QStringLiteral("opening"),
             QCoreApplication::translate("Sepakat::Validation",
                                         "Opening price cannot be below the target price.")});
    }
    for (qsizetype i = 0; i < objections.size(); ++i) {
        const Objection &o = objections.at(i);
        if (o.objection.trimmed().isEmpty()) {
            errors.append({QStringLiteral("objections[%1].objection").arg(i),
                           QCoreApplication::translate("Sepakat::Validation",
                                                       "Objection %1: the objection is required.")
                               .arg(i + 1)});
        }
    }
    return errors;
}

} // namespace Sepakat
