#include "domain/customer.h"

#include "domain/enumtable.h"

namespace Sepakat {

namespace {

constexpr const char *kSizeContext = "Sepakat::CompanySize";

constexpr EnumTable::Entry<CompanySize> kSizes[] = {
    {CompanySize::Unknown, "unknown", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Unknown")},
    {CompanySize::Small, "small", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Small")},
    {CompanySize::Medium, "medium", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Medium")},
    {CompanySize::Large, "large", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Large")},
    {CompanySize::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Enterprise")},
};

} // namespace

QString companySizeKey(CompanySize size)
{
    return EnumTable::key(kSizes, size);
}

CompanySize companySizeFromKey(const QString &key)
{
    return EnumTable::fromKey(kSizes, key, CompanySize::Unknown);
}

QString companySizeName(CompanySize size)
{
    return EnumTable::name(kSizeContext, kSizes, size);
}

} // namespace Sepakat
