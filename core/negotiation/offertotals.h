#pragma once

#include "domain/money.h"
#include "domain/offer.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace Sepakat {

// The numbers of one offer, all in the offer's currency, rounded at line level.
struct OfferTotals
{
    Money linesSubtotal;    // sum of line subtotals (after line discounts)
    Money documentDiscount; // on the lines subtotal
    Money netBeforeTax;
    Money tax;
    Money total;
    Money cost;                              // internal
    std::optional<qint64> marginBasisPoints; // internal; nullopt when the net is zero
    QList<Money> lineSubtotals;
    QList<Money> lineDiscounts;
    Money listValue;           // sum of quantity x unit price, before any discount
    bool allCostsKnown = true; // false when a line has no unit cost (it counts as zero)
};

// Integer arithmetic only. An overflow, a line in another currency, an unknown currency or a
// discount or tax rate outside 0..100 % is an error: never a wrong number.
Result<OfferTotals> computeTotals(const Offer &offer);

// Everything given away from list value, line and document discounts together, in basis points
// of the list value; nullopt when the list value is zero or the totals cannot be computed.
std::optional<qint64> effectiveDiscountBasisPoints(const Offer &offer);

} // namespace Sepakat
