#include "review/reviewpackage.h"

#include "negotiation/contenthash.h"
#include "negotiation/offertotals.h"
#include "review/reviewjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Sepakat {

using namespace ReviewJson;

namespace {

// Gives the texts one translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ReviewFiles)
};

const QString kFormat = QStringLiteral("sepakat-review");
constexpr int kVersion = 1;

template<typename T> QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace

const Offer *ReviewPackage::offerUnderReview() const
{
    for (const Offer &offer : offers) {
        if (offer.id == request.offerId)
            return &offer;
    }
    return nullptr;
}

QString reviewPackageSuffix()
{
    return QStringLiteral("sepakat-review");
}

QByteArray writeReviewPackage(const ReviewPackage &p)
{
    QJsonArray breaches;
    for (const PolicyBreach &b : p.breaches) {
        breaches.append(QJsonObject{{QStringLiteral("rule"), b.key},
                                    {QStringLiteral("reason"), b.reason}});
    }
    const QJsonObject request{
        {QStringLiteral("approval_id"), p.request.id},
        {QStringLiteral("offer_id"), p.request.offerId},
        {QStringLiteral("offer_version"), p.request.offerVersion},
        {QStringLiteral("submit_note"), p.request.submitNote},
        {QStringLiteral("requested_at"), timeText(p.request.requestedAt)},
        {QStringLiteral("content_hash"), p.request.contentHash},
    };
    const QJsonObject policy{
        {QStringLiteral("max_discount_bp"), QString::number(p.policy.maxDiscountBasisPoints)},
        {QStringLiteral("min_margin_bp"), QString::number(p.policy.minMarginBasisPoints)},
        {QStringLiteral("max_payment_days"), p.policy.maxPaymentDays},
    };
    QJsonObject deal = toJson(p.deal);
    deal.insert(QStringLiteral("customer"), toJson(p.customer));
    const QJsonObject object{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("created_at"), timeText(p.createdAt)},
        {QStringLiteral("created_by"), p.createdBy},
        {QStringLiteral("request"), request},
        {QStringLiteral("policy"), policy},
        {QStringLiteral("breaches"), breaches},
        {QStringLiteral("deal"), deal},
        {QStringLiteral("needs"), arrayOf(p.needs)},
        {QStringLiteral("offers"), arrayOf(p.offers)},
        {QStringLiteral("plan"), p.plan ? QJsonValue(toJson(*p.plan)) : QJsonValue::Null},
        {QStringLiteral("tradeables"), arrayOf(p.tradeables)},
        {QStringLiteral("concessions"), arrayOf(p.concessions)},
        {QStringLiteral("value_case"),
         p.valueCase ? QJsonValue(toJson(*p.valueCase)) : QJsonValue::Null},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ReviewPackage> readReviewPackage(const QByteArray &bytes)
{
    const Result<QJsonObject> parsed = parseFile(bytes, kFormat, kVersion);
    if (!parsed)
        return parsed.error();
    Reader r(*parsed);
    ReviewPackage p;
    p.createdAt = r.time("created_at");
    p.createdBy = r.text("created_by");

    Reader request = r.object("request");
    p.request.id = request.text("approval_id");
    p.request.offerId = request.text("offer_id");
    p.request.offerVersion = request.integer("offer_version");
    p.request.submitNote = request.text("submit_note");
    p.request.requestedAt = request.time("requested_at");
    p.request.contentHash = request.text("content_hash");
    p.request.status = ApprovalStatus::Pending;

    Reader policy = r.object("policy");
    p.policy.maxDiscountBasisPoints = policy.bigInteger("max_discount_bp");
    p.policy.minMarginBasisPoints = policy.bigInteger("min_margin_bp");
    p.policy.maxPaymentDays = policy.integer("max_payment_days");

    for (Reader b : r.array("breaches")) {
        const QString key = b.text("rule");
        const QString reason = b.text("reason");
        // A rule a newer Sepakat added still shows with its reason.
        p.breaches << PolicyBreach{policyRuleFromKey(key).value_or(PolicyRule::Discount), key, reason};
        p.request.reasons << reason;
    }

    Reader deal = r.object("deal");
    p.deal = dealFrom(deal);
    p.customer = customerFrom(deal.object("customer"));
    p.deal.customerId = p.customer.id;
    for (Reader n : r.array("needs"))
        p.needs << needFrom(n);
    for (Reader o : r.array("offers"))
        p.offers << offerFrom(o);
    if (!r.isNull("plan"))
        p.plan = planFrom(r.object("plan"));
    for (Reader t : r.array("tradeables"))
        p.tradeables << tradeableFrom(t);
    for (Reader c : r.array("concessions"))
        p.concessions << concessionFrom(c);
    if (!r.isNull("value_case"))
        p.valueCase = valueCaseFrom(r.object("value_case"));
    if (!r.ok())
        return damaged(r.problems());

    // Ids that belong to the deal are implied by where they sit in the file.
    for (Offer &o : p.offers)
        o.dealId = p.deal.id;
    if (p.plan)
        p.plan->dealId = p.deal.id;
    for (Need &n : p.needs)
        n.dealId = p.deal.id;
    for (Tradeable &t : p.tradeables)
        t.dealId = p.deal.id;
    for (Concession &c : p.concessions)
        c.dealId = p.deal.id;
    if (p.valueCase)
        p.valueCase->dealId = p.deal.id;

    const Offer *offer = p.offerUnderReview();
    if (!offer)
        return damaged({Text::tr("the offer round under review is not in it")});
    if (const FieldErrors errors = offer->validate(); !errors.isEmpty())
        return damaged({joinMessages(errors)});
    if (!computeTotals(*offer))
        return damaged({computeTotals(*offer).errorMessage()});
    if (offerContentHash(*offer) != p.request.contentHash)
        return damaged({Text::tr("the offer round under review does not match its content hash (it "
                           "was changed after the package was written)")});
    return p;
}

Result<ReviewDecision> decideOnPackage(const ReviewPackage &package, ApprovalStatus decision,
                                       const QString &reviewer, const QString &comment,
                                       const QDateTime &decidedAt)
{
    ReviewDecision d;
    d.approvalId = package.request.id;
    d.dealId = package.deal.id;
    d.offerId = package.request.offerId;
    d.offerVersion = package.request.offerVersion;
    d.contentHash = package.request.contentHash;
    d.decision = decision;
    d.reviewer = reviewer.trimmed();
    d.comment = comment.trimmed();
    d.decidedAt = decidedAt.toUTC();
    d.dealTitle = package.deal.title;
    d.customerName = package.customer.name;
    if (const FieldErrors errors = d.validate(); !errors.isEmpty())
        return Error{joinMessages(errors), errors.first().field};
    return d;
}

} // namespace Sepakat
