#pragma once

#include "exchange/dealjson.h"
#include "util/result.h"

namespace Sepakat {
class DealBook;
}

namespace Sepakat::Exchange {

// Reads one deal and its whole worksheet out of a book, with the catalog entries it refers to
// and its history, oldest first.
Result<DealDocument> loadDeal(DealBook &book, const QString &dealId);

// Puts a deal into a book in one transaction: all of it or nothing. Refused when the book
// already holds a deal with that id. The customer is reused when the book has one of that id
// or name; products are reused by id, then by SKU, else added. The deal's history is stored as
// it was (no event per saved part); the book notes the import itself in its general history,
// so the deal's own history reads the same after a round trip.
Status storeDeal(DealBook &book, DealDocument document);

} // namespace Sepakat::Exchange
