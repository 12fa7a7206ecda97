#include "samples.h"
#include "storage/repositories.h"
#include "tempbook.h"
#include "util/clock.h"

#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

const QString kIdr = QStringLiteral("IDR");

Money idr(qint64 amount)
{
    return Money(amount, kIdr);
}

Need need(const QString &description, Priority priority)
{
    Need n;
    n.description = description;
    n.priority = priority;
    n.urgency = 4;
    n.painHoursMilli = 120'500;
    n.painMoney = idr(15'000'000);
    n.benefit = QStringLiteral("Orders flow into the ERP");
    return n;
}

Offer offer(const QString &dealId, int version, const QString &productId)
{
    Offer o;
    o.dealId = dealId;
    o.version = version;
    o.status = OfferStatus::Sent;
    o.documentDiscountBasisPoints = 250;
    o.terms = OfferTerms{45, 30, SupportLevel::Priority, 24, 36};
    o.offerDate = QDate(2025, 3, 1);
    o.validUntil = QDate(2025, 3, 31);
    o.customerNote = QStringLiteral("Prices include installation in Surabaya.");
    o.createdAt = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
    OfferLine licences;
    licences.productId = productId;
    licences.description = QStringLiteral("CRM licence, per user per year");
    licences.quantityMilli = 120'000;
    licences.unitPrice = idr(4'800'000);
    licences.unitCost = idr(900'000);
    licences.discountBasisPoints = 1000 + 500 * (version - 1);
    OfferLine freeText;
    freeText.description = QStringLiteral("Travel to Surabaya");
    freeText.quantityMilli = 1500;
    freeText.unitPrice = idr(3'000'000);
    freeText.unitCost = idr(3'000'000);
    o.lines = {licences, freeText};
    return o;
}

} // namespace

class TestWorksheetRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void needsRoundTripInListOrder();
    void savingNeedsReplacesTheList();
    void offersRoundTripByVersion();
    void duplicateVersionIsRefused();
    void failingOfferLineRollsBackTheOffer();
    void planRoundTrip();
    void planWithWalkAwayAboveTargetSavesNothing();
    void tradeablesAndConcessions();
    void removeConcessionTakesBackOnlyThatOne();
    void valueCaseRoundTrip();
    void approvalsOldestFirst();
    void unknownDealIsRefused();

private:
    FixedClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<TempBook> m_temp;
    QString m_dealId;
    QString m_productId;

    DealBook &book() { return m_temp->book(); }
    WorksheetRepository sheets() { return m_temp->book().worksheets(); }
};

void TestWorksheetRepository::init()
{
    Clock::install(&m_clock);
    m_temp = std::make_unique<TempBook>();
    QVERIFY(m_temp->isValid());
    Customer customer = sampleCustomer();
    customer.id = QStringLiteral("c-1");
    SEPAKAT_VERIFY_OK(book().customers().save(customer));
    Product product = sampleProduct();
    product.id = QStringLiteral("p-1");
    m_productId = product.id;
    SEPAKAT_VERIFY_OK(book().products().save(product));
    Deal deal = sampleDeal(customer.id, Stage::Negotiation);
    deal.id = QStringLiteral("d-1");
    m_dealId = deal.id;
    SEPAKAT_VERIFY_OK(book().deals().save(deal));
}

void TestWorksheetRepository::cleanup()
{
    m_temp.reset();
    Clock::install(nullptr);
}

void TestWorksheetRepository::needsRoundTripInListOrder()
{
    QList<Need> needs = {need(QStringLiteral("Orders re-typed"), Priority::Must),
                         need(QStringLiteral("No pipeline view"), Priority::Could)};
    needs[1].productId = m_productId;
    needs[1].painMoney = Money();
    SEPAKAT_VERIFY_OK(sheets().saveNeeds(m_dealId, needs));
    const QList<Need> loaded = sheets().needs(m_dealId);
    QCOMPARE(loaded.size(), 2);
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        Need expected = needs.at(i);
        expected.id = loaded.at(i).id;
        expected.dealId = m_dealId;
        expected.position = int(i);
        QCOMPARE(loaded.at(i), expected);
    }
    QCOMPARE(book().audit().recent(1).first().action, QStringLiteral("needs-saved"));
    QCOMPARE(book().audit().recent(1).first().dealId, m_dealId);
}

