#include "negotiation/offertotals.h"
#include "storage/boardreads.h"
#include "storage/dealbook.h"
#include "storage/demo.h"
#include "tempbook.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

const QString kIdr = QStringLiteral("IDR");

struct LineSpec
{
    qint64 unitPrice;
    qint64 discountBasisPoints = 0;
};

struct OfferSpec
{
    QList<LineSpec> lines;
    qint64 documentDiscountBasisPoints = 0;
    QList<ApprovalStatus> approvals; // oldest first
    QString currency = kIdr;
};

// One offer round of one-unit lines at these prices (in minor units, 1 jt = 1,000,000).
OfferSpec offerRound(QList<qint64> prices, QList<ApprovalStatus> approvals = {})
{
    OfferSpec spec;
    for (const qint64 price : prices)
        spec.lines << LineSpec{price};
    spec.approvals = approvals;
    return spec;
}

} // namespace

// The pipeline's badges (storage/boardreads): the latest approval and the walk-away check of
// each deal's latest offer, read on a connection of their own or, inside a transaction, on the
// book's.
class TestBoardReads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badges_data();
    void badges();
    void backgroundReadEqualsTheBooksOwnConnection();
    void insideATransactionTheBooksConnectionSeesUncommittedChanges();
    void demoBookAgreesWithEachDealsWorksheet();

private:
    void addDeal(const QString &dealId, const QList<OfferSpec> &offers,
                 std::optional<qint64> walkAway, const QString &planCurrency = kIdr);

    TempBook m_temp;
    QHash<QString, OfferBadges> m_badges;
    bool m_ranInBackground = false;
};

