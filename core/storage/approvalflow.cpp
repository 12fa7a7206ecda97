#include "storage/approvalflow.h"

#include "negotiation/contenthash.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "storage/rowvalues.h"

#include <QCoreApplication>

namespace Sepakat {

using namespace Rows;

namespace {

QStringList reasonsOf(const QList<PolicyBreach> &breaches)
{
    QStringList reasons;
    for (const PolicyBreach &breach : breaches)
        reasons << breach.reason;
    return reasons;
}

// What a move makes of an offer, to finish "it cannot be …".
QString movedText(OfferMove move)
{
    switch (move) {
    case OfferMove::Submit:
        return ApprovalFlow::tr("submitted for approval");
    case OfferMove::Approve:
        return ApprovalFlow::tr("approved");
    case OfferMove::Reject:
        return ApprovalFlow::tr("rejected");
    case OfferMove::Send:
        return ApprovalFlow::tr("sent to the customer");
    case OfferMove::Accept:
        return ApprovalFlow::tr("marked accepted");
    case OfferMove::Decline:
        return ApprovalFlow::tr("marked declined");
    }
    return {};
}

Status noSuchOffer()
{
    return refused(ApprovalFlow::tr("This offer round no longer exists in the deal book."));
}

// "round 2 of “CRM roll-out” (PT Sinar Jaya)"
QString decisionSubject(const ReviewDecision &decision)
{
    return ApprovalFlow::tr("round %1 of “%2” (%3)")
        .arg(decision.offerVersion)
        .arg(decision.dealTitle, decision.customerName);
}

} // namespace

ApprovalPolicy ApprovalFlow::policy() const
{
    return m_book.settings().load().approvalPolicy;
}

QList<PolicyBreach> ApprovalFlow::breaches(const Offer &offer, const QLocale &locale) const
{
    const Result<OfferTotals> totals = computeTotals(offer);
    if (!totals)
        return {};
    WorksheetRepository sheets = m_book.worksheets();
    return checkOffer(offer, *totals, sheets.plan(offer.dealId), sheets.tradeables(offer.dealId),
                      policy(), locale);
}

OfferState ApprovalFlow::state(const Offer &offer, const QLocale &locale) const
{
    OfferState state;
    state.offer = offer;
    state.breaches = breaches(offer, locale);
    state.status = shownStatus(offer.status, !state.breaches.isEmpty());
    const QList<Approval> approvals = m_book.worksheets().approvals(offer.id);
    if (!approvals.isEmpty())
        state.latestApproval = approvals.last();
    return state;
}

std::optional<ProposalRefusal> ApprovalFlow::proposalRefusal(const Offer &offer,
                                                             const QLocale &locale) const
{
    if (const Result<OfferTotals> totals = computeTotals(offer); !totals)
        return ProposalRefusal{totals.errorMessage(), tr("Correct the offer on the Offer page.")};
    return checkProposal(offer, breaches(offer, locale), m_book.worksheets().approvals(offer.id));
}

Status ApprovalFlow::submit(const QString &offerId, const QString &note, const QLocale &locale,
                            QString *approvalId)
{
    return m_book.transact([&]() -> Status {
        WorksheetRepository sheets = m_book.worksheets();
        const std::optional<Offer> offer = sheets.offer(offerId);
        if (!offer)
            return noSuchOffer();
        const OfferState now = state(*offer, locale);
        if (!statusAfter(now.status, OfferMove::Submit)) {
            return refused(now.breaches.isEmpty()
                               ? tr("Round %1 breaks no rule of the approval policy, so it needs "
                                    "no approval.")
                                     .arg(offer->version)
                               : tr("Round %1 cannot be submitted for approval while it is %2.")
                                     .arg(offer->version)
                                     .arg(offerStatusName(now.status).toLower()));
        }
        Approval request;
        request.id = newId();
        request.offerId = offer->id;
        request.offerVersion = offer->version;
        request.reasons = reasonsOf(now.breaches);
        request.submitNote = note.trimmed();
        request.requestedAt = Rows::now();
        request.contentHash = offerContentHash(*offer);
        if (const Status saved = sheets.saveApproval(request); !saved)
            return saved;
        if (approvalId)
            *approvalId = request.id;
        return setStatus(*offer, OfferStatus::Pending, {}, {});
    });
}

Status ApprovalFlow::decide(const ReviewDecision &decision)
{
    if (const FieldErrors errors = decision.validate(); !errors.isEmpty())
        return invalid(errors);
    return m_book.transact([&]() -> Status {
        WorksheetRepository sheets = m_book.worksheets();
        const std::optional<Offer> offer = sheets.offer(decision.offerId);
        if (!offer) {
            return refused(tr("This decision is for %1, which is not in this deal book. Nothing "
                              "was changed; import it into the deal book the offer was sent for "
                              "review from.")
                               .arg(decisionSubject(decision)));
        }
        if (offer->dealId != decision.dealId) {
            return refused(tr("This decision is for another deal (%1) than the offer it names "
                              "in this deal book. Nothing was changed.")
                               .arg(decisionSubject(decision)));
        }
        if (offerContentHash(*offer) != decision.contentHash) {
            return refused(tr("Round %1 has changed since it was sent for review, so this "
                              "decision is about content that no longer exists. Nothing was "
                              "changed; send the offer for review again.")
                               .arg(offer->version));
        }
        std::optional<Approval> request;
        for (const Approval &approval : sheets.approvals(offer->id)) {
            if (approval.id == decision.approvalId)
                request = approval;
        }
        if (!request) {
            return refused(tr("Round %1 has no review request that this decision answers. "
                              "Nothing was changed.")
                               .arg(offer->version));
        }
        if (request->status != ApprovalStatus::Pending) {
            return refused(request->status == ApprovalStatus::Voided
                               ? tr("The review request this decision answers was voided by a "
                                    "change to round %1. Nothing was changed; send the offer for "
                                    "review again.")
                                     .arg(offer->version)
                               : tr("This review request was already decided: round %1 is %2 "
                                    "by %3. Nothing was changed.")
                                     .arg(offer->version)
                                     .arg(approvalStatusName(request->status).toLower(),
                                          request->reviewer));
        }
        Approval decided = *request;
        decided.status = decision.decision;
        decided.reviewer = decision.reviewer.trimmed();
        decided.comment = decision.comment.trimmed();
        decided.decidedAt = decision.decidedAt;
        // A manager's clock may run behind the salesperson's; the decision cannot predate the
        // request it answers.
        if (decided.decidedAt < decided.requestedAt)
            decided.decidedAt = decided.requestedAt;
        if (const Status saved = sheets.saveApproval(decided); !saved)
            return saved;
        return setStatus(*offer,
                         decision.decision == ApprovalStatus::Approved ? OfferStatus::Approved
                                                                       : OfferStatus::Rejected,
                         {}, {});
    });
}

Status ApprovalFlow::move(const QString &offerId, OfferMove move)
{
    return m_book.transact([&]() -> Status {
        const std::optional<Offer> offer = m_book.worksheets().offer(offerId);
        if (!offer)
            return noSuchOffer();
        const OfferState now = state(*offer);
        const std::optional<OfferStatus> next = statusAfter(now.status, move);
        // Submissions and decisions carry more than a status: they have their own calls.
        const bool plainMove =
            move == OfferMove::Send || move == OfferMove::Accept || move == OfferMove::Decline;
        if (!next || !plainMove) {
            return refused(tr("Round %1 is %2, so it cannot be %3.")
                               .arg(offer->version)
                               .arg(offerStatusName(now.status).toLower(), movedText(move)));
        }
        if (move == OfferMove::Send) {
            if (const std::optional<ProposalRefusal> refusal = proposalRefusal(*offer))
                return refused(refusal->message());
        }
        return setStatus(*offer, *next, QStringLiteral("offer-status"),
                         tr("Round %1: %2 → %3")
                             .arg(offer->version)
                             .arg(offerStatusName(now.status), offerStatusName(*next)));
    });
}

Status ApprovalFlow::setStatus(const Offer &offer, OfferStatus status, const QString &action,
                               const QString &detail)
{
    QSqlQuery &update = m_book.statement(QStringLiteral("UPDATE offers SET status = ? WHERE id = ?"));
    if (!run(update, {offerStatusKey(status), offer.id}))
        return m_book.sqlError(tr("Changing the offer's status"), update);
    if (action.isEmpty())
        return Status::success();
    return audit(m_book, QStringLiteral("offer"), offer.id, offer.dealId, action, detail);
}

QList<PendingReview> ApprovalFlow::pendingReviews(const QLocale &locale) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral(
        "SELECT a.offer_id FROM approvals a JOIN offers o ON o.id = a.offer_id"
        " WHERE a.status = 'pending' AND o.status = 'pending' ORDER BY a.requested_at, a.rowid"));
    QStringList offerIds;
    if (run(query, {})) {
        while (query.next())
            offerIds << query.value(0).toString();
    }
    query.finish();
    offerIds.removeDuplicates();

    QList<PendingReview> reviews;
    WorksheetRepository sheets = m_book.worksheets();
    const QDate today = Rows::now().toUTC().date();
    for (const QString &offerId : std::as_const(offerIds)) {
        const std::optional<Offer> offer = sheets.offer(offerId);
        const std::optional<Deal> deal = offer ? m_book.deals().find(offer->dealId) : std::nullopt;
        const Result<OfferTotals> totals =
            offer ? computeTotals(*offer) : Result<OfferTotals>(Error{});
        if (!deal || !totals)
            continue;
        PendingReview review;
        for (const Approval &approval : sheets.approvals(offerId)) {
            if (approval.status == ApprovalStatus::Pending)
                review.approval = approval;
        }
        review.offer = *offer;
        review.deal = *deal;
        const std::optional<Customer> customer = m_book.customers().find(deal->customerId);
        review.customerName = customer ? customer->name : QString();
        review.totals = *totals;
        review.discountBasisPoints = effectiveDiscountBasisPoints(*offer);
        review.breaches = breaches(*offer, locale);
        review.daysWaiting =
            int(qMax<qint64>(0, review.approval.requestedAt.toUTC().date().daysTo(today)));
        reviews << review;
    }
    return reviews;
}

