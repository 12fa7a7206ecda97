#pragma once

#include "domain/approval.h"
#include "domain/offer.h"
#include "negotiation/approvalpolicy.h"

#include <QList>
#include <QString>
#include <optional>

namespace Sepakat {

// Why no customer proposal may be made of an offer yet, in words for the salesperson.
struct ProposalRefusal
{
    // "This offer needs a manager's approval: discount 22 % exceeds 15 % allowed."
    QString reason;
    // "Submit it for review on the Offer page."
    QString whatToDo;

    // Both, as one message for a dialog or stderr.
    QString message() const { return reason + u' ' + whatToDo; }
};

// The gate every customer proposal passes (PDF, print, presentation): nullopt when the offer
// may go to the customer. It may when it breaks no rule of the approval policy (breaches from
// checkOffer), or when one of its approvals is Approved for exactly its current content
// (offerContentHash). Otherwise the refusal says why, after the latest approval of the current
// content: waiting for a decision, rejected (with the manager's comment), or never submitted
// (or voided by a change since).
//
// The offer's stored status is not trusted here: only the approvals and the content hash are.
//
// To read the breaches and approvals from a deal book in one call, see
// ApprovalFlow::proposalRefusal in storage/approvalflow.h.
std::optional<ProposalRefusal> checkProposal(const Offer &offer,
                                             const QList<PolicyBreach> &breaches,
                                             const QList<Approval> &approvals);

} // namespace Sepakat