void TestWorksheetRepository::savingNeedsReplacesTheList()
{
    SEPAKAT_VERIFY_OK(sheets().saveNeeds(m_dealId, {need(QStringLiteral("A"), Priority::Must),
                                                    need(QStringLiteral("B"), Priority::Should),
                                                    need(QStringLiteral("C"), Priority::Could)}));
    QList<Need> stored = sheets().needs(m_dealId);
    const QString keptId = stored.at(2).id;
    // C moves to the top, B goes, D is new.
    const QList<Need> next = {stored.at(2), stored.at(0), need(QStringLiteral("D"), Priority::Must)};
    SEPAKAT_VERIFY_OK(sheets().saveNeeds(m_dealId, next));
    stored = sheets().needs(m_dealId);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).id, keptId);
    QCOMPARE(stored.at(0).description, QStringLiteral("C"));
    QCOMPARE(stored.at(1).description, QStringLiteral("A"));
    QCOMPARE(stored.at(2).description, QStringLiteral("D"));
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM needs")), 3);
}

void TestWorksheetRepository::offersRoundTripByVersion()
{
    Offer second = offer(m_dealId, 2, m_productId);
    second.id = QStringLiteral("o-2");
    second.lines[0].id = QStringLiteral("l-1");
    second.lines[1].id = QStringLiteral("l-2");
    Offer first = offer(m_dealId, 1, m_productId);
    first.id = QStringLiteral("o-1");
    first.status = OfferStatus::Declined;
    first.validUntil = {};
    first.lines[0].id = QStringLiteral("l-3");
    first.lines[1].id = QStringLiteral("l-4");
    SEPAKAT_VERIFY_OK(sheets().saveOffer(second));
    SEPAKAT_VERIFY_OK(sheets().saveOffer(first));
    const QList<Offer> offers = sheets().offers(m_dealId);
    QCOMPARE(offers.size(), 2);
    QCOMPARE(offers.at(0), first);
    QCOMPARE(offers.at(1), second);
    QCOMPARE(*sheets().offer(second.id), second);
    QVERIFY(!sheets().offer(QStringLiteral("nope")));

    // A save changes content, not status (moves go through ApprovalFlow); a change of content
    // after the draft (this round was sent) makes it a draft again.
    second.status = OfferStatus::Accepted;
    SEPAKAT_VERIFY_OK(sheets().saveOffer(second));
    QCOMPARE(sheets().offer(second.id)->status, OfferStatus::Sent);
    second.lines.removeLast();
    SEPAKAT_VERIFY_OK(sheets().saveOffer(second));
    second.status = OfferStatus::Draft;
    QCOMPARE(*sheets().offer(second.id), second);
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM offer_lines")), 3);
    QCOMPARE(book().audit().recent(1).first().action, QStringLiteral("offer-saved"));
    QCOMPARE(book().audit().recent(3).last().action, QStringLiteral("offer-created"));
}

void TestWorksheetRepository::duplicateVersionIsRefused()
{
    SEPAKAT_VERIFY_OK(sheets().saveOffer(offer(m_dealId, 1, m_productId)));
    const Status status = sheets().saveOffer(offer(m_dealId, 1, m_productId));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, QStringLiteral("version"));
    QCOMPARE(sheets().offers(m_dealId).size(), 1);
}

// The offer row is written before its lines; a line the database refuses must take the offer
// row and the audit event with it.
void TestWorksheetRepository::failingOfferLineRollsBackTheOffer()
{
    Offer broken = offer(m_dealId, 1, m_productId);
    broken.lines[1].productId = QStringLiteral("no-such-product");
    const qint64 events = book().audit().count();
    const Status status = sheets().saveOffer(broken);
    QVERIFY(!status.ok());
    QVERIFY(!status.errorMessage().isEmpty());
    QCOMPARE(sheets().offers(m_dealId).size(), 0);
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM offer_lines")), 0);
    QCOMPARE(book().audit().count(), events);
}

