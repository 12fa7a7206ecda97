#include "domain/approval.h"

#include "domain/enumtable.h"

namespace Sepakat {

namespace {

constexpr const char *kStatusContext = "Sepakat::ApprovalStatus";

constexpr EnumTable::Entry<ApprovalStatus> kStatuses[] = {
    {ApprovalStatus::Pending, "pending", QT_TRANSLATE_NOOP("Sepakat::ApprovalStatus", "Pending")},
    {ApprovalStatus::Approved, "approved", QT_TRANSLATE_NOOP("Sepakat::ApprovalStatus", "Approved")},
    {ApprovalStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Sepakat::ApprovalStatus", "Rejected")},
    {ApprovalStatus::Voided, "voided", QT_TRANSLATE_NOOP("Sepakat::ApprovalStatus", "Voided")},
};

} // namespace

QString approvalStatusKey(ApprovalStatus s)
{
    return EnumTable::key(kStatuses, s);
}

ApprovalStatus approvalStatusFromKey(const QString &key)
{
    return EnumTable::fromKey(kStatuses, key, ApprovalStatus::Pending);
}

QString approvalStatusName(ApprovalStatus s)
{
    return EnumTable::name(kStatusContext, kStatuses, s);
}

} // namespace Sepakat
