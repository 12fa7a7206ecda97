#include "storage/boardreads.h"

#include "negotiation/offertotals.h"
#include "storage/dealbook.h"
#include "storage/rowvalues.h"

// Bulk reads for the pipeline board: each runs a fixed number of queries whatever the number of
// deals, so a board of 100,000 cards never asks the database once per card.

namespace Sepakat {

using namespace Rows;

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
    // A deal without an entry has no badge: only approvals and walk-aways make one.
    QHash<QString, OfferBadges> badges;

    // Oldest first, so the last one seen per offer is its latest.
    QSqlQuery &approvals = m_book.statement(
        QStringLiteral("SELECT o.deal_id, a.status FROM approvals a"
                       " JOIN offers o ON o.id = a.offer_id"
                       " WHERE o.version ="
                       " (SELECT MAX(version) FROM offers WHERE deal_id = o.deal_id)"
                       " ORDER BY a.offer_id, a.requested_at, a.rowid"));
    if (run(approvals, {})) {
        while (approvals.next()) {
            const ApprovalStatus status = approvalStatusFromKey(approvals.value(1).toString());
            badges[approvals.value(0).toString()].approval =
                status == ApprovalStatus::Voided ? std::nullopt : std::optional(status);
        }
    }
    approvals.finish();

    // Only deals whose plan has a walk-away need the offer's net, which is worked out line by
    // line with the same rounding as the worksheet (computeTotals), one offer at a time. CROSS
    // JOIN keeps SQLite to this order (plans with a walk-away in deal order, so ORDER BY costs
    // no sort; their latest offer; its lines from the covering index offer_lines_totals of
    // schema step 3); its own choice was to scan every line first and sort.
    QSqlQuery &lines = m_book.statement(
        QStringLiteral("SELECT p.deal_id, o.currency, o.document_discount_bp, p.walk_away,"
                       " l.quantity_milli, l.unit_price, l.discount_bp"
                       " FROM plans p CROSS JOIN offers o ON o.deal_id = p.deal_id"
                       " AND o.currency = p.currency AND o.version ="
                       " (SELECT MAX(version) FROM offers WHERE deal_id = p.deal_id)"
                       " CROSS JOIN offer_lines l ON l.offer_id = o.id"
                       " WHERE p.walk_away IS NOT NULL ORDER BY p.deal_id"));
    QString dealId;
    Offer offer;
    qint64 walkAway = 0;
    const auto finish = [&] {
        if (dealId.isEmpty())
            return;
        const Result<OfferTotals> totals = computeTotals(offer);
        if (totals && totals.value().netBeforeTax.minor() < walkAway)
            badges[dealId].belowWalkAway = true;
    };
    if (run(lines, {})) {
        while (lines.next()) {
            if (QString next = lines.value(0).toString(); next != dealId) {
                finish();
                dealId = std::move(next);
                offer = Offer{};
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

OfferBadgeRead::OfferBadgeRead(DealBook &book) : m_book(book)
{
    if (book.inTransaction())
        return;
    m_background = std::async(std::launch::async, [path = book.path()] {
        std::optional<QHash<QString, OfferBadges>> badges;
        // The connection is made, used and closed on this thread, as Qt SQL requires.
        OpenFailure failure;
        if (const auto reader = DealBook::open(path, Access::ReadOnly, &failure))
            badges = reader->worksheets().latestOfferBadges();
        return badges;
    });
}

OfferBadgeRead::~OfferBadgeRead()
{
    if (m_background.valid())
        m_background.wait();
}

QHash<QString, OfferBadges> OfferBadgeRead::take()
{
    if (m_background.valid()) {
        if (std::optional<QHash<QString, OfferBadges>> badges = m_background.get()) {
            m_ranInBackground = true;
            return std::move(*badges);
        }
    }
    return m_book.worksheets().latestOfferBadges();
}

} // namespace Sepakat