void TestWorksheetRepository::planRoundTrip()
{
    Plan plan;
    plan.dealId = m_dealId;
    plan.target = idr(450'000'000);
    plan.opening = idr(520'000'000);
    plan.walkAway = idr(400'000'000);
    plan.ourBatna = QStringLiteral("Sell the capacity to the next customer");
    plan.theirWalkAwayEstimate = idr(480'000'000);
    plan.style = NegotiationStyle::Informal;
    plan.agenda = QStringLiteral("Coffee first");
    plan.internalNotes = QStringLiteral("Keep margin above 30 %");
    plan.objections = {Objection{QStringLiteral("ob-1"), QStringLiteral("Too expensive"),
                                 QStringLiteral("Three-year cost")},
                       Objection{QStringLiteral("ob-2"), QStringLiteral("No budget"), {}}};
    SEPAKAT_VERIFY_OK(sheets().savePlan(plan));
    QCOMPARE(*sheets().plan(m_dealId), plan);

    plan.objections.removeFirst();
    plan.ourBatnaValue = idr(300'000'000);
    SEPAKAT_VERIFY_OK(sheets().savePlan(plan));
    QCOMPARE(*sheets().plan(m_dealId), plan);
    QVERIFY(!sheets().plan(QStringLiteral("other")));
}

void TestWorksheetRepository::planWithWalkAwayAboveTargetSavesNothing()
{
    Plan plan;
    plan.dealId = m_dealId;
    plan.target = idr(450'000'000);
    plan.walkAway = idr(460'000'000);
    const Status status = sheets().savePlan(plan);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, QStringLiteral("walkAway"));
    QVERIFY(!sheets().plan(m_dealId));
}

void TestWorksheetRepository::tradeablesAndConcessions()
{
    Tradeable t;
    t.id = QStringLiteral("t-1");
    t.dealId = m_dealId;
    t.kind = TradeableKind::PaymentTerms;
    t.give = QStringLiteral("Payment in 60 days");
    t.costToUs = idr(4'000'000);
    t.valueToThem = 4;
    t.askInReturn = QStringLiteral("Three-year contract");
    SEPAKAT_VERIFY_OK(sheets().saveTradeable(t));
    Tradeable free = t;
    free.id = QStringLiteral("t-2");
    free.costToUs = Money();
    free.status = TradeableStatus::Offered;
    SEPAKAT_VERIFY_OK(sheets().saveTradeable(free));
    QCOMPARE(sheets().tradeables(m_dealId), (QList<Tradeable>{t, free}));

    Concession later;
    later.id = QStringLiteral("k-2");
    later.dealId = m_dealId;
    later.round = 2;
    later.party = Party::Them;
    later.change = QStringLiteral("Accepted 24 months");
    later.at = QDateTime(QDate(2025, 3, 2), QTime(9, 0), Qt::UTC);
    Concession earlier = later;
    earlier.id = QStringLiteral("k-1");
    earlier.round = 1;
    earlier.party = Party::Us;
    earlier.change = QStringLiteral("5 % off the licences");
    earlier.priceDelta = idr(-28'800'000);
    earlier.tradeableId = t.id;
    SEPAKAT_VERIFY_OK(sheets().addConcession(later));
    SEPAKAT_VERIFY_OK(sheets().addConcession(earlier));
    QCOMPARE(sheets().concessions(m_dealId), (QList<Concession>{earlier, later}));

    // Removing a tradeable keeps the concession that used it, unlinked.
    SEPAKAT_VERIFY_OK(sheets().removeTradeable(t.id));
    QCOMPARE(sheets().tradeables(m_dealId).size(), 1);
    QVERIFY(sheets().concessions(m_dealId).first().tradeableId.isEmpty());
    QVERIFY(!sheets().removeTradeable(t.id).ok());
}

void TestWorksheetRepository::removeConcessionTakesBackOnlyThatOne()
{
    Concession first;
    first.id = QStringLiteral("k-1");
    first.dealId = m_dealId;
    first.change = QStringLiteral("5 % off the licences");
    first.priceDelta = idr(-10'000'000);
    first.at = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    Concession second = first;
    second.id = QStringLiteral("k-2");
    second.round = 2;
    second.change = QStringLiteral("Free training day");
    SEPAKAT_VERIFY_OK(sheets().addConcession(first));
    SEPAKAT_VERIFY_OK(sheets().addConcession(second));
    const qint64 events = book().audit().count();

    SEPAKAT_VERIFY_OK(sheets().removeConcession(second.id));
    QCOMPARE(sheets().concessions(m_dealId), QList<Concession>{first});
    QCOMPARE(book().audit().count(), events + 1);
    QVERIFY(!sheets().removeConcession(second.id).ok());
    // Logged again with the same id and time, it reads back exactly as before (redo).
    SEPAKAT_VERIFY_OK(sheets().addConcession(second));
    QCOMPARE(sheets().concessions(m_dealId), (QList<Concession>{first, second}));
}

