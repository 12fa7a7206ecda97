#include "domain/valuecase.h"

#include "domain/enumtable.h"

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

} // namespace Sepakat
