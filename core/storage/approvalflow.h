#pragma once

#include "domain/approval.h"
#include "domain/deal.h"
#include "domain/offer.h"
#include "negotiation/approvalpolicy.h"
#include "negotiation/offerflow.h"
#include "negotiation/offertotals.h"
#include "negotiation/proposalgate.h"
#include "review/reviewdecision.h"
#include "review/reviewpackage.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <optional>

namespace Sepakat {

class DealBook;

// One offer round as the approval workflow sees it.
struct OfferState
{
    Offer offer;
    OfferStatus status = OfferStatus::Draft; // shown status (see shownStatus)
    QList<PolicyBreach> breaches;
    std::optional<Approval> latestApproval; // of any content, voided ones included
};

// A row of the manager's review queue: an offer waiting for a decision.
struct PendingReview
{
    Approval approval;
    Offer offer;
    Deal deal;
    QString customerName;
    OfferTotals totals;
    std::optional<qint64> discountBasisPoints; // line and document discounts against list value
    QList<PolicyBreach> breaches;              // as of now, under today's policy
    int daysWaiting = 0;
};

// The approval workflow of a deal book's offers: which rules an offer breaks under the book's
// policy, the moves of offerflow.h (each one transaction with its audit event), decisions made
// here or imported from a decision file, and the gate before a customer proposal. A light
// handle like the repositories: cheap to make, one per use.
class ApprovalFlow
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ApprovalFlow)

public:
    explicit ApprovalFlow(DealBook &book) : m_book(book) {}

    // The book's approval policy (Settings).
    ApprovalPolicy policy() const;

    // The rules the offer breaks under the book's policy, judged with its deal's plan and
    // tradeables as stored; empty when its totals cannot be worked out (computeTotals says why).
    QList<PolicyBreach> breaches(const Offer &offer, const QLocale &locale = QLocale()) const;

    OfferState state(const Offer &offer, const QLocale &locale = QLocale()) const;

    // nullopt when a customer proposal may be made of the offer (see checkProposal), else why
    // not and what to do. The offer is judged as given, with its approvals from the book.
    std::optional<ProposalRefusal> proposalRefusal(const Offer &offer,
                                                   const QLocale &locale = QLocale()) const;

    // Needs approval -> Pending: records the request with the breaches, the note and the
    // content hash. Returns the new approval's id in *approvalId when given.
    Status submit(const QString &offerId, const QString &note, const QLocale &locale = QLocale(),
                  QString *approvalId = nullptr);
    // Pending -> Approved or Rejected, only when the decision answers the offer's pending
    // request and its content hash is the offer's current one; otherwise refused with a message
    // that says why, and nothing changes. The same path for a decision made in this book and
    // one imported from a decision file.
    Status decide(const ReviewDecision &decision);
    // Send, Accept or Decline (Send also passes the proposal gate).
    Status move(const QString &offerId, OfferMove move);

    // Offers waiting for a decision, oldest request first.
    QList<PendingReview> pendingReviews(const QLocale &locale = QLocale()) const;
    // The review package of a pending round (for the Review page and the review-export
    // command); refused when the round is not waiting for a decision.
    Result<ReviewPackage> reviewPackage(const QString &offerId,
                                        const QLocale &locale = QLocale()) const;

private:
    Status setStatus(const Offer &offer, OfferStatus status, const QString &action,
                     const QString &detail);

    DealBook &m_book;
};

} // namespace Sepakat
