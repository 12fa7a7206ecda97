#pragma once

// The customer-safe view of a deal: everything a proposal may show and nothing else. The
// proposal PDF is drawn from this type only, so walk-away, target, opening, BATNAs, costs,
// margins, concessions, objections, internal notes and approval comments cannot reach it: they
// are not here to be printed by mistake. Add a field only if the customer may read it.

#include "domain/deal.h"
#include "domain/money.h"
#include "domain/offer.h"
#include "util/result.h"
#include "value/valueengine.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Sepakat {

class DealBook;

struct ProposalSeller
{
    QString name;
    QString address;
    QString taxNumber;
    QByteArray logo; // PNG, JPEG or SVG bytes from Settings; empty for none
};

struct ProposalCustomer
{
    QString name;
    QString address; // street, city and country as one block of lines
    QString contactName;
    QString contactRole;
};

struct ProposalNeed
{
    QString description;
    QString benefit; // how we answer it; may be empty
};

struct ProposalLine
{
    QString description;
    qint64 quantityMilli = 1000;
    Money unitPrice;
    qint64 discountBasisPoints = 0;
    Money subtotal; // after the line discount
};

// The customer's own economics of the purchase: what they save against what they pay.
struct ProposalValueCase
{
    ValueCaseResult result;      // one scenario, month by month
    Money moneySavedPerYear;     // benefit over the horizon, per twelve months
    qint64 hoursSavedPerYearMilli = 0;
};

struct Proposal
{
    QString language; // "en" or "id": the deal's proposal language, or the one asked for
    QString number;   // deal and round, e.g. "Q-3F2A9C1B-2"
    int round = 1;
    QDate date;
    QDate validUntil;
    QString dealTitle;
    ProposalSeller seller;
    ProposalCustomer customer;
    QString industry;
    QString customerNote; // the offer's note to the customer

    QList<ProposalNeed> needs; // most pressing first
    qint64 needsHoursPerMonthMilli = 0; // what the needs above cost the customer each month
    Money needsMoneyPerMonth;

    QString currency;
    QList<ProposalLine> lines;
    Money linesSubtotal;
    qint64 documentDiscountBasisPoints = 0;
    Money documentDiscount;
    Money netBeforeTax;
    qint64 taxBasisPoints = 0;
    Money tax;
    Money total;
    OfferTerms terms;

    std::optional<ProposalValueCase> valueCase;
};

struct ProposalRequest
{
    QString dealId;
    std::optional<int> round;  // nullopt: the latest offer round
    QString language;          // empty: the deal's proposal language
    int maxNeeds = 5;          // the most pressing ones only
    Scenario scenario = Scenario::Expected;
};

// A deal with its offer rounds and the one asked for (the latest when round is nullopt).
struct DealRound
{
    Deal deal;
    QList<Offer> offers; // oldest first
    qsizetype shown = 0; // index into offers

    const Offer &offer() const { return offers.at(shown); }
};
// Errors the user can read: an unknown deal, a deal without an offer, a round that does not exist.
Result<DealRound> findDealRound(DealBook &book, const QString &dealId, std::optional<int> round);

// Reads what the proposal shows from the book. Errors the user can read: an unknown deal, a deal
// without an offer, a round that does not exist, totals that cannot be computed, an offer the
// proposal gate refuses (it breaks the approval policy and is not approved as it stands).
Result<Proposal> loadProposal(DealBook &book, const ProposalRequest &request);

// "Q-3F2A9C1B-2": the first eight hex digits of the deal id and the round.
QString proposalNumber(const QString &dealId, int round);

} // namespace Sepakat
