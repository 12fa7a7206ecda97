#pragma once

#include "domain/money.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/valuecase.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Sepakat {

class DealBook;

// What the customer may see of a deal, and nothing more: the presentation (and anything else
// put in front of the customer) is built from this type only. customerView() copies field by
// field from the book, so walk-away, target, opening, BATNA, unit costs, margins, concessions
// and internal notes have no field here to travel in.
struct CustomerNeed
{
    QString description;
    Priority priority = Priority::Should;
    qint64 painHoursMilli = 0; // the customer's own hours lost per month
    Money painMoney;           // and money lost per month
    QString benefit;           // how we answer it
};

struct CustomerOfferLine
{
    QString description;
    qint64 quantityMilli = 1000;
    Money unitPrice;
    qint64 discountBasisPoints = 0;
    Money subtotal; // after the line discount
};

struct CustomerOffer
{
    int version = 1;
    QString currency;
    QList<CustomerOfferLine> lines;
    Money linesSubtotal;
    Money documentDiscount;
    Money netBeforeTax;
    qint64 taxBasisPoints = 0;
    Money tax;
    Money total;
    OfferTerms terms;
    QDate validUntil;
    QString customerNote; // written for the customer's eyes
};

struct CustomerView
{
    QString dealTitle;
    QString customerName;
    QString currency;
    QList<CustomerNeed> needs; // most pressing first
    // The customer's own savings and costs: every figure of it argues to the customer.
    std::optional<ValueCaseInputs> valueCase;
    Money upfront; // what the value case counts as paid upfront
    std::optional<CustomerOffer> offer; // the current (latest) round
};

// The customer's view of a deal; an error when the book has no such deal.
Result<CustomerView> customerView(DealBook &book, const QString &dealId);

} // namespace Sepakat
