#include "negotiation/proposalgate.h"

#include "negotiation/contenthash.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sepakat {

namespace {

// Gives the texts one translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ProposalGate)
};

// "Discount 22 % exceeds 15 % allowed; payment terms of 60 days exceed …": the reasons as
// one clause of a sentence.
QString reasonsClause(const QList<PolicyBreach> &breaches)
{
    QStringList reasons;
    for (const PolicyBreach &breach : breaches) {
        QString reason = breach.reason;
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toLower();
        reasons << reason;
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace

std::optional<ProposalRefusal> checkProposal(const Offer &offer,
                                             const QList<PolicyBreach> &breaches,
                                             const QList<Approval> &approvals)
{
    if (breaches.isEmpty())
        return std::nullopt;
    const QString hash = offerContentHash(offer);
    const Approval *latest = nullptr;
    for (const Approval &approval : approvals) {
        if (approval.contentHash != hash)
            continue;
        if (approval.status == ApprovalStatus::Approved)
            return std::nullopt;
        if (!latest || approval.requestedAt >= latest->requestedAt)
            latest = &approval;
    }

    const QString clause = reasonsClause(breaches);
    if (latest && latest->status == ApprovalStatus::Pending) {
        return ProposalRefusal{
            Text::tr("This offer is waiting for a manager's approval: %1.").arg(clause),
            Text::tr("Export the proposal once it is approved; the Offer page shows when.")};
    }
    if (latest && latest->status == ApprovalStatus::Rejected) {
        const QString comment = latest->comment.trimmed();
        return ProposalRefusal{
            comment.isEmpty()
                ? Text::tr("%1 rejected this offer.").arg(latest->reviewer)
                : Text::tr("%1 rejected this offer: “%2”").arg(latest->reviewer, comment),
            Text::tr("Change the offer on the Offer page and submit it for review again.")};
    }
    return ProposalRefusal{Text::tr("This offer needs a manager's approval: %1.").arg(clause),
                           Text::tr("Submit it for review on the Offer page.")};
}

} // namespace Sepakat
