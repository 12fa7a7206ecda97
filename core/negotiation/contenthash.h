#pragma once

#include "domain/offer.h"

#include <QByteArray>
#include <QString>

namespace Sepakat {

// An approval holds for exactly the content that was approved: this hash is stored with the
// approval and in review packages, and any later change to that content voids the approval.
//
// Hashed: the offer's currency, document discount, tax rate, terms, valid-until date and, in
// order, each line's product id, description, quantity, unit price (amount and currency) and
// discount. Not hashed, because changing them does not change what the customer is promised
// at what price: ids, deal id, version, status, offer date, creation time, customer note and
// the internal unit cost.
//
// The canonical form, version 1, is UTF-8 text, one "name=value" record per line ending in
// "\n", in exactly this order:
//
//     sepakat-offer-content=1
//     currency=<text>
//     document-discount-bp=<integer>
//     tax-bp=<integer>
//     payment-days=<integer>
//     delivery-days=<integer>
//     support=<supportLevelKey: none|standard|priority|dedicated>
//     warranty-months=<integer>
//     contract-months=<integer>
//     valid-until=<yyyy-MM-dd, or empty when not set>
//     lines=<count>
//     then per line, in offer order:
//     line.product=<text>
//     line.description=<text>
//     line.quantity-milli=<integer>
//     line.unit-price-minor=<integer>
//     line.unit-price-currency=<text>
//     line.discount-bp=<integer>
//
// Integers are base-10 ASCII with a leading '-' when negative. <text> is the UTF-8 byte length,
// a ':' and the bytes as they are (no trimming, no normalisation), so a newline or '=' inside a
// description cannot fake another record. Nothing depends on locale, platform or Qt's own
// serialisation formats, so the hash is the same on every machine and every run.
QByteArray offerCanonicalContent(const Offer &offer);

// Lowercase hex SHA-256 of offerCanonicalContent(offer): 64 characters.
QString offerContentHash(const Offer &offer);

} // namespace Sepakat
