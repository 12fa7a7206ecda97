#include "domain/need.h"

#include "domain/enumtable.h"
#include "domain/fieldcheck.h"

namespace Sepakat {

namespace {

constexpr const char *kPriorityContext = "Sepakat::Priority";

constexpr EnumTable::Entry<Priority> kPriorities[] = {
    {Priority::Must, "must", QT_TRANSLATE_NOOP("Sepakat::Priority", "Must have")},
    {Priority::Should, "should", QT_TRANSLATE_NOOP("Sepakat::Priority", "Should have")},
    {Priority::Could, "could", QT_TRANSLATE_NOOP("Sepakat::Priority", "Could have")},
};

} // namespace

QString priorityKey(Priority p)
{
    return EnumTable::key(kPriorities, p);
}

Priority priorityFromKey(const QString &key)
{
    return EnumTable::fromKey(kPriorities, key, Priority::Should);
}

QString priorityName(Priority p)
{
    return EnumTable::name(kPriorityContext, kPriorities, p);
}

FieldErrors Need::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("description"), description,
                    QCoreApplication::translate("Sepakat::Validation", "Need description"));
    Check::range(errors, QStringLiteral("urgency"), urgency, 1, 5,
                 QCoreApplication::translate("Sepakat::Validation", "Urgency"));
    if (painHoursMilli < 0) {
        errors.append({QStringLiteral("painHours"),
                       QCoreApplication::translate("Sepakat::Validation",
                                                   "Hours lost per month cannot be negative.")});
    }
    Check::money(errors, QStringLiteral("painMoney"), painMoney,
                 QCoreApplication::translate("Sepakat::Validation", "Money lost per month"),
                 Check::Amount::Optional);
    return errors;
}

} // namespace Sepakat
