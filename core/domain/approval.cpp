#include "domain/approval.h"

#include "domain/enumtable.h"
#include "domain/fieldcheck.h"

namespace Sepakat {

namespace {

constexpr const char *kStatusContext = "Sepakat::ApprovalStatus";

constexpr EnumTable::Entry<ApprovalStatus> kStatuses[] = {
    {ApprovalStatus::Pending, "pending", QT_TRANSLATE_NOOP("Sepakat::ApprovalStatus", "Pending")},
    {ApprovalStatus::Approved, "approved",
     QT_TRANSLATE_NOOP("Sepakat::ApprovalStatus", "Approved")},
    {ApprovalStatus::Rejected, "rejected",
     QT_TRANSLATE_NOOP("Sepakat::ApprovalStatus", "Rejected")},
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

FieldErrors Approval::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("offerId"), offerId,
                    QCoreApplication::translate("Sepakat::Validation", "Offer"));
    Check::atLeast(errors, QStringLiteral("offerVersion"), offerVersion, 1,
                   QCoreApplication::translate("Sepakat::Validation", "Offer version"));
    const bool decided = status == ApprovalStatus::Approved || status == ApprovalStatus::Rejected;
    if (decided) {
        Check::required(errors, QStringLiteral("reviewer"), reviewer,
                        QCoreApplication::translate("Sepakat::Validation", "Reviewer"));
        if (!decidedAt.isValid()) {
            errors.append({QStringLiteral("decidedAt"),
                           QCoreApplication::translate("Sepakat::Validation",
                                                       "A decision needs the time it was made.")});
        }
    }
    // The salesperson must learn what to change; a bare "no" teaches nothing.
    if (status == ApprovalStatus::Rejected && comment.trimmed().isEmpty()) {
        errors.append(
            {QStringLiteral("comment"),
             QCoreApplication::translate("Sepakat::Validation", "A rejection needs a comment.")});
    }
    if (decidedAt.isValid() && requestedAt.isValid() && decidedAt < requestedAt) {
        errors.append({QStringLiteral("decidedAt"),
                       QCoreApplication::translate("Sepakat::Validation",
                                                   "The decision cannot be before the request.")});
    }
    return errors;
}

} // namespace Sepakat
