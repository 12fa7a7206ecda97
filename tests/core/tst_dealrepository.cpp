#include "samples.h"
#include "storage/repositories.h"
#include "tempbook.h"
#include "util/clock.h"

#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

class TestDealRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveAndFindRoundTrip();
    void newDealGetsIdAndTimes();
    void summariesCarryTheCustomerName();
    void stageMoveIsRecorded();
    void savingWithoutMoveKeepsStageTime();
    void unknownCustomerIsRefused();
    void invalidDealSavesNothing_data();
    void invalidDealSavesNothing();
    void removeTakesTheWorksheetAlong();

private:
    FixedClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<TempBook> m_temp;
    QString m_customerId;

    DealBook &book() { return m_temp->book(); }
};

void TestDealRepository::init()
{
    Clock::install(&m_clock);
    m_temp = std::make_unique<TempBook>();
    QVERIFY(m_temp->isValid());
    Customer customer = sampleCustomer();
    customer.id = QStringLiteral("c-1");
    m_customerId = customer.id;
    SEPAKAT_VERIFY_OK(book().customers().save(customer));
}

void TestDealRepository::cleanup()
{
    m_temp.reset();
    Clock::install(nullptr);
}

void TestDealRepository::saveAndFindRoundTrip()
{
    Deal deal = sampleDeal(m_customerId, Stage::Negotiation);
    deal.id = QStringLiteral("d-1");
    deal.stageChangedAt = QDateTime(QDate(2025, 2, 1), QTime(8, 0, 0, 125), Qt::UTC);
    deal.createdAt = QDateTime(QDate(2025, 1, 10), QTime(14, 5), Qt::UTC);
    deal.probabilityOverride = 6000;
    deal.lostReason = QStringLiteral("none yet");
    deal.proposalLanguage = QStringLiteral("en");
    deal.qualification.budgetNote = QStringLiteral("Approved in the 2025 plan");
    deal.qualification.authorityNote = QStringLiteral("CFO signs");
    deal.qualification.timingNote = QStringLiteral("Before Lebaran");
    SEPAKAT_VERIFY_OK(book().deals().save(deal));
    QCOMPARE(*book().deals().find(deal.id), deal);

    // Optional fields come back empty, not as zero or today.
    Deal sparse = sampleDeal(m_customerId);
    sparse.id = QStringLiteral("d-2");
    sparse.expectedClose = {};
    sparse.probabilityOverride.reset();
    sparse.value = Money(125'050, QStringLiteral("USD"));
    SEPAKAT_VERIFY_OK(book().deals().save(sparse));
    const Deal loaded = *book().deals().find(sparse.id);
    QVERIFY(!loaded.expectedClose.isValid());
    QVERIFY(!loaded.probabilityOverride);
    QCOMPARE(loaded.value, sparse.value);
    QCOMPARE(book().deals().count(), 2);
}

void TestDealRepository::newDealGetsIdAndTimes()
{
    SEPAKAT_VERIFY_OK(book().deals().save(sampleDeal(m_customerId)));
    const Deal stored = book().deals().summaries().first().deal;
    QVERIFY(!stored.id.isEmpty());
    QCOMPARE(stored.createdAt, m_clock.now());
    QCOMPARE(stored.stageChangedAt, m_clock.now());
    QCOMPARE(book().audit().recent(1).first().action, QStringLiteral("deal-created"));
    QCOMPARE(book().audit().recent(1).first().dealId, stored.id);
}

void TestDealRepository::summariesCarryTheCustomerName()
{
    Customer other = sampleCustomer(QStringLiteral("Straits Freight Logistics Pte Ltd"));
    other.id = QStringLiteral("c-2");
    SEPAKAT_VERIFY_OK(book().customers().save(other));
    SEPAKAT_VERIFY_OK(book().deals().save(sampleDeal(m_customerId)));
    Deal second = sampleDeal(other.id, Stage::Won);
    second.title = QStringLiteral("Freight tracking");
    SEPAKAT_VERIFY_OK(book().deals().save(second));
    const QList<DealSummary> summaries = book().deals().summaries();
    QCOMPARE(summaries.size(), 2);
    for (const DealSummary &s : summaries) {
        const QString expected = s.deal.customerId == other.id ? other.name
                                                               : QStringLiteral("PT Sinar Jaya Distribusi");
        QCOMPARE(s.customerName, expected);
        QCOMPARE(s.deal, *book().deals().find(s.deal.id));
    }
}

void TestDealRepository::stageMoveIsRecorded()
{
    Deal deal = sampleDeal(m_customerId, Stage::Proposal);
    deal.id = QStringLiteral("d-1");
    SEPAKAT_VERIFY_OK(book().deals().save(deal));
    m_clock.advanceDays(3);
    deal = *book().deals().find(deal.id);
    deal.stage = Stage::Negotiation;
    SEPAKAT_VERIFY_OK(book().deals().save(deal));

    const Deal moved = *book().deals().find(deal.id);
    QCOMPARE(moved.stageChangedAt, m_clock.now());
    const QList<AuditEvent> history = book().audit().forDeal(deal.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().action, QStringLiteral("deal-stage-moved"));
    QVERIFY(history.first().detail.contains(QLatin1String("proposal")));
    QVERIFY(history.first().detail.contains(QLatin1String("negotiation")));
    QCOMPARE(history.first().at, m_clock.now());
}

void TestDealRepository::savingWithoutMoveKeepsStageTime()
{
    Deal deal = sampleDeal(m_customerId);
    deal.id = QStringLiteral("d-1");
    SEPAKAT_VERIFY_OK(book().deals().save(deal));
    const QDateTime first = m_clock.now();
    m_clock.advanceDays(5);
    deal = *book().deals().find(deal.id);
    deal.title = QStringLiteral("CRM roll-out, phase 1");
    SEPAKAT_VERIFY_OK(book().deals().save(deal));
    const Deal stored = *book().deals().find(deal.id);
    QCOMPARE(stored.stageChangedAt, first);
    QCOMPARE(stored.createdAt, first);
    QCOMPARE(book().audit().recent(1).first().action, QStringLiteral("deal-saved"));
}

void TestDealRepository::unknownCustomerIsRefused()
{
    const Status status = book().deals().save(sampleDeal(QStringLiteral("no-such-customer")));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, QStringLiteral("customerId"));
    QCOMPARE(book().deals().count(), 0);
}

