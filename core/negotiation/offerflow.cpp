#include "negotiation/offerflow.h"

namespace Sepakat {

namespace {

struct Transition
{
    OfferStatus from;
    OfferMove move;
    OfferStatus to;
};

constexpr Transition kTransitions[] = {
    {OfferStatus::NeedsApproval, OfferMove::Submit, OfferStatus::Pending},
    {OfferStatus::Pending, OfferMove::Approve, OfferStatus::Approved},
    {OfferStatus::Pending, OfferMove::Reject, OfferStatus::Rejected},
    {OfferStatus::Draft, OfferMove::Send, OfferStatus::Sent},
    {OfferStatus::Approved, OfferMove::Send, OfferStatus::Sent},
    {OfferStatus::Sent, OfferMove::Accept, OfferStatus::Accepted},
    {OfferStatus::Sent, OfferMove::Decline, OfferStatus::Declined},
};

} // namespace

QString offerMoveKey(OfferMove move)
{
    switch (move) {
    case OfferMove::Submit:
        return QStringLiteral("submit");
    case OfferMove::Approve:
        return QStringLiteral("approve");
    case OfferMove::Reject:
        return QStringLiteral("reject");
    case OfferMove::Send:
        return QStringLiteral("send");
    case OfferMove::Accept:
        return QStringLiteral("accept");
    case OfferMove::Decline:
        return QStringLiteral("decline");
    }
    return {};
}

OfferStatus shownStatus(OfferStatus stored, bool breaksPolicy)
{
    if (stored == OfferStatus::Draft || stored == OfferStatus::NeedsApproval)
        return breaksPolicy ? OfferStatus::NeedsApproval : OfferStatus::Draft;
    return stored;
}

std::optional<OfferStatus> statusAfter(OfferStatus shown, OfferMove move)
{
    for (const Transition &t : kTransitions) {
        if (t.from == shown && t.move == move)
            return t.to;
    }
    return std::nullopt;
}

bool isWithCustomer(OfferStatus status)
{
    return status == OfferStatus::Sent || status == OfferStatus::Accepted
           || status == OfferStatus::Declined;
}

} // namespace Sepakat
