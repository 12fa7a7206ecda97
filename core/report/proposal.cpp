#include "report/proposal.h"

#include "negotiation/needranking.h"
#include "negotiation/offertotals.h"
#include "storage/approvalflow.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "value/valuefigures.h"

#include <QCoreApplication>

namespace Sepakat {

namespace {

class ProposalTexts
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Proposal)

public:
    static QString unknownDeal(const QString &id)
    {
        return tr("This deal book has no deal \"%1\" (see sepakat deals).").arg(id);
    }
    static QString noOffer() { return tr("The deal has no offer yet: make one on its Offer page."); }
    static QString noRound(int round, int latest)
    {
        return tr("The deal has no offer round %1 (its rounds are 1 to %2).").arg(round).arg(latest);
    }
    static QString badLanguage(const QString &code)
    {
        return tr("A proposal is written in en or id, not \"%1\".").arg(code);
    }
    static QString badTotals(const QString &why)
    {
        return tr("The offer's totals cannot be computed: %1").arg(why);
    }
};

QString joinedLines(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(u'\n');
}

std::optional<ProposalValueCase> valueCaseFor(DealBook &book, const QString &dealId,
                                              const Money &offerTotal, Scenario scenario)
{
    const std::optional<ValueCaseInputs> inputs = book.worksheets().valueCase(dealId);
    if (!inputs || inputs->items.isEmpty())
        return std::nullopt;
    // The proposal's own round is the price the customer weighs, whichever round it is.
    const Money upfront = valueCaseUpfront(*inputs, offerTotal);
    Result<ValueCaseResult> result = computeValueCase(*inputs, upfront, scenario);
    // A value case that cannot be computed (another currency, say) is left out, not guessed.
    if (!result || result->months.isEmpty())
        return std::nullopt;
    // The same figures as the Value page and the presentation show.
    const ValueFigures figures = valueFigures(*result);
    return ProposalValueCase{std::move(result).value(), figures.moneyPerYear,
                             figures.hoursPerYearMilli};
}

} // namespace

QString proposalNumber(const QString &dealId, int round)
{
    QString key;
    for (const QChar c : dealId) {
        if (c.isLetterOrNumber())
            key += c.toUpper();
        if (key.size() == 8)
            break;
    }
    return QStringLiteral("Q-%1-%2").arg(key).arg(round);
}

Result<DealRound> findDealRound(DealBook &book, const QString &dealId, std::optional<int> round)
{
    const std::optional<Deal> deal = book.deals().find(dealId);
    if (!deal)
        return Error{ProposalTexts::unknownDeal(dealId), QStringLiteral("deal")};
    DealRound found{*deal, book.worksheets().offers(deal->id), 0};
    if (found.offers.isEmpty())
        return Error{ProposalTexts::noOffer(), QStringLiteral("round")};
    found.shown = found.offers.size() - 1;
    if (round) {
        found.shown = -1;
        for (qsizetype i = 0; i < found.offers.size(); ++i) {
            if (found.offers.at(i).version == *round)
                found.shown = i;
        }
        if (found.shown < 0)
            return Error{ProposalTexts::noRound(*round, found.offers.constLast().version),
                         QStringLiteral("round")};
    }
    return found;
}

Result<Proposal> loadProposal(DealBook &book, const ProposalRequest &request)
{
    const Result<DealRound> found = findDealRound(book, request.dealId, request.round);
    if (!found)
        return found.error();
    const Deal *deal = &found->deal;
    const Offer *offer = &found->offer();
    const QString language = request.language.isEmpty() ? deal->proposalLanguage : request.language;
    if (language != u"en" && language != u"id")
        return Error{ProposalTexts::badLanguage(language), QStringLiteral("language")};

    const Result<OfferTotals> totals = computeTotals(*offer);
    if (!totals)
        return Error{ProposalTexts::badTotals(totals.errorMessage()), QStringLiteral("round")};
    // The gate every customer proposal passes: an offer that breaks the approval policy goes
    // out only once a manager approved exactly this content.
    if (const std::optional<ProposalRefusal> refusal = ApprovalFlow(book).proposalRefusal(*offer))
        return Error{refusal->message(), QStringLiteral("approval")};

    Proposal p;
    p.language = language;
    p.round = offer->version;
    p.number = proposalNumber(deal->id, offer->version);
    p.date = offer->offerDate.isValid() ? offer->offerDate : offer->createdAt.date();
    p.validUntil = offer->validUntil;
    p.dealTitle = deal->title;
    p.customerNote = offer->customerNote;

    const BookSettings settings = book.settings().load();
    p.seller = {settings.companyName, settings.companyAddress, settings.companyTaxNumber,
                settings.companyLogo};

    if (const std::optional<Customer> customer = book.customers().find(deal->customerId)) {
        p.customer.name = customer->name;
        p.customer.address = joinedLines({customer->address, customer->city, customer->country});
        if (!customer->contacts.isEmpty()) {
            p.customer.contactName = customer->contacts.constFirst().name;
            p.customer.contactRole = customer->contacts.constFirst().role;
        }
        p.industry = customer->industry;
    }

    p.needsMoneyPerMonth = Money::zero(offer->currency);
    for (const Need &need : topNeeds(book.worksheets().needs(deal->id), request.maxNeeds)) {
        p.needs << ProposalNeed{need.description, need.benefit};
        p.needsHoursPerMonthMilli += need.painHoursMilli;
        if (need.painMoney.currency() == offer->currency) {
            if (const Result<Money> sum = p.needsMoneyPerMonth.plus(need.painMoney))
                p.needsMoneyPerMonth = *sum;
        }
    }

    p.currency = offer->currency;
    for (qsizetype i = 0; i < offer->lines.size(); ++i) {
        const OfferLine &line = offer->lines.at(i);
        p.lines << ProposalLine{line.description, line.quantityMilli, line.unitPrice,
                                line.discountBasisPoints, totals->lineSubtotals.at(i)};
    }
    p.linesSubtotal = totals->linesSubtotal;
    p.documentDiscountBasisPoints = offer->documentDiscountBasisPoints;
    p.documentDiscount = totals->documentDiscount;
    p.netBeforeTax = totals->netBeforeTax;
    p.taxBasisPoints = offer->taxBasisPoints;
    p.tax = totals->tax;
    p.total = totals->total;
    p.terms = offer->terms;
    p.valueCase = valueCaseFor(book, deal->id, totals->total, request.scenario);
    return p;
}

} // namespace Sepakat
