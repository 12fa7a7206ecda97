#pragma once

#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/valuecase.h"
#include "negotiation/approvalpolicy.h"
#include "review/reviewdecision.h"
#include "util/result.h"

#include <QByteArray>
#include <optional>

namespace Sepakat {

// Everything a manager needs to judge one offer round, on any laptop: the deal, its customer,
// needs, every offer round, plan, tradeables, concessions, value case, the policy and the rules
// broken, and the review request with the content hash of the round under review. Built from a
// deal book (ApprovalFlow::reviewPackage), shown in the Review page, written to and read from a
// review package file (.sepakat-review, format in docs/review-files.md).
//
// A package holds internal numbers (walk-away, costs, margins): it is for the manager, never
// for the customer.
struct ReviewPackage
{
    QDateTime createdAt;
    QString createdBy;
    Deal deal;
    Customer customer; // name, industry, size, city and country only
    QList<Need> needs;
    QList<Offer> offers; // every round, oldest first
    std::optional<Plan> plan;
    QList<Tradeable> tradeables;
    QList<Concession> concessions;
    std::optional<ValueCaseInputs> valueCase;
    ApprovalPolicy policy;
    QList<PolicyBreach> breaches; // as the salesperson's book judged them when it was written
    Approval request;             // the pending review request; its contentHash is the round's

    // The round under review (request.offerId); null when the package has none.
    const Offer *offerUnderReview() const;
};

QString reviewPackageSuffix(); // "sepakat-review"

QByteArray writeReviewPackage(const ReviewPackage &package);
// Refuses (with a message that says what is wrong) text that is not a complete package of a
// version this Sepakat reads, and a package whose round under review does not match its content
// hash (damaged or altered after it was written).
Result<ReviewPackage> readReviewPackage(const QByteArray &bytes);

// The manager's decision on a package, ready for a decision file: refused when the decision is
// incomplete (a rejection needs a comment, every decision a reviewer).
Result<ReviewDecision> decideOnPackage(const ReviewPackage &package, ApprovalStatus decision,
                                       const QString &reviewer, const QString &comment,
                                       const QDateTime &decidedAt);

} // namespace Sepakat
