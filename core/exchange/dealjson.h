#pragma once

#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/product.h"
#include "domain/valuecase.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Sepakat::Exchange {

// One deal with its whole worksheet, as `sepakat export-deal` writes it and `import-deal` reads
// it. The file format is described in docs/deal-json.md.
struct DealDocument
{
    Customer customer;
    QList<Product> products; // the catalog entries the needs and offer lines refer to
    Deal deal;
    QList<Need> needs;
    QList<Offer> offers;       // by version, with lines
    QList<Approval> approvals; // of those offers, oldest first
    std::optional<Plan> plan;
    QList<Tradeable> tradeables;
    QList<Concession> concessions;
    std::optional<ValueCaseInputs> valueCase;
    QList<AuditEvent> history; // oldest first; sequence numbers are the book's, not carried

    friend bool operator==(const DealDocument &, const DealDocument &) = default;
};

// The format version this Sepakat writes and the newest it reads.
inline constexpr int kDealJsonVersion = 1;

// Reads and validates a deal file. Every field is checked (type, range, references between the
// parts: an offer line's product, an approval's offer, a concession's tradeable); on failure the
// error's field is the JSON path of the first problem ("offers[1].lines[0].quantity") and its
// message lists every problem, one per line, each with its path. A file of a newer format
// version is refused with a message that says so. Never crashes on any input (fuzzed).
Result<DealDocument> readDealJson(QByteArrayView json);

// The file text: UTF-8, indented, keys in a fixed order, amounts as decimal strings.
QByteArray writeDealJson(const DealDocument &document);

} // namespace Sepakat::Exchange
