#include "domain/offer.h"

#include "domain/enumtable.h"

namespace Sepakat {

namespace {

constexpr const char *kStatusContext = "Sepakat::OfferStatus";
constexpr const char *kSupportContext = "Sepakat::SupportLevel";

constexpr EnumTable::Entry<OfferStatus> kStatuses[] = {
    {OfferStatus::Draft, "draft", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Draft")},
    {OfferStatus::NeedsApproval, "needs-approval", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Needs approval")},
    {OfferStatus::Pending, "pending", QT_TRANSLATE_NOOP("Sepakat::OfferStatus", "Waiting for approval")},
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

} // namespace Sepakat