void TestDealRepository::invalidDealSavesNothing_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty title") << 0 << "title";
    QTest::newRow("no currency") << 1 << "value";
    QTest::newRow("probability above 100 %") << 2 << "probability";
    QTest::newRow("score out of range") << 3 << "qualification.need";
}

void TestDealRepository::invalidDealSavesNothing()
{
    QFETCH(int, breakage);
    QFETCH(QString, field);
    Deal deal = sampleDeal(m_customerId);
    switch (breakage) {
    case 0:
        deal.title = QStringLiteral(" ");
        break;
    case 1:
        deal.value = Money();
        break;
    case 2:
        deal.probabilityOverride = 10001;
        break;
    default:
        deal.qualification.need = 4;
    }
    const qint64 eventsBefore = book().audit().count();
    const Status status = book().deals().save(deal);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, field);
    QCOMPARE(book().deals().count(), 0);
    QCOMPARE(book().audit().count(), eventsBefore);
}

void TestDealRepository::removeTakesTheWorksheetAlong()
{
    Deal deal = sampleDeal(m_customerId);
    deal.id = QStringLiteral("d-1");
    SEPAKAT_VERIFY_OK(book().deals().save(deal));
    Need need;
    need.description = QStringLiteral("Orders re-typed into the ERP");
    SEPAKAT_VERIFY_OK(book().worksheets().saveNeeds(deal.id, {need}));
    Plan plan;
    plan.dealId = deal.id;
    plan.target = Money(450'000'000, QStringLiteral("IDR"));
    SEPAKAT_VERIFY_OK(book().worksheets().savePlan(plan));

    SEPAKAT_VERIFY_OK(book().deals().remove(deal.id));
    QCOMPARE(book().deals().count(), 0);
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM needs")), 0);
    QCOMPARE(countRows(book(), QStringLiteral("SELECT COUNT(*) FROM plans")), 0);
    // The history outlives the deal.
    QCOMPARE(book().audit().forDeal(deal.id).first().action, QStringLiteral("deal-removed"));
    QVERIFY(!book().deals().remove(deal.id).ok());
}

QTEST_GUILESS_MAIN(TestDealRepository)
#include "tst_dealrepository.moc"
