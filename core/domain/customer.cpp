#include "domain/customer.h"

#include "domain/enumtable.h"
#include "domain/fieldcheck.h"

namespace Sepakat {

namespace {

constexpr const char *kSizeContext = "Sepakat::CompanySize";

constexpr EnumTable::Entry<CompanySize> kSizes[] = {
    {CompanySize::Unknown, "unknown", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Unknown")},
    {CompanySize::Small, "small", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Small")},
    {CompanySize::Medium, "medium", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Medium")},
    {CompanySize::Large, "large", QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Large")},
    {CompanySize::Enterprise, "enterprise",
     QT_TRANSLATE_NOOP("Sepakat::CompanySize", "Enterprise")},
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

FieldErrors Contact::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("name"), name,
                    QCoreApplication::translate("Sepakat::Validation", "Contact name"));
    if (!email.trimmed().isEmpty() && !Check::looksLikeEmail(email)) {
        errors.append({QStringLiteral("email"),
                       QCoreApplication::translate("Sepakat::Validation",
                                                   "Email \"%1\" is not an email address.")
                           .arg(email.trimmed())});
    }
    return errors;
}

FieldErrors Customer::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("name"), name,
                    QCoreApplication::translate("Sepakat::Validation", "Customer name"));
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        Check::appendPart(
            errors, contacts.at(i).validate(), QStringLiteral("contacts[%1]").arg(i),
            QCoreApplication::translate("Sepakat::Validation", "Contact %1").arg(i + 1));
    }
    return errors;
}

} // namespace Sepakat