Result<ReviewPackage> ApprovalFlow::reviewPackage(const QString &offerId,
                                                const QLocale &locale) const
{
    WorksheetRepository sheets = m_book.worksheets();
    const std::optional<Offer> offer = sheets.offer(offerId);
    if (!offer)
        return noSuchOffer().error();
    const std::optional<Deal> deal = m_book.deals().find(offer->dealId);
    const std::optional<Customer> customer =
        deal ? m_book.customers().find(deal->customerId) : std::nullopt;
    if (!deal || !customer)
        return noSuchOffer().error();
    ReviewPackage package;
    for (const Approval &approval : sheets.approvals(offerId)) {
        if (approval.status == ApprovalStatus::Pending)
            package.request = approval;
    }
    if (package.request.id.isEmpty() || offer->status != OfferStatus::Pending) {
        return Error{tr("Round %1 of “%2” is not waiting for a decision: submit it for approval "
                        "first.")
                         .arg(offer->version)
                         .arg(deal->title),
                     {}};
    }
    package.createdAt = Rows::now();
    package.createdBy = m_book.userName();
    package.deal = *deal;
    package.customer = *customer;
    package.needs = sheets.needs(deal->id);
    package.offers = sheets.offers(deal->id);
    package.plan = sheets.plan(deal->id);
    package.tradeables = sheets.tradeables(deal->id);
    package.concessions = sheets.concessions(deal->id);
    package.valueCase = sheets.valueCase(deal->id);
    package.policy = policy();
    package.breaches = breaches(*offer, locale);
    return package;
}

} // namespace Sepakat
