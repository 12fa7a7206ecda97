#include "domain/plan.h"

#include "domain/enumtable.h"

namespace Sepakat {

namespace {

constexpr const char *kStyleContext = "Sepakat::NegotiationStyle";

constexpr EnumTable::Entry<NegotiationStyle> kStyles[] = {
    {NegotiationStyle::Formal, "formal", QT_TRANSLATE_NOOP("Sepakat::NegotiationStyle", "Formal")},
    {NegotiationStyle::Informal, "informal", QT_TRANSLATE_NOOP("Sepakat::NegotiationStyle", "Informal")},
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

} // namespace Sepakat
