#pragma once

#include "domain/approval.h"
#include "domain/validation.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sepakat {

// A manager's decision on one review request: made in the Review page of the book, or written
// to a decision file (.sepakat-decision) on the manager's laptop and imported into the book.
// The file format is described in docs/review-files.md.
struct ReviewDecision
{
    QString approvalId; // the review request it answers
    QString dealId;
    QString offerId;
    int offerVersion = 1;
    QString contentHash; // offerContentHash of the content the manager saw
    ApprovalStatus decision = ApprovalStatus::Approved; // Approved or Rejected
    QString reviewer;
    QString comment; // required to reject
    QDateTime decidedAt;
    // Only for messages ("the decision is for round 2 of CRM roll-out, PT Sinar Jaya"): the
    // ids above decide where it applies.
    QString dealTitle;
    QString customerName;

    FieldErrors validate() const;
    friend bool operator==(const ReviewDecision &, const ReviewDecision &) = default;
};

QString reviewDecisionSuffix(); // "sepakat-decision"

// The decision file, version 1: UTF-8 JSON with a checksum over its fields, so a damaged or
// hand-edited file is refused. The checksum is no signature: anyone can compute it.
QByteArray writeReviewDecision(const ReviewDecision &decision);
// Refuses (with a message that says what is wrong) anything that is not a complete, valid,
// undamaged decision file of a version this Sepakat reads.
Result<ReviewDecision> readReviewDecision(const QByteArray &bytes);

} // namespace Sepakat