void TestBoardReads::addDeal(const QString &dealId, const QList<OfferSpec> &offers,
                             std::optional<qint64> walkAway, const QString &planCurrency)
{
    DealBook &book = m_temp.book();
    Deal deal;
    deal.id = dealId;
    deal.customerId = QStringLiteral("c1");
    deal.title = dealId;
    deal.value = Money(100'000'000, kIdr);
    QVERIFY2(book.deals().save(deal), qPrintable(dealId));

    QDateTime requested(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
    for (qsizetype round = 0; round < offers.size(); ++round) {
        const OfferSpec &spec = offers.at(round);
        Offer offer;
        offer.id = dealId + u"-o" + QString::number(round + 1);
        offer.dealId = dealId;
        offer.version = int(round + 1);
        offer.currency = spec.currency;
        offer.documentDiscountBasisPoints = spec.documentDiscountBasisPoints;
        for (const LineSpec &lineSpec : spec.lines) {
            OfferLine line;
            line.description = QStringLiteral("Licences");
            line.quantityMilli = 1000;
            line.unitPrice = Money(lineSpec.unitPrice, spec.currency);
            line.unitCost = Money(0, spec.currency);
            line.discountBasisPoints = lineSpec.discountBasisPoints;
            offer.lines << line;
        }
        const Status saved = book.worksheets().saveOffer(offer);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        for (const ApprovalStatus status : spec.approvals) {
            Approval approval;
            approval.offerId = offer.id;
            approval.offerVersion = offer.version;
            approval.status = status;
            approval.requestedAt = requested;
            if (status != ApprovalStatus::Pending) {
                approval.reviewer = QStringLiteral("Hendra");
                approval.comment = QStringLiteral("Checked");
                approval.decidedAt = requested.addSecs(60);
            }
            requested = requested.addSecs(3600);
            const Status approved = book.worksheets().saveApproval(approval);
            QVERIFY2(approved, qPrintable(approved.errorMessage()));
        }
    }

    Plan plan;
    plan.dealId = dealId;
    plan.target = Money(120'000'000, planCurrency);
    if (walkAway)
        plan.walkAway = Money(*walkAway, planCurrency);
    const Status planned = book.worksheets().savePlan(plan);
    QVERIFY2(planned, qPrintable(planned.errorMessage()));
}

void TestBoardReads::initTestCase()
{
    QVERIFY(m_temp.isValid());
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Maju Surabaya");
    QVERIFY(m_temp.book().customers().save(customer));

    const qint64 walkAway = 80'000'000;
    addDeal(QStringLiteral("no-offer"), {}, walkAway);
    addDeal(QStringLiteral("below"), {offerRound({70'000'000})}, walkAway);
    addDeal(QStringLiteral("at"), {offerRound({80'000'000})}, walkAway);
    addDeal(QStringLiteral("above"), {offerRound({95'000'000})}, walkAway);
    OfferSpec lineDiscount = offerRound({100'000'000}); // less 25 % on the line: 75 jt
    lineDiscount.lines[0].discountBasisPoints = 2500;
    addDeal(QStringLiteral("line-discount"), {lineDiscount}, walkAway);
    OfferSpec documentDiscount = offerRound({50'000'000, 40'000'000}); // less 15 %: 76.5 jt
    documentDiscount.documentDiscountBasisPoints = 1500;
    addDeal(QStringLiteral("document-discount"), {documentDiscount}, walkAway);
    // Two lines that together clear the walk-away, though neither does alone.
    addDeal(QStringLiteral("two-lines"), {offerRound({50'000'000, 40'000'000})}, walkAway);
    // Round 1 was below and approved; round 2 is above and was never sent.
    addDeal(QStringLiteral("latest-round"),
            {offerRound({70'000'000}, {ApprovalStatus::Approved}), offerRound({90'000'000})},
            walkAway);
    OfferSpec dollars = offerRound({1'000});
    dollars.currency = QStringLiteral("USD");
    addDeal(QStringLiteral("other-currency"), {dollars}, walkAway);
    addDeal(QStringLiteral("no-walk-away"), {offerRound({1'000})}, std::nullopt);
    addDeal(QStringLiteral("rejected-then-pending"),
            {offerRound({90'000'000}, {ApprovalStatus::Rejected, ApprovalStatus::Pending})},
            walkAway);
    addDeal(QStringLiteral("voided"),
            {offerRound({90'000'000}, {ApprovalStatus::Pending, ApprovalStatus::Voided})},
            walkAway);
    addDeal(QStringLiteral("approved-below"),
            {offerRound({60'000'000}, {ApprovalStatus::Approved})}, walkAway);

    OfferBadgeRead read(m_temp.book());
    m_badges = read.take();
    m_ranInBackground = read.ranInBackground();
}

void TestBoardReads::badges_data()
{
    QTest::addColumn<QString>("dealId");
    QTest::addColumn<int>("approval"); // -1: no approval badge
    QTest::addColumn<bool>("belowWalkAway");

    const int none = -1;
    QTest::newRow("no offer") << QStringLiteral("no-offer") << none << false;
    QTest::newRow("net below walk-away") << QStringLiteral("below") << none << true;
    QTest::newRow("net at walk-away") << QStringLiteral("at") << none << false;
    QTest::newRow("net above walk-away") << QStringLiteral("above") << none << false;
    QTest::newRow("line discount") << QStringLiteral("line-discount") << none << true;
    QTest::newRow("document discount") << QStringLiteral("document-discount") << none << true;
    QTest::newRow("lines add up") << QStringLiteral("two-lines") << none << false;
    QTest::newRow("latest round only") << QStringLiteral("latest-round") << none << false;
    QTest::newRow("plan in another currency") << QStringLiteral("other-currency") << none << false;
    QTest::newRow("plan without walk-away") << QStringLiteral("no-walk-away") << none << false;
    QTest::newRow("latest approval wins")
        << QStringLiteral("rejected-then-pending") << int(ApprovalStatus::Pending) << false;
    QTest::newRow("voided shows nothing") << QStringLiteral("voided") << none << false;
    QTest::newRow("approved yet below")
        << QStringLiteral("approved-below") << int(ApprovalStatus::Approved) << true;
}

void TestBoardReads::badges()
{
    QFETCH(QString, dealId);
    QFETCH(int, approval);
    QFETCH(bool, belowWalkAway);

    QVERIFY(m_ranInBackground);
    const OfferBadges badges = m_badges.value(dealId);
    QCOMPARE(badges.approval ? int(*badges.approval) : -1, approval);
    QCOMPARE(badges.belowWalkAway, belowWalkAway);
}

void TestBoardReads::backgroundReadEqualsTheBooksOwnConnection()
{
    const QHash<QString, OfferBadges> own = m_temp.book().worksheets().latestOfferBadges();
    QVERIFY(!own.isEmpty());
    QCOMPARE(m_badges, own);
}

void TestBoardReads::insideATransactionTheBooksConnectionSeesUncommittedChanges()
{
    DealBook &book = m_temp.book();
    const Status rolledBack = book.transact([&]() -> Status {
        Plan plan = book.worksheets().plan(QStringLiteral("above")).value_or(Plan{});
        plan.walkAway = Money(99'000'000, kIdr);
        if (Status saved = book.worksheets().savePlan(plan); !saved)
            return saved;

        OfferBadgeRead read(book);
        const QHash<QString, OfferBadges> badges = read.take();
        if (read.ranInBackground())
            return Error{QStringLiteral("read on another connection inside a transaction"), {}};
        if (!badges.value(QStringLiteral("above")).belowWalkAway)
            return Error{QStringLiteral("the uncommitted walk-away was not seen"), {}};
        return Error{QStringLiteral("roll back"), {}};
    });
    QCOMPARE(rolledBack.errorMessage(), QStringLiteral("roll back"));

    OfferBadgeRead after(book);
    QVERIFY(!after.take().value(QStringLiteral("above")).belowWalkAway);
    QVERIFY(after.ranInBackground());
}

// The bulk queries against the worksheet read one deal at a time, the way the deal page reads
// it, over a demo book's few hundred deals: every round, plan and approval the demo makes.
void TestBoardReads::demoBookAgreesWithEachDealsWorksheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sepakat"));
    const Status written = writeDemoBook(path, DemoOptions{400, 7});
    QVERIFY2(written, qPrintable(written.errorMessage()));
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadWrite, &failure);
    QVERIFY2(book, qPrintable(failure.message));

    const auto byAmount = [](const Money &a, const Money &b) { return a.minor() < b.minor(); };
    // The demo keeps its offers above the walk-away; move every third walk-away to just above
    // the latest offer's net (or onto it, which is not below), as a salesperson might.
    int planned = 0;
    for (const DealSummary &summary : book->deals().summaries()) {
        const QList<Offer> offers = book->worksheets().offers(summary.deal.id);
        std::optional<Plan> plan = book->worksheets().plan(summary.deal.id);
        if (offers.isEmpty() || !plan || plan->walkAway.currency() != offers.constLast().currency
            || planned++ % 3 != 0)
            continue;
        Offer net = offers.constLast();
        net.taxBasisPoints = 0;
        const Result<OfferTotals> totals = computeTotals(net);
        QVERIFY2(totals, qPrintable(totals.errorMessage()));
        plan->walkAway = totals.value().netBeforeTax.plus(Money(planned % 2, net.currency)).value();
        // Target and opening stay at or above it, as the plan requires.
        plan->target = std::max(plan->target, plan->walkAway, byAmount);
        plan->opening = std::max(plan->opening, plan->target, byAmount);
        const Status saved = book->worksheets().savePlan(*plan);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
    }

    QHash<QString, OfferBadges> expected;
    int approvals = 0, below = 0;
    for (const DealSummary &summary : book->deals().summaries()) {
        const QString &dealId = summary.deal.id;
        const QList<Offer> offers = book->worksheets().offers(dealId);
        if (offers.isEmpty())
            continue;
        const Offer &latest = offers.constLast();
        OfferBadges badges;
        const QList<Approval> decided = book->worksheets().approvals(latest.id);
        if (!decided.isEmpty() && decided.constLast().status != ApprovalStatus::Voided)
            badges.approval = decided.constLast().status;
        const std::optional<Plan> plan = book->worksheets().plan(dealId);
        if (plan && plan->walkAway.isValid() && plan->walkAway.currency() == latest.currency
            && !latest.lines.isEmpty()) {
            Offer net = latest;
            net.taxBasisPoints = 0;
            const Result<OfferTotals> totals = computeTotals(net);
            QVERIFY2(totals, qPrintable(totals.errorMessage()));
            badges.belowWalkAway = totals.value().netBeforeTax.minor() < plan->walkAway.minor();
        }
        if (badges.approval || badges.belowWalkAway)
            expected.insert(dealId, badges);
        approvals += badges.approval ? 1 : 0;
        below += badges.belowWalkAway ? 1 : 0;
    }
    // Not a vacuous comparison: the demo has both kinds of badge.
    QVERIFY(approvals > 0);
    QVERIFY(below > 0);

    OfferBadgeRead read(*book);
    const QHash<QString, OfferBadges> badges = read.take();
    QVERIFY(read.ranInBackground());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(badges.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(badges.size(), expected.size());
}

QTEST_GUILESS_MAIN(TestBoardReads)
#include "tst_boardreads.moc"
