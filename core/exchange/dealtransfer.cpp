#include "exchange/dealtransfer.h"

#include "storage/dealbook.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Sepakat::Exchange {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::DealJson)
};

// Where an existing customer or product stands in for the file's, its id changes in every
// reference.
void renameProduct(DealDocument &d, const QString &from, const QString &to)
{
    for (Need &need : d.needs) {
        if (need.productId == from)
            need.productId = to;
    }
    for (Offer &offer : d.offers) {
        for (OfferLine &line : offer.lines) {
            if (line.productId == from)
                line.productId = to;
        }
    }
}

Status failed(const QString &what, const Status &status)
{
    return Status(Error{what + QStringLiteral(": ") + status.errorMessage(), status.error().field});
}

} // namespace

Result<DealDocument> loadDeal(DealBook &book, const QString &dealId)
{
    DealDocument d;
    const std::optional<Deal> deal = book.deals().find(dealId);
    if (!deal)
        return Error{Text::tr("There is no deal with the id \"%1\" in this deal book.").arg(dealId),
                     QStringLiteral("deal")};
    d.deal = *deal;
    const std::optional<Customer> customer = book.customers().find(deal->customerId);
    if (!customer)
        return Error{Text::tr("The deal's customer is missing from this deal book."), {}};
    d.customer = *customer;

    WorksheetRepository sheet = book.worksheets();
    d.needs = sheet.needs(dealId);
    d.offers = sheet.offers(dealId);
    for (const Offer &offer : std::as_const(d.offers))
        d.approvals += sheet.approvals(offer.id);
    d.plan = sheet.plan(dealId);
    d.tradeables = sheet.tradeables(dealId);
    d.concessions = sheet.concessions(dealId);
    d.valueCase = sheet.valueCase(dealId);
    d.history = book.audit().forDeal(dealId);
    std::reverse(d.history.begin(), d.history.end());
    for (AuditEvent &event : d.history)
        event.sequence = 0; // the book's numbering, not part of the deal

    QStringList productIds;
    for (const Need &need : std::as_const(d.needs))
        productIds << need.productId;
    for (const Offer &offer : std::as_const(d.offers)) {
        for (const OfferLine &line : offer.lines)
            productIds << line.productId;
    }
    QSet<QString> seen;
    for (const QString &id : std::as_const(productIds)) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        if (const std::optional<Product> product = book.products().find(id))
            d.products << *product;
    }
    return d;
}

Status storeDeal(DealBook &book, DealDocument d)
{
    if (book.deals().find(d.deal.id))
        return Status(Error{Text::tr("This deal book already holds the deal \"%1\" (id %2); "
                                     "nothing was imported.")
                                .arg(d.deal.title, d.deal.id),
                            QStringLiteral("deal.id")});

    HistoryPause pause(book);
    return book.transact([&]() -> Status {
        // The customer: the book's own when it has it, by id or by name.
        std::optional<Customer> existing = book.customers().find(d.customer.id);
        if (!existing)
            existing = book.customers().findByName(d.customer.name);
        if (existing) {
            d.deal.customerId = existing->id;
        } else if (Status s = book.customers().save(d.customer); !s) {
            return failed(Text::tr("Customer"), s);
        }

        QList<Product> catalog = book.products().all();
        for (const Product &product : std::as_const(d.products)) {
            const auto same = std::find_if(catalog.cbegin(), catalog.cend(), [&](const Product &p) {
                return p.id == product.id;
            });
            if (same != catalog.cend())
                continue;
            const auto sameSku = std::find_if(catalog.cbegin(), catalog.cend(),
                                              [&](const Product &p) { return p.sku == product.sku; });
            if (sameSku != catalog.cend()) {
                renameProduct(d, product.id, sameSku->id);
                continue;
            }
            if (Status s = book.products().save(product); !s)
                return failed(Text::tr("Product %1").arg(product.sku), s);
        }

        if (Status s = book.deals().save(d.deal); !s)
            return failed(Text::tr("Deal"), s);
        WorksheetRepository sheet = book.worksheets();
        if (Status s = sheet.saveNeeds(d.deal.id, d.needs); !s)
            return failed(Text::tr("Needs"), s);
        for (const Offer &offer : std::as_const(d.offers)) {
            if (Status s = sheet.saveOffer(offer); !s)
                return failed(Text::tr("Offer version %1").arg(offer.version), s);
        }
        for (const Approval &approval : std::as_const(d.approvals)) {
            if (Status s = sheet.saveApproval(approval); !s)
                return failed(Text::tr("Approval"), s);
        }
        if (d.plan) {
            if (Status s = sheet.savePlan(*d.plan); !s)
                return failed(Text::tr("Plan"), s);
        }
        for (const Tradeable &tradeable : std::as_const(d.tradeables)) {
            if (Status s = sheet.saveTradeable(tradeable); !s)
                return failed(Text::tr("Tradeable"), s);
        }
        for (const Concession &concession : std::as_const(d.concessions)) {
            if (Status s = sheet.addConcession(concession); !s)
                return failed(Text::tr("Concession"), s);
        }
        if (d.valueCase) {
            if (Status s = sheet.saveValueCase(*d.valueCase); !s)
                return failed(Text::tr("Value case"), s);
        }
        AuditLog audit = book.audit();
        for (const AuditEvent &event : std::as_const(d.history)) {
            if (Status s = audit.append(event); !s)
                return failed(Text::tr("History"), s);
        }
        // The import itself, outside the deal's own history (no deal id).
        AuditEvent imported;
        imported.entity = QStringLiteral("deal");
        imported.entityId = d.deal.id;
        imported.action = QStringLiteral("deal-imported");
        imported.detail = d.deal.title;
        return audit.append(imported);
    });
}

} // namespace Sepakat::Exchange
