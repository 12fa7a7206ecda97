#pragma once

#include "domain/offer.h"

#include <optional>

namespace Sepakat {

// The life of an offer round:
//
//     Draft ──(breaks a rule)── Needs approval ──Submit──▶ Pending ──Approve──▶ Approved ──┐
//       │                                                     └──Reject──▶ Rejected         │
//       └───────────────────────────Send (no rule broken)──────────────────────────────▶ Sent
//                                                                  Sent ──Accept──▶ Accepted
//                                                                  Sent ──Decline─▶ Declined
//
// Any change of content (see offerContentHash) after Draft returns the offer to Draft and voids
// its pending or granted approval; the repository does that on save, so no path can skip it.

// What the user (or a decision file) asks of an offer.
enum class OfferMove { Submit, Approve, Reject, Send, Accept, Decline };
QString offerMoveKey(OfferMove move); // "submit", "approve", ...

// The status an offer shows. Whether a draft needs approval depends on the policy, the plan and
// the tradeables of the day, not on the offer alone, so it is worked out, never stored: a stored
// Draft or Needs approval shows as Needs approval exactly when a rule is broken.
OfferStatus shownStatus(OfferStatus stored, bool breaksPolicy);

// The status after the move from the shown status, or nullopt when the move is not allowed.
std::optional<OfferStatus> statusAfter(OfferStatus shown, OfferMove move);

// Sent, Accepted and Declined rounds are what the customer has: they are not edited; changes go
// into a new round.
bool isWithCustomer(OfferStatus status);

} // namespace Sepakat
