#include "negotiation/approvalpolicy.h"

#include "negotiation/reciprocity.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sepakat {

namespace {

std::optional<qint64> discountBasisPoints(const OfferTotals &totals)
{
    if (!totals.listValue.isValid() || totals.listValue.isZero() ||
        totals.netBeforeTax.currency() != totals.listValue.currency())
        return std::nullopt;
    const Arithmetic::Wide given =
        static_cast<Arithmetic::Wide>(totals.listValue.minor()) - totals.netBeforeTax.minor();
    qint64 basisPoints = 0;
    if (!Arithmetic::divideRounded(given * 10000, totals.listValue.minor(), &basisPoints))
        return std::nullopt;
    return basisPoints;
}

PolicyBreach breach(PolicyRule rule, QString reason)
{
    return PolicyBreach{rule, policyRuleKey(rule), std::move(reason)};
}

} // namespace

QString policyRuleKey(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::Discount:
        return QStringLiteral("discount");
    case PolicyRule::Margin:
        return QStringLiteral("margin");
    case PolicyRule::PaymentDays:
        return QStringLiteral("payment-days");
    case PolicyRule::BelowWalkAway:
        return QStringLiteral("below-walk-away");
    case PolicyRule::NothingInReturn:
        return QStringLiteral("nothing-in-return");
    }
    return {};
}

std::optional<PolicyRule> policyRuleFromKey(const QString &key)
{
    for (const PolicyRule rule : kPolicyRules) {
        if (policyRuleKey(rule) == key)
            return rule;
    }
    return std::nullopt;
}

QList<PolicyBreach> checkOffer(const Offer &offer, const OfferTotals &totals,
                               const std::optional<Plan> &plan, const QList<Tradeable> &tradeables,
                               const ApprovalPolicy &policy, const QLocale &locale)
{
    QList<PolicyBreach> breaches;

    if (const auto discount = discountBasisPoints(totals);
        discount && *discount > policy.maxDiscountBasisPoints) {
        breaches.append(breach(
            PolicyRule::Discount,
            QCoreApplication::translate("Sepakat::Negotiation", "Discount %1 exceeds %2 allowed")
                .arg(formatBasisPoints(*discount, locale),
                     formatBasisPoints(policy.maxDiscountBasisPoints, locale))));
    }

    if (totals.marginBasisPoints && *totals.marginBasisPoints < policy.minMarginBasisPoints) {
        breaches.append(breach(
            PolicyRule::Margin,
            QCoreApplication::translate("Sepakat::Negotiation", "Margin %1 is below the %2 minimum")
                .arg(formatBasisPoints(*totals.marginBasisPoints, locale),
                     formatBasisPoints(policy.minMarginBasisPoints, locale))));
    }

    if (offer.terms.paymentDays > policy.maxPaymentDays) {
        breaches.append(breach(PolicyRule::PaymentDays,
                               QCoreApplication::translate("Sepakat::Negotiation",
                                                           "Payment terms of %1 days exceed the "
                                                           "%2 days allowed")
                                   .arg(offer.terms.paymentDays)
                                   .arg(policy.maxPaymentDays)));
    }

    if (plan && plan->walkAway.isValid() && totals.netBeforeTax.isValid() &&
        plan->walkAway.currency() == totals.netBeforeTax.currency() &&
        totals.netBeforeTax.minor() < plan->walkAway.minor()) {
        breaches.append(
            breach(PolicyRule::BelowWalkAway,
                   QCoreApplication::translate("Sepakat::Negotiation",
                                               "Price %1 is below the walk-away price of %2")
                       .arg(totals.netBeforeTax.format(locale), plan->walkAway.format(locale))));
    }

    QStringList given;
    for (const Tradeable &t : tradeables) {
        if (isGivenWithoutAsk(t))
            given.append(t.give.trimmed());
    }
    if (!given.isEmpty()) {
        breaches.append(breach(PolicyRule::NothingInReturn,
                               QCoreApplication::translate("Sepakat::Negotiation",
                                                           "Given with nothing asked in return: %1")
                                   .arg(locale.createSeparatedList(given))));
    }
    return breaches;
}

} // namespace Sepakat
