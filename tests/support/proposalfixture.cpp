#include "proposalfixture.h"

#include "storage/repositories.h"
#include "util/uuid.h"

#include <QtGlobal>

namespace Sepakat::Testing {

namespace {

Money idr(qint64 rupiah)
{
    return Money(rupiah, QStringLiteral("IDR"));
}

OfferLine line(const QString &description, qint64 quantityMilli, qint64 price, qint64 cost,
               qint64 discountBasisPoints)
{
    OfferLine l;
    l.id = newId();
    l.description = description;
    l.quantityMilli = quantityMilli;
    l.unitPrice = idr(price);
    l.unitCost = idr(cost);
    l.discountBasisPoints = discountBasisPoints;
    return l;
}

bool saved(const Status &status, const char *what)
{
    if (!status)
        qWarning("writeProposalFixture: %s: %s", what, qPrintable(status.errorMessage()));
    return status.ok();
}

} // namespace

ProposalFixture writeProposalFixture(DealBook &book, const ProposalFixtureOptions &options)
{
    ProposalFixture fixture;
    fixture.customerName = QStringLiteral("<img src=\"file:///etc/hostname\"> & Co");

    BookSettings settings = book.settings().load();
    settings.companyName = QStringLiteral("PT Kontrak Maju Bersama");
    settings.companyAddress = QStringLiteral("Jl. Jend. Sudirman Kav. 52\nJakarta 12190");
    settings.companyTaxNumber = QStringLiteral("01.234.567.8-901.000");
    if (!saved(book.settings().save(settings), "settings"))
        return {};

    Customer customer;
    customer.id = newId();
    customer.name = fixture.customerName;
    customer.industry = QStringLiteral("Distribution");
    customer.address = QStringLiteral("Jl. Raya Darmo 12");
    customer.city = QStringLiteral("Surabaya");
    customer.notes = QStringLiteral("SECRET-CUSTOMER-NOTE the owner decides alone");
    customer.contacts = {Contact{newId(), QStringLiteral("Budi Santoso"),
                                 QStringLiteral("Finance Director"),
                                 QStringLiteral("budi@example.co.id"), {}}};
    if (!saved(book.customers().save(customer), "customer"))
        return {};

    Deal deal;
    deal.id = newId();
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Order desk modernisation");
    deal.stage = Stage::Negotiation;
    deal.value = idr(419'999'999);
    deal.owner = QStringLiteral("Dewi Lestari");
    deal.proposalLanguage = options.language;
    deal.qualification.budgetNote = QStringLiteral("SECRET-QUALIFICATION budget is tight");
    if (!saved(book.deals().save(deal), "deal"))
        return {};
    Deal empty = deal;
    empty.id = newId();
    empty.title = QStringLiteral("Warehouse scanners");
    if (!saved(book.deals().save(empty), "empty deal"))
        return {};

    Deal unapproved = deal;
    unapproved.id = newId();
    unapproved.title = QStringLiteral("Fleet tablets");
    if (!saved(book.deals().save(unapproved), "unapproved deal"))
        return {};
    Offer discounted;
    discounted.id = newId();
    discounted.dealId = unapproved.id;
    discounted.lines = {line(QStringLiteral("Rugged tablet"), 10'000, 9'500'000, 6'000'000, 0)};
    discounted.documentDiscountBasisPoints = 4000; // far beyond the policy's 15 %
    if (!saved(book.worksheets().saveOffer(discounted), "discounted offer"))
        return {};

    QList<Need> needs;
    const auto need = [&](const QString &description, const QString &benefit, Priority priority,
                          qint64 hoursMilli, qint64 money) {
        Need n;
        n.id = newId();
        n.dealId = deal.id;
        n.position = int(needs.size());
        n.description = description;
        n.benefit = benefit;
        n.priority = priority;
        n.painHoursMilli = hoursMilli;
        n.painMoney = idr(money);
        needs << n;
    };
    need(QStringLiteral("Orders are typed twice, from e-mail into the ERP"),
         QStringLiteral("Orders flow from the customer portal straight into the ERP"),
         Priority::Must, 120'000, 0);
    need(QStringLiteral("Stock levels are a day late"),
         QStringLiteral("Live stock levels on every order screen"), Priority::Should, 30'000,
         5'000'000);
    need(QStringLiteral("Sales reps cannot see open invoices"), QString(), Priority::Could, 0, 0);
    if (!saved(book.worksheets().saveNeeds(deal.id, needs), "needs"))
        return {};

    Offer first;
    first.id = newId();
    first.dealId = deal.id;
    first.version = 1;
    first.lines = {line(QStringLiteral("CRM licence, per user per year"), 25'000, 5'200'000,
                        1'357'913, 0)};
    first.offerDate = QDate(2026, 10, 1);
    first.validUntil = QDate(2026, 10, 31);
    if (!saved(book.worksheets().saveOffer(first), "offer round 1"))
        return {};

    Offer offer;
    offer.id = newId();
    offer.dealId = deal.id;
    offer.version = 2;
    offer.status = OfferStatus::Approved;
    offer.lines = {
        line(QStringLiteral("CRM licence, per user per year"), 25'000, 4'800'000, 1'357'913, 1000),
        line(QStringLiteral("On-site training (2 days)"), 2'000, 12'500'000, 3'141'593, 0),
        line(QStringLiteral("Data migration from spreadsheets"), 1'000, 35'000'000, 9'876'543,
             500),
    };
    for (int i = 0; i < options.extraLines; ++i) {
        offer.lines << line(QStringLiteral("Branch roll-out %1: set-up, data and two hours of "
                                           "training on site")
                                .arg(i + 1),
                            1'000, 2'750'000, 1'111'111, 0);
    }
    offer.documentDiscountBasisPoints = 200;
    offer.taxBasisPoints = 1100;
    offer.terms = OfferTerms{30, 14, SupportLevel::Priority, 24, 36};
    offer.offerDate = QDate(2026, 11, 2);
    offer.validUntil = QDate(2026, 12, 2);
    offer.customerNote = QStringLiteral("Prices include installation at your Surabaya office.");
    if (!saved(book.worksheets().saveOffer(offer), "offer round 2"))
        return {};

    Plan plan;
    plan.dealId = deal.id;
    plan.target = idr(271'828'182);
    plan.opening = idr(314'159'265);
    plan.walkAway = idr(126'813'579);
    plan.ourBatna = QStringLiteral("SECRET-BATNA sell the licences to the Malang branch");
    plan.ourBatnaValue = idr(161'803'398);
    plan.theirBatnaEstimate = idr(141'421'356);
    plan.theirWalkAwayEstimate = idr(299'792'458);
    plan.agenda = QStringLiteral("SECRET-AGENDA price last");
    plan.objections = {Objection{newId(), QStringLiteral("SECRET-OBJECTION too expensive"),
                                 QStringLiteral("SECRET-RESPONSE show the payback")}};
    plan.internalNotes = QStringLiteral("SECRET-PLAN-NOTE they fear the migration");
    if (!saved(book.worksheets().savePlan(plan), "plan"))
        return {};

    Tradeable tradeable;
    tradeable.id = newId();
    tradeable.dealId = deal.id;
    tradeable.kind = TradeableKind::Training;
    tradeable.give = QStringLiteral("SECRET-GIVE a third training day");
    tradeable.costToUs = idr(17'320'508);
    tradeable.askInReturn = QStringLiteral("SECRET-ASK a case study");
    tradeable.status = TradeableStatus::Offered;
    if (!saved(book.worksheets().saveTradeable(tradeable), "tradeable"))
        return {};
    Concession concession;
    concession.id = newId();
    concession.dealId = deal.id;
    concession.round = 2;
    concession.change = QStringLiteral("SECRET-CONCESSION licence price down");
    concession.priceDelta = idr(-22'360'679);
    concession.tradeableId = tradeable.id;
    concession.at = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    if (!saved(book.worksheets().addConcession(concession), "concession"))
        return {};

    ValueCaseInputs value;
    value.dealId = deal.id;
    value.horizonMonths = 36;
    value.monthlyCost = idr(2'500'000);
    SavingsItem hours;
    hours.id = newId();
    hours.description = QStringLiteral("Order entry");
    hours.kind = SavingsKind::Time;
    hours.hoursPerMonthMilli = 120'000;
    hours.hourlyRate = idr(150'000);
    SavingsItem money;
    money.id = newId();
    money.description = QStringLiteral("Stock write-offs");
    money.kind = SavingsKind::Money;
    money.amountPerMonth = idr(5'000'000);
    money.rampMonths = 3;
    value.items = {hours, money};
    if (!saved(book.worksheets().saveValueCase(value), "value case"))
        return {};

    Approval approval;
    approval.id = newId();
    approval.offerId = offer.id;
    approval.offerVersion = 2;
    approval.reasons = {QStringLiteral("Discount 12 % exceeds 10 % allowed")};
    approval.status = ApprovalStatus::Approved;
    approval.submitNote = QStringLiteral("SECRET-SUBMIT please hurry");
    approval.reviewer = QStringLiteral("Hendra Wijaya");
    approval.comment = QStringLiteral("SECRET-APPROVAL-COMMENT fine this once");
    approval.requestedAt = QDateTime(QDate(2026, 11, 2), QTime(11, 0), Qt::UTC);
    approval.decidedAt = QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
    if (!saved(book.worksheets().saveApproval(approval), "approval"))
        return {};

    fixture.dealId = deal.id;
    fixture.emptyDealId = empty.id;
    fixture.unapprovedDealId = unapproved.id;
    fixture.internalAmounts = {plan.target,       plan.opening,
                               plan.walkAway,     plan.ourBatnaValue,
                               plan.theirBatnaEstimate, plan.theirWalkAwayEstimate,
                               tradeable.costToUs, *concession.priceDelta.negated(),
                               deal.value,        idr(1'357'913),
                               idr(3'141'593),    idr(9'876'543)};
    fixture.internalTexts = {QStringLiteral("SECRET")};
    return fixture;
}

} // namespace Sepakat::Testing
