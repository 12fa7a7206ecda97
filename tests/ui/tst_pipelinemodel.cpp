#include "uitest.h"

#include "pipeline/amounttext.h"
#include "pipeline/pipelinemodel.h"
#include "pipeline/stagecolumnmodel.h"
#include "settings/ratetablemodel.h"
#include "storage/repositories.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace Sepakat;
using namespace Sepakat::UiTest;

namespace {

const QString kIdr = QStringLiteral("IDR");

QString id(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestPipelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Clock::install(nullptr); }
    void init();
    void cleanup();

    void rolesDescribeTheCard();
    void badgesComeFromTheLatestOffer();
    void staleFollowsTheStageTable();
    void columnKeepsTheBoardOrder();
    void updateInPlaceMovesBetweenColumns();
    void mimeDataCarriesDealIds();
    void searchIndexCoversContacts();
    void shortAmounts_data();
    void shortAmounts();
    void rateEditorReadsAndRefuses();

private:
    void seed();
    void addOffer(const char *dealId, int version, qint64 unitPrice,
                  std::optional<ApprovalStatus> approval);

    FixedClock m_clock{QDateTime(QDate(2025, 6, 15), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<DealBook> m_book;
    std::unique_ptr<PipelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPipelineModel::initTestCase()
{
    isolateSettings();
    Clock::install(&m_clock);
}

void TestPipelineModel::init()
{
    static int counter = 0;
    m_book = createBook(m_dir, QStringLiteral("model%1").arg(++counter));
    QVERIFY(m_book);
    seed();
    m_model = std::make_unique<PipelineModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->load(m_book.get());
}

void TestPipelineModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_book.reset();
}

void TestPipelineModel::seed()
{
    Customer customer;
    customer.id = id("c1");
    customer.name = QStringLiteral("PT Maju Surabaya");
    customer.contacts = {Contact{id("k1"), QStringLiteral("Ana Gómez"), {}, {}, {}}};
    QVERIFY(m_book->customers().save(customer));

    const auto deal = [&](const char *dealId, Stage stage, QDate close, int daysAgo) {
        Deal d;
        d.id = id(dealId);
        d.customerId = id("c1");
        d.title = QStringLiteral("Deal ") + id(dealId);
        d.stage = stage;
        d.value = Money(100'000'000, kIdr);
        d.owner = QStringLiteral("Dewi");
        d.expectedClose = close;
        d.stageChangedAt = m_clock.now().addDays(-daysAgo);
        if (stage == Stage::Lost)
            d.lostReason = QStringLiteral("Price");
        QVERIFY2(m_book->deals().save(d), dealId);
    };
    deal("a", Stage::Prospect, {2025, 8, 1}, 3);
    deal("b", Stage::Prospect, {2025, 7, 1}, 40); // Prospect goes stale after 30 days by default
    deal("c", Stage::Prospect, {}, 1);
    deal("d", Stage::Qualified, {2025, 7, 15}, 2);
    deal("e", Stage::Lost, {2025, 5, 1}, 400);

    // a: approved round 1, then round 2 pending → pending; below its walk-away.
    addOffer("a", 1, 90'000'000, ApprovalStatus::Approved);
    addOffer("a", 2, 70'000'000, ApprovalStatus::Pending);
    // d: rejected, above walk-away.
    addOffer("d", 1, 95'000'000, ApprovalStatus::Rejected);
    for (const char *dealId : {"a", "d"}) {
        Plan plan;
        plan.dealId = id(dealId);
        plan.target = Money(100'000'000, kIdr);
        plan.walkAway = Money(80'000'000, kIdr);
        QVERIFY2(m_book->worksheets().savePlan(plan),
                 qPrintable(m_book->worksheets().savePlan(plan).errorMessage()));
    }
}

void TestPipelineModel::addOffer(const char *dealId, int version, qint64 unitPrice,
                                 std::optional<ApprovalStatus> approval)
{
    Offer offer;
    offer.id = id(dealId) + u"-o" + QString::number(version);
    offer.dealId = id(dealId);
    offer.version = version;
    offer.currency = kIdr;
    OfferLine line;
    line.description = QStringLiteral("Licences");
    line.quantityMilli = 1000;
    line.unitPrice = Money(unitPrice, kIdr);
    line.unitCost = Money(0, kIdr);
    offer.lines = {line};
    const Status saved = m_book->worksheets().saveOffer(offer);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    if (!approval)
        return;
    Approval a;
    a.offerId = offer.id;
    a.offerVersion = version;
    a.status = *approval;
    a.requestedAt = m_clock.now().addDays(-5 + version);
    if (*approval != ApprovalStatus::Pending) {
        a.reviewer = QStringLiteral("Hendra");
        a.comment = QStringLiteral("Margin too thin");
        a.decidedAt = a.requestedAt.addSecs(3600);
    }
    const Status approved = m_book->worksheets().saveApproval(a);
    QVERIFY2(approved, qPrintable(approved.errorMessage()));
}

void TestPipelineModel::rolesDescribeTheCard()
{
    QCOMPARE(m_model->rowCount(), 5);
    const QModelIndex a = m_model->index(m_model->rowOf(id("a")));
    QCOMPARE(a.data(PipelineModel::CustomerRole).toString(), QStringLiteral("PT Maju Surabaya"));
    QCOMPARE(a.data(PipelineModel::TitleRole).toString(), QStringLiteral("Deal a"));
    QCOMPARE(a.data(PipelineModel::StageRole).toInt(), int(Stage::Prospect));
    QCOMPARE(a.data(PipelineModel::ProbabilityRole).toInt(), 1000);
    QCOMPARE(a.data(PipelineModel::ExpectedCloseRole).toDate(), QDate(2025, 8, 1));
    QCOMPARE(a.data(PipelineModel::DaysInStageRole).toInt(), 3);
    QCOMPARE(a.data(PipelineModel::OwnerRole).toString(), QStringLiteral("Dewi"));
    QVERIFY(!a.data(PipelineModel::ValueTextRole).toString().isEmpty());
    QCOMPARE(m_model->index(m_model->rowOf(id("e"))).data(PipelineModel::LostReasonRole).toString(),
             QStringLiteral("Price"));
    QCOMPARE(m_model->owners(), QStringList{QStringLiteral("Dewi")});
    QVERIFY(m_model->roleNames().contains(PipelineModel::BelowWalkAwayRole));
}

void TestPipelineModel::badgesComeFromTheLatestOffer()
{
    const auto badge = [&](const char *dealId) {
        return PipelineModel::ApprovalBadge(
            m_model->index(m_model->rowOf(id(dealId))).data(PipelineModel::ApprovalRole).toInt());
    };
    const auto below = [&](const char *dealId) {
        return m_model->index(m_model->rowOf(id(dealId)))
            .data(PipelineModel::BelowWalkAwayRole)
            .toBool();
    };
    QCOMPARE(badge("a"), PipelineModel::ApprovalBadge::Pending);
    QCOMPARE(badge("d"), PipelineModel::ApprovalBadge::Rejected);
    QCOMPARE(badge("b"), PipelineModel::ApprovalBadge::None);
    QVERIFY(below("a"));  // 70 jt net against an 80 jt walk-away
    QVERIFY(!below("d")); // 95 jt
    QVERIFY(!below("b")); // no offer, no plan
}

void TestPipelineModel::staleFollowsTheStageTable()
{
    const auto stale = [&](const char *dealId) {
        return m_model->index(m_model->rowOf(id(dealId))).data(PipelineModel::StaleRole).toBool();
    };
    QVERIFY(stale("b"));
    QVERIFY(!stale("a"));
    QVERIFY(!stale("e")); // closed deals are never stale
}

void TestPipelineModel::columnKeepsTheBoardOrder()
{
    StageColumnModel column(m_model.get(), Stage::Prospect);
    QAbstractItemModelTester tester(&column, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<int> rows;
    for (const int row : m_model->rowsInOrder()) {
        if (m_model->deal(row).stage == Stage::Prospect)
            rows.push_back(row);
    }
    column.setSourceRows(rows);
    QStringList ids;
    for (int r = 0; r < column.rowCount(); ++r)
        ids << column.index(r).data(PipelineModel::DealIdRole).toString();
    // Soonest close first, undated last.
    QCOMPARE(ids, (QStringList{id("b"), id("a"), id("c")}));
    QCOMPARE(column.rowOfSource(m_model->rowOf(id("a"))), 1);
    QCOMPARE(column.rowOfSource(m_model->rowOf(id("d"))), -1);
    QVERIFY(column.flags({}).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(column.flags(column.index(0)).testFlag(Qt::ItemIsDragEnabled));
}

void TestPipelineModel::updateInPlaceMovesBetweenColumns()
{
    StageColumnModel prospect(m_model.get(), Stage::Prospect);
    StageColumnModel qualified(m_model.get(), Stage::Qualified);
    QAbstractItemModelTester t1(&prospect, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&qualified, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::array<std::vector<int>, kStageCount> rows;
    for (const int row : m_model->rowsInOrder())
        rows[size_t(m_model->deal(row).stage)].push_back(row);
    prospect.setSourceRows(rows[0]);
    qualified.setSourceRows(rows[1]);

    QSignalSpy changed(m_model.get(), &PipelineModel::dealChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int row = m_model->rowOf(id("a"));
    Deal moved = m_model->deal(row);
    moved.stage = Stage::Qualified;
    m_model->updateDeal(moved);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).value<Stage>(), Stage::Prospect);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowOf(id("a")), row);

    prospect.removeSourceRow(row);
    QCOMPARE(qualified.insertSourceRow(row), 1); // after d (15 July), before nothing later
    QCOMPARE(prospect.rowCount(), 2);
    QCOMPARE(qualified.rowCount(), 2);
    QCOMPARE(qualified.index(1).data(PipelineModel::StageRole).toInt(), int(Stage::Qualified));
}

void TestPipelineModel::mimeDataCarriesDealIds()
{
    StageColumnModel prospect(m_model.get(), Stage::Prospect);
    StageColumnModel qualified(m_model.get(), Stage::Qualified);
    prospect.setSourceRows({m_model->rowOf(id("a")), m_model->rowOf(id("b"))});
    std::unique_ptr<QMimeData> mime(prospect.mimeData({prospect.index(0), prospect.index(1)}));
    QVERIFY(mime);
    QCOMPARE(PipelineModel::dealIdsFrom(mime.get()), (QStringList{id("a"), id("b")}));

    QSignalSpy requested(&qualified, &StageColumnModel::dropRequested);
    QVERIFY(qualified.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    // Nothing is inserted by the drop itself: the page moves the deals.
    QVERIFY(!qualified.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(), (QStringList{id("a"), id("b")}));
    QCOMPARE(requested.at(0).at(1).value<Stage>(), Stage::Qualified);

    QMimeData foreign;
    foreign.setText(QStringLiteral("a"));
    QVERIFY(!qualified.canDropMimeData(&foreign, Qt::MoveAction, -1, -1, {}));
}

void TestPipelineModel::searchIndexCoversContacts()
{
    QCOMPARE(m_model->searchIndex().size(), 5);
    QCOMPARE(m_model->searchIndex().matching(foldedSearchWords(u"gomez")).size(), size_t(5));
    QCOMPARE(m_model->searchIndex().matching(foldedSearchWords(u"SURABAYA gómez")).size(),
             size_t(5));
    QVERIFY(m_model->searchIndex().matching(foldedSearchWords(u"bogota")).empty());
}

void TestPipelineModel::shortAmounts_data()
{
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id rb") << qint64(250'000) << "id" << QStringLiteral("250 rb");
    QTest::newRow("id jt") << qint64(1'500'000) << "id" << QStringLiteral("1,5 jt");
    QTest::newRow("id M") << qint64(12'000'000'000) << "id" << QStringLiteral("12 M");
    QTest::newRow("en K") << qint64(250'000) << "en" << QStringLiteral("250K");
    QTest::newRow("en M") << qint64(1'500'000) << "en" << QStringLiteral("1.5M");
    QTest::newRow("en B") << qint64(12'000'000'000) << "en" << QStringLiteral("12B");
    QTest::newRow("small") << qint64(950) << "en" << QStringLiteral("950");
    QTest::newRow("round up") << qint64(9'960'000) << "en" << QStringLiteral("10M");
}

void TestPipelineModel::shortAmounts()
{
    QFETCH(qint64, whole);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QLocale locale(language == u"id" ? QLocale::Indonesian : QLocale::English);
    QCOMPARE(AmountText::shortNumber(whole, locale), expected);
}

void TestPipelineModel::rateEditorReadsAndRefuses()
{
    RateTableModel rates;
    QAbstractItemModelTester tester(&rates, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rates.setRates({{QStringLiteral("USD"), 15'800'000'000}}, kIdr);
    QCOMPARE(rates.rowCount(), 1);
    QCOMPARE(rates.rates().value().value(QStringLiteral("USD")), 15'800'000'000);

    const int row = rates.addRow();
    QVERIFY(rates.setData(rates.index(row, RateTableModel::CurrencyColumn), QStringLiteral("sgd")));
    QVERIFY(rates.setData(rates.index(row, RateTableModel::RateColumn), QStringLiteral("11650.5")));
    QCOMPARE(rates.rates().value().value(QStringLiteral("SGD")), 11'650'500'000);

    QVERIFY(rates.setData(rates.index(row, RateTableModel::RateColumn), QStringLiteral("0")));
    QVERIFY(!rates.rates()); // a rate must be above zero
    QVERIFY(rates.setData(rates.index(row, RateTableModel::RateColumn), QStringLiteral("1.0000001")));
    QVERIFY(!rates.rates()); // at most millionths
    QVERIFY(rates.setData(rates.index(row, RateTableModel::CurrencyColumn), kIdr));
    QVERIFY(rates.setData(rates.index(row, RateTableModel::RateColumn), QStringLiteral("1")));
    QVERIFY(!rates.rates()); // the book currency needs none
    rates.removeRow(row);
    QVERIFY(rates.rates());
    QCOMPARE(RateTableModel::formatMicro(15'800'500'000), QStringLiteral("15,800.5"));
}

QTEST_MAIN(TestPipelineModel)
#include "tst_pipelinemodel.moc"