void TestWorksheetRepository::valueCaseRoundTrip()
{
    SEPAKAT_VERIFY_OK(sheets().saveNeeds(m_dealId, {need(QStringLiteral("Orders re-typed"), Priority::Must)}));
    const QString needId = sheets().needs(m_dealId).first().id;
    ValueCaseInputs v;
    v.dealId = m_dealId;
    v.horizonMonths = 24;
    v.annualDiscountRateBasisPoints = 1200;
    v.upfrontOverride = idr(500'000'000);
    v.monthlyCost = idr(2'000'000);
    v.scenarios = {6000, 10000, 13000};
    SavingsItem time;
    time.id = QStringLiteral("s-1");
    time.needId = needId;
    time.description = QStringLiteral("Less re-typing");
    time.hoursPerMonthMilli = 160'000;
    time.hourlyRate = idr(150'000);
    time.realizationBasisPoints = 7000;
    time.startMonth = 2;
    time.rampMonths = 3;
    SavingsItem money;
    money.id = QStringLiteral("s-2");
    money.kind = SavingsKind::Money;
    money.description = QStringLiteral("Fewer courier costs");
    money.amountPerMonth = idr(5'000'000);
    v.items = {time, money};
    SEPAKAT_VERIFY_OK(sheets().saveValueCase(v));
    QCOMPARE(*sheets().valueCase(m_dealId), v);

    v.upfrontOverride.reset();
    v.items.removeFirst();
    SEPAKAT_VERIFY_OK(sheets().saveValueCase(v));
    QCOMPARE(*sheets().valueCase(m_dealId), v);

    // Removing it (undoing the first save) takes its items along; removing none is no error.
    SEPAKAT_VERIFY_OK(sheets().removeValueCase(m_dealId));
    QVERIFY(!sheets().valueCase(m_dealId));
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM savings_items")), 0);
    SEPAKAT_VERIFY_OK(sheets().removeValueCase(m_dealId));
}

void TestWorksheetRepository::approvalsOldestFirst()
{
    Offer o = offer(m_dealId, 1, m_productId);
    o.id = QStringLiteral("o-1");
    SEPAKAT_VERIFY_OK(sheets().saveOffer(o));
    Approval first;
    first.id = QStringLiteral("a-1");
    first.offerId = o.id;
    first.reasons = {QStringLiteral("Line discount above 15 %"), QStringLiteral("Margin below 30 %")};
    first.submitNote = QStringLiteral("Strategic account");
    first.requestedAt = QDateTime(QDate(2025, 3, 2), QTime(9, 0), Qt::UTC);
    first.contentHash = QStringLiteral("abc123");
    SEPAKAT_VERIFY_OK(sheets().saveApproval(first));
    first.status = ApprovalStatus::Rejected;
    first.reviewer = QStringLiteral("Hendra Gunawan");
    first.comment = QStringLiteral("Too deep");
    first.decidedAt = QDateTime(QDate(2025, 3, 2), QTime(11, 0), Qt::UTC);
    SEPAKAT_VERIFY_OK(sheets().saveApproval(first));
    QCOMPARE(book().audit().recent(1).first().action, QStringLiteral("approval-decided"));
    Approval second;
    second.offerId = o.id;
    SEPAKAT_VERIFY_OK(sheets().saveApproval(second));
    const QList<Approval> approvals = sheets().approvals(o.id);
    QCOMPARE(approvals.size(), 2);
    QCOMPARE(approvals.at(0), first);
    QCOMPARE(approvals.at(1).requestedAt, m_clock.now());
    QVERIFY(approvals.at(1).reasons.isEmpty());
    QVERIFY(!approvals.at(1).decidedAt.isValid());

    Approval orphan;
    orphan.offerId = QStringLiteral("no-such-offer");
    QVERIFY(!sheets().saveApproval(orphan).ok());
}

void TestWorksheetRepository::unknownDealIsRefused()
{
    const QString ghost = QStringLiteral("ghost");
    QVERIFY(!sheets().saveNeeds(ghost, {need(QStringLiteral("A"), Priority::Must)}).ok());
    QVERIFY(!sheets().saveOffer(offer(ghost, 1, m_productId)).ok());
    Plan plan;
    plan.dealId = ghost;
    QVERIFY(!sheets().savePlan(plan).ok());
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM needs")), 0);
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM offers")), 0);
}

QTEST_GUILESS_MAIN(TestWorksheetRepository)
#include "tst_worksheetrepository.moc"
