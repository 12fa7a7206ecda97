#include "value/customerview.h"

#include "negotiation/needranking.h"
#include "negotiation/offertotals.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "value/valuefigures.h"

#include <QCoreApplication>

namespace Sepakat {

namespace {

CustomerNeed customerNeed(const Need &need)
{
    return CustomerNeed{need.description, need.priority, need.painHoursMilli, need.painMoney,
                        need.benefit};
}

std::optional<CustomerOffer> customerOffer(const Offer &offer)
{
    const Result<OfferTotals> totals = computeTotals(offer);
    if (!totals)
        return std::nullopt;
    CustomerOffer shown;
    shown.version = offer.version;
    shown.currency = offer.currency;
    for (qsizetype i = 0; i < offer.lines.size(); ++i) {
        const OfferLine &line = offer.lines.at(i);
        shown.lines.append(CustomerOfferLine{line.description, line.quantityMilli, line.unitPrice,
                                             line.discountBasisPoints,
                                             totals->lineSubtotals.value(i)});
    }
    shown.linesSubtotal = totals->linesSubtotal;
    shown.documentDiscount = totals->documentDiscount;
    shown.netBeforeTax = totals->netBeforeTax;
    shown.taxBasisPoints = offer.taxBasisPoints;
    shown.tax = totals->tax;
    shown.total = totals->total;
    shown.terms = offer.terms;
    shown.validUntil = offer.validUntil;
    shown.customerNote = offer.customerNote;
    return shown;
}

} // namespace

Result<CustomerView> customerView(DealBook &book, const QString &dealId)
{
    const std::optional<Deal> deal = book.deals().find(dealId);
    if (!deal) {
        return Error{QCoreApplication::translate("Sepakat::Value", "There is no such deal."),
                     QStringLiteral("deal")};
    }
    WorksheetRepository worksheets = book.worksheets();
    CustomerView view;
    view.dealTitle = deal->title;
    if (const std::optional<Customer> customer = book.customers().find(deal->customerId))
        view.customerName = customer->name;
    view.currency = deal->currency();
    for (const Need &need : rankNeeds(worksheets.needs(dealId)))
        view.needs.append(customerNeed(need));

    const QList<Offer> offers = worksheets.offers(dealId);
    if (!offers.isEmpty())
        view.offer = customerOffer(offers.last());
    view.valueCase = worksheets.valueCase(dealId);
    if (view.valueCase) {
        view.upfront = valueCaseUpfront(*view.valueCase,
                                        currentOfferTotal(offers, view.valueCase->currency));
    }
    return view;
}

} // namespace Sepakat
