#include "domain/offer.h"

#include "domain/enumtable.h"
#include "domain/fieldcheck.h"

namespace Sepakat {

namespace {

constexpr const char *kStatusContext = "Sepakat::OfferStatus";
constexpr const char *kSupportContext = "Sepakat::SupportLevel";

constexpr EnumTable::Entry<OfferStatus> kStatuses[] = {
    {OfferStatus::Draft, "draft", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Draft")},
    {OfferStatus::NeedsApproval, "needs-approval",
     QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Needs approval")},
    {OfferStatus::Pending, "pending",
     QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Waiting for approval")},
    {OfferStatus::Approved, "approved", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Approved")},
    {OfferStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Rejected")},
    {OfferStatus::Sent, "sent", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Sent")},
    {OfferStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Accepted")},
    {OfferStatus::Declined, "declined", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Declined")},
};

constexpr EnumTable::Entry<SupportLevel> kSupportLevels[] = {
    {SupportLevel::None, "none", QT_TRANSLATE_NOOP("Sepakat::SupportLevel", "None")},
    {SupportLevel::Standard, "standard", QT_TRANSLATE_NOOP("Sepakat::SupportLevel", "Standard")},
    {SupportLevel::Priority, "priority", QT_TRANSLATE_NOOP("Sepakat::SupportLevel", "Priority")},
    {SupportLevel::Dedicated, "dedicated", QT_TRANSLATE_NOOP("Sepakat::SupportLevel", "Dedicated")},
};

} // namespace

QString offerStatusKey(OfferStatus s)
{
    return EnumTable::key(kStatuses, s);
}

OfferStatus offerStatusFromKey(const QString &key)
{
    return EnumTable::fromKey(kStatuses, key, OfferStatus::Draft);
}

QString offerStatusName(OfferStatus s)
{
    return EnumTable::name(kStatusContext, kStatuses, s);
}

QString supportLevelKey(SupportLevel s)
{
    return EnumTable::key(kSupportLevels, s);
}

SupportLevel supportLevelFromKey(const QString &key)
{
    return EnumTable::fromKey(kSupportLevels, key, SupportLevel::Standard);
}

QString supportLevelName(SupportLevel s)
{
    return EnumTable::name(kSupportContext, kSupportLevels, s);
}

FieldErrors OfferLine::validate(const QString &fieldPrefix) const
{
    FieldErrors errors;
    const auto key = [&](const char *name) {
        return Check::fieldKey(fieldPrefix, QString::fromLatin1(name));
    };
    Check::required(errors, key("description"), description,
                    QCoreApplication::translate("Sepakat::Validation", "Line description"));
    if (quantityMilli <= 0) {
        errors.append(
            {key("quantity"), QCoreApplication::translate("Sepakat::Validation",
                                                          "Quantity must be more than zero.")});
    }
    Check::money(errors, key("unitPrice"), unitPrice,
                 QCoreApplication::translate("Sepakat::Validation", "Unit price"),
                 Check::Amount::Required);
    Check::money(errors, key("unitCost"), unitCost,
                 QCoreApplication::translate("Sepakat::Validation", "Unit cost"),
                 Check::Amount::Optional,
                 Money::isKnownCurrency(unitPrice.currency()) ? unitPrice.currency() : QString());
    Check::percentage(errors, key("discount"), discountBasisPoints,
                      QCoreApplication::translate("Sepakat::Validation", "Line discount"));
    return errors;
}

FieldErrors Offer::validate() const
{
    FieldErrors errors;
    Check::currency(errors, QStringLiteral("currency"), currency);
    Check::atLeast(errors, QStringLiteral("version"), version, 1,
                   QCoreApplication::translate("Sepakat::Validation", "Offer version"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OfferLine &line = lines.at(i);
        const QString prefix = QStringLiteral("lines[%1]").arg(i);
        FieldErrors lineErrors = line.validate();
        // The line alone cannot know the offer's currency; a line in another one would make
        // the totals meaningless.
        if (Money::isKnownCurrency(currency) && Money::isKnownCurrency(line.unitPrice.currency()) &&
            line.unitPrice.currency() != currency) {
            lineErrors.append(
                {QStringLiteral("unitPrice"),
                 QCoreApplication::translate("Sepakat::Validation",
                                             "%1 is in %2, but it must be in %3.")
                     .arg(QCoreApplication::translate("Sepakat::Validation", "Unit price"),
                          line.unitPrice.currency(), currency)});
        }
        Check::appendPart(errors, lineErrors, prefix,
                          QCoreApplication::translate("Sepakat::Validation", "Line %1").arg(i + 1));
    }
    Check::percentage(errors, QStringLiteral("documentDiscount"), documentDiscountBasisPoints,
                      QCoreApplication::translate("Sepakat::Validation", "Document discount"));
    Check::percentage(errors, QStringLiteral("tax"), taxBasisPoints,
                      QCoreApplication::translate("Sepakat::Validation", "Tax rate"));
    if (offerDate.isValid() && validUntil.isValid() && validUntil < offerDate) {
        errors.append({QStringLiteral("validUntil"),
                       QCoreApplication::translate(
                           "Sepakat::Validation", "Valid until cannot be before the offer date.")});
    }
    Check::atLeast(errors, QStringLiteral("terms.paymentDays"), terms.paymentDays, 0,
                   QCoreApplication::translate("Sepakat::Validation", "Payment days"));
    Check::atLeast(errors, QStringLiteral("terms.deliveryDays"), terms.deliveryDays, 0,
                   QCoreApplication::translate("Sepakat::Validation", "Delivery days"));
    Check::atLeast(errors, QStringLiteral("terms.warrantyMonths"), terms.warrantyMonths, 0,
                   QCoreApplication::translate("Sepakat::Validation", "Warranty months"));
    Check::atLeast(errors, QStringLiteral("terms.contractMonths"), terms.contractMonths, 0,
                   QCoreApplication::translate("Sepakat::Validation", "Contract months"));
    return errors;
}

} // namespace Sepakat
