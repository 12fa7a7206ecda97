#pragma once

#include "domain/concession.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "negotiation/offertotals.h"

#include <QList>
#include <QLocale>
#include <optional>

namespace Sepakat {

// What a salesperson may agree without a manager. The book's settings hold the numbers.
struct ApprovalPolicy
{
    qint64 maxDiscountBasisPoints = 1500;
    qint64 minMarginBasisPoints = 2500;
    int maxPaymentDays = 45;
    friend bool operator==(const ApprovalPolicy &, const ApprovalPolicy &) = default;
};

enum class PolicyRule
{
    Discount,
    Margin,
    PaymentDays,
    BelowWalkAway,
    NothingInReturn
};
inline constexpr PolicyRule kPolicyRules[] = {PolicyRule::Discount, PolicyRule::Margin,
                                              PolicyRule::PaymentDays, PolicyRule::BelowWalkAway,
                                              PolicyRule::NothingInReturn};
// Stable keys, stored with approvals and written to review packages:
// "discount", "margin", "payment-days", "below-walk-away", "nothing-in-return".
QString policyRuleKey(PolicyRule rule);
std::optional<PolicyRule> policyRuleFromKey(const QString &key);

struct PolicyBreach
{
    PolicyRule rule = PolicyRule::Discount;
    QString key;    // policyRuleKey(rule)
    QString reason; // translated, with the numbers: "Discount 22 % exceeds 15 % allowed"
};

// One breach per broken rule, in PolicyRule order. A value exactly at its limit is allowed.
// - Discount: line and document discounts together against list value (the totals' listValue
//   and netBeforeTax), rounded to whole basis points as shown to the user, then compared; an
//   offer with no list value has no discount.
// - Margin: the totals' margin; an offer with a net of zero has no margin to judge (the discount
//   rule catches a free offer). A missing unit cost counts as zero cost, as in computeTotals.
// - Payment days: the offer's terms.
// - Below walk-away: the net before tax under the plan's walk-away; skipped when there is no
//   plan, no walk-away, or the walk-away is in another currency than the offer.
// - Nothing in return: any tradeable offered or traded with no ask (isGivenWithoutAsk); one
//   breach naming them all.
QList<PolicyBreach> checkOffer(const Offer &offer, const OfferTotals &totals,
                               const std::optional<Plan> &plan, const QList<Tradeable> &tradeables,
                               const ApprovalPolicy &policy, const QLocale &locale = QLocale());

} // namespace Sepakat
