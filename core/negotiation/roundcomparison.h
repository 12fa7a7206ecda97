#pragma once

#include "domain/money.h"
#include "domain/offer.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QLocale>

namespace Sepakat {

enum class OfferChangeKind
{
    Total,    // total with tax
    Net,      // net before tax
    Discount, // everything given away from list value, line and document discounts together
    Currency,
    LineAdded,
    LineRemoved,
    LineDescription, // a line matched by product id whose (trimmed) description changed
    LineQuantity,
    LineUnitPrice,
    LineDiscount,
    DocumentDiscount,
    Tax,
    PaymentDays,
    DeliveryDays,
    Support,
    Warranty,
    ContractMonths,
    ValidUntil,
};
QString offerChangeKindKey(OfferChangeKind kind);

// One difference between two rounds. Only the fields that fit the kind are filled:
// money for Total/Net/Discount/LineUnitPrice (and a line's subtotal for LineAdded/LineRemoved),
// before/after for days, months, basis points, milli-units and SupportLevel (as int),
// the dates for ValidUntil.
struct OfferChange
{
    OfferChangeKind kind = OfferChangeKind::Total;
    QString line; // the line's description, else its product id; empty for offer-level changes
    Money moneyBefore;
    Money moneyAfter;
    Money moneyDelta; // after - before; invalid when the currencies differ
    qint64 before = 0;
    qint64 after = 0;
    QDate dateBefore;
    QDate dateAfter;
    QString description; // translated one line: "Payment terms 30 → 45 days"
};

struct RoundComparison
{
    // Price first (total, net, discount), then currency, lines in the new round's order with the
    // removed ones after them, then document discount, tax, terms and validity.
    QList<OfferChange> changes;
    // after - before; invalid when the two rounds are in different currencies.
    Money totalDelta;
    Money netDelta;
    Money discountDelta;

    bool hasChange(OfferChangeKind kind) const;
    QList<OfferChange> changesOf(OfferChangeKind kind) const;
};

// Lines are matched by product id when the line has one, else by trimmed description; when a key
// repeats, the n-th line with it in one round matches the n-th in the other. So a product line
// that was renamed is one LineDescription change, while a line whose product changed, or a
// free-text line whose text changed, shows as one removed and one added. An error when either
// round's totals cannot be computed (see computeTotals).
Result<RoundComparison> compareRounds(const Offer &before, const Offer &after,
                                      const QLocale &locale = QLocale());

// "1,5" / "1.5", "12" : a milli-unit quantity as people write it, grouped by the locale.
QString formatQuantity(qint64 quantityMilli, const QLocale &locale);

} // namespace Sepakat
