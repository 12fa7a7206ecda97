#include "domain/need.h"

#include "domain/enumtable.h"

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

} // namespace Sepakat
