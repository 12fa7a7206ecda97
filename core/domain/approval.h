#pragma once

#include "domain/validation.h"

#include <QDateTime>
#include <QStringList>

namespace Sepakat {

enum class ApprovalStatus { Pending, Approved, Rejected, Voided };
QString approvalStatusKey(ApprovalStatus s);
ApprovalStatus approvalStatusFromKey(const QString &key);
QString approvalStatusName(ApprovalStatus s);

struct Approval
{
    QString id;
    QString offerId;
    int offerVersion = 1;
    QStringList reasons; // the rule breaches that asked for approval
    ApprovalStatus status = ApprovalStatus::Pending;
    QString submitNote;
    QString reviewer;
    QString comment;
    QDateTime requestedAt;
    QDateTime decidedAt;
    QString contentHash; // the offer content that was approved

    FieldErrors validate() const;
    friend bool operator==(const Approval &, const Approval &) = default;
};

// Append-only history of what happened to what.
struct AuditEvent
{
    qint64 sequence = 0; // assigned by the book
    QDateTime at;
    QString who;
    QString entity;   // "deal", "offer", ...
    QString entityId;
    QString dealId;   // for the deal's history page
    QString action;   // stable key: "stage-moved", "offer-created", ...
    QString detail;   // human-readable, in the language it was written in
    friend bool operator==(const AuditEvent &, const AuditEvent &) = default;
};

} // namespace Sepakat
