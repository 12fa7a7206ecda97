#include "storage/repositories.h"

#include "negotiation/offertotals.h"
#include "storage/dealbook.h"
#include "storage/rowvalues.h"

// Bulk reads for the pipeline board: each runs a fixed number of queries whatever the number of
// deals, so a board of 100,000 cards never asks the database once per card.

namespace Sepakat {

using namespace Rows;

namespace {

// The latest offer round of each deal.
const QString kLatestOffers = QStringLiteral(
    " FROM offers o JOIN (SELECT deal_id, MAX(version) AS version FROM offers GROUP BY deal_id) m"
    " ON m.deal_id = o.deal_id AND m.version = o.version");

} // namespace

QHash<QString, QStringList> CustomerRepository::contactNamesByCustomer() const
{
    QHash<QString, QStringList> names;
    QSqlQuery &query = m_book.statement(
        QStringLiteral("SELECT customer_id, name FROM contacts ORDER BY customer_id, position"));
    if (run(query, {})) {
        while (query.next())
            names[query.value(0).toString()] << query.value(1).toString();
    }
    query.finish();
    return names;
}

QHash<QString, OfferBadges> WorksheetRepository::latestOfferBadges() const
{
    QHash<QString, OfferBadges> badges;
    QHash<QString, QString> dealOfOffer;
    QSqlQuery &offers = m_book.statement(QStringLiteral("SELECT o.id, o.deal_id") + kLatestOffers);
    if (run(offers, {})) {
        while (offers.next()) {
            const QString dealId = offers.value(1).toString();
            dealOfOffer.insert(offers.value(0).toString(), dealId);
            badges.insert(dealId, OfferBadges{});
        }
    }
    offers.finish();

    // Oldest first, so the last one seen per offer is its latest.
    QSqlQuery &approvals = m_book.statement(QStringLiteral(
        "SELECT offer_id, status FROM approvals ORDER BY offer_id, requested_at, rowid"));
    if (run(approvals, {})) {
        while (approvals.next()) {
            const auto deal = dealOfOffer.constFind(approvals.value(0).toString());
            if (deal == dealOfOffer.cend())
                continue;
            const ApprovalStatus status = approvalStatusFromKey(approvals.value(1).toString());
            badges[*deal].approval =
                status == ApprovalStatus::Voided ? std::nullopt : std::optional(status);
        }
    }
    approvals.finish();

    // Only deals whose plan has a walk-away need the offer's net, which is worked out line by
    // line with the same rounding as the worksheet (computeTotals), one offer at a time.
    QSqlQuery &lines = m_book.statement(
        QStringLiteral("SELECT o.deal_id, o.currency, o.document_discount_bp, p.walk_away,"
                       " l.quantity_milli, l.unit_price, l.discount_bp")
        + kLatestOffers
        + QStringLiteral(" JOIN plans p ON p.deal_id = o.deal_id AND p.walk_away IS NOT NULL"
                         " AND p.currency = o.currency"
                         " JOIN offer_lines l ON l.offer_id = o.id"
                         " ORDER BY o.deal_id, l.position"));
    Offer offer;
    qint64 walkAway = 0;
    const auto finish = [&] {
        if (offer.dealId.isEmpty())
            return;
        const Result<OfferTotals> totals = computeTotals(offer);
        if (totals)
            badges[offer.dealId].belowWalkAway = totals.value().netBeforeTax.minor() < walkAway;
    };
    if (run(lines, {})) {
        while (lines.next()) {
            const QString dealId = lines.value(0).toString();
            if (dealId != offer.dealId) {
                finish();
                offer = Offer{};
                offer.dealId = dealId;
                offer.currency = lines.value(1).toString();
                offer.documentDiscountBasisPoints = lines.value(2).toLongLong();
                offer.taxBasisPoints = 0;
                walkAway = lines.value(3).toLongLong();
            }
            OfferLine line;
            line.quantityMilli = lines.value(4).toLongLong();
            line.unitPrice = Money(lines.value(5).toLongLong(), offer.currency);
            line.unitCost = Money::zero(offer.currency);
            line.discountBasisPoints = lines.value(6).toLongLong();
            offer.lines << line;
        }
        finish();
    }
    lines.finish();
    return badges;
}

} // namespace Sepakat
