#include "pipeline/pipelinetotals.h"

#include <QTest>

#include <limits>

using namespace Sepakat;

namespace {

const QString kIdr = QStringLiteral("IDR");
const QMap<QString, qint64> kRates = {{QStringLiteral("USD"), 15'800'000'000}};

Deal deal(Stage stage, qint64 minor, const QString &currency, QDate close = {},
          std::optional<int> probabilityOverride = std::nullopt)
{
    Deal d;
    d.stage = stage;
    d.value = Money(minor, currency);
    d.expectedClose = close;
    d.probabilityOverride = probabilityOverride;
    return d;
}

Money idr(qint64 minor)
{
    return Money(minor, kIdr);
}

} // namespace

class TestPipelineTotals : public QObject
{
    Q_OBJECT

private slots:
    void columnTotals();
    void summariesAndDealsAgree();
    void builderFollowsAFilter();
    void overflowIsReportedNotWrapped();
    void forecastMonths();
    void forecastAcrossTheYearEnd();
    void forecastOfNoMonths();
};

void TestPipelineTotals::columnTotals()
{
    const QList<Deal> deals = {
        deal(Stage::Prospect, 10'000'000, kIdr),            // 10 %: 1,000,000
        deal(Stage::Prospect, 100'000, QStringLiteral("USD")), // 15,800,000; 10 %: 1,580,000
        deal(Stage::Prospect, 50'000, QStringLiteral("SGD")),  // no rate: apart
        // 3,333,333 * 33.33 % + 1 * 50 % = 1,111,000.3889 rounded once -> 1,111,000
        // (rounding each deal would give 1,111,000 + 1 = 1,111,001).
        deal(Stage::Proposal, 3'333'333, kIdr, {}, 3333),
        deal(Stage::Proposal, 1, kIdr),
        deal(Stage::Negotiation, 1, QStringLiteral("USD")), // 158 * 75 % = 118.5 -> 119
        deal(Stage::Won, 2'000'000, kIdr),
        deal(Stage::Lost, 10'000, QStringLiteral("SGD")),
        deal(Stage::Lost, 5'000'000, kIdr),
        deal(Stage::Lost, 100, QStringLiteral("GBP")),
    };
    const PipelineTotals totals = pipelineTotals(deals, StageTable(), kIdr, kRates);

    QCOMPARE(totals.currency, kIdr);
    const StageTotals &prospect = totals[Stage::Prospect];
    QCOMPARE(prospect.count, 3);
    QCOMPARE(prospect.total, idr(25'800'000));
    QCOMPARE(prospect.weighted, idr(2'580'000));
    QCOMPARE(prospect.missingRate.count, 1);
    QCOMPARE(prospect.missingRate.currencies, QStringList{QStringLiteral("SGD")});
    QVERIFY(!prospect.overflow);

    const StageTotals &qualified = totals[Stage::Qualified];
    QCOMPARE(qualified.count, 0);
    QCOMPARE(qualified.total, idr(0));
    QCOMPARE(qualified.weighted, idr(0));
    QVERIFY(qualified.missingRate.isEmpty());

    QCOMPARE(totals[Stage::Proposal].count, 2);
    QCOMPARE(totals[Stage::Proposal].total, idr(3'333'334));
    QCOMPARE(totals[Stage::Proposal].weighted, idr(1'111'000));

    QCOMPARE(totals[Stage::Negotiation].total, idr(158));
    QCOMPARE(totals[Stage::Negotiation].weighted, idr(119));

    QCOMPARE(totals[Stage::Won].total, idr(2'000'000));
    QCOMPARE(totals[Stage::Won].weighted, idr(2'000'000));

    const StageTotals &lost = totals[Stage::Lost];
    QCOMPARE(lost.count, 3);
    QCOMPARE(lost.total, idr(5'000'000));
    QCOMPARE(lost.weighted, idr(0));
    QCOMPARE(lost.missingRate.count, 2);
    QCOMPARE(lost.missingRate.currencies,
             (QStringList{QStringLiteral("GBP"), QStringLiteral("SGD")}));

    QCOMPARE(totals.missingRateCount(), 3);
    QVERIFY(!totals.overflow());
}

void TestPipelineTotals::summariesAndDealsAgree()
{
    QList<DealSummary> summaries;
    summaries.append({deal(Stage::Qualified, 4'000'000, kIdr, {}, 5000), QStringLiteral("PT A")});
    summaries.append({deal(Stage::Qualified, 250, QStringLiteral("USD")), QStringLiteral("PT B")});
    const PipelineTotals totals = pipelineTotals(summaries, StageTable(), kIdr, kRates);
    // 4,000,000 + 2.50 USD (39,500); weighted 2,000,000 + 39,500 * 25 % (9,875).
    QCOMPARE(totals[Stage::Qualified].count, 2);
    QCOMPARE(totals[Stage::Qualified].total, idr(4'039'500));
    QCOMPARE(totals[Stage::Qualified].weighted, idr(2'009'875));
}

void TestPipelineTotals::builderFollowsAFilter()
{
    const QList<Deal> deals = {deal(Stage::Proposal, 1'000, kIdr),
                               deal(Stage::Proposal, 3'000, kIdr)};
    StageTable stages;
    stages.setSetting(Stage::Proposal, {4000, 21});
    PipelineTotalsBuilder builder(stages, kIdr, kRates);
    builder.add(deals.at(1));
    const PipelineTotals totals = builder.result();
    QCOMPARE(totals[Stage::Proposal].count, 1);
    QCOMPARE(totals[Stage::Proposal].total, idr(3'000));
    QCOMPARE(totals[Stage::Proposal].weighted, idr(1'200)); // the book's 40 %, not the default
}

void TestPipelineTotals::overflowIsReportedNotWrapped()
{
    const qint64 half = std::numeric_limits<qint64>::max() / 2 + 1;
    const QList<Deal> deals = {
        deal(Stage::Prospect, half, kIdr),
        deal(Stage::Prospect, half, kIdr),
        deal(Stage::Qualified, std::numeric_limits<qint64>::max(), QStringLiteral("USD")),
        deal(Stage::Qualified, 7, kIdr),
        deal(Stage::Won, half, kIdr),
    };
    const PipelineTotals totals = pipelineTotals(deals, StageTable(), kIdr, kRates);
    QVERIFY(totals.overflow());
    QVERIFY(totals[Stage::Prospect].overflow);
    QVERIFY(!totals[Stage::Prospect].total.isValid());
    QVERIFY(!totals[Stage::Prospect].weighted.isValid());
    QCOMPARE(totals[Stage::Prospect].count, 2);
    QVERIFY(totals[Stage::Qualified].overflow);
    QVERIFY(!totals[Stage::Qualified].total.isValid());
    QCOMPARE(totals[Stage::Qualified].count, 2);
    QVERIFY(!totals[Stage::Won].overflow);
    QCOMPARE(totals[Stage::Won].total, idr(half));
    QCOMPARE(totals[Stage::Won].weighted, idr(half));
}

void TestPipelineTotals::forecastMonths()
{
    const QList<Deal> deals = {
        deal(Stage::Prospect, 1'000'000, kIdr, QDate(2025, 3, 31)),       // 100,000 in March
        deal(Stage::Negotiation, 10'000, QStringLiteral("USD"), QDate(2025, 3, 1)), // 1,185,000
        deal(Stage::Proposal, 1'000, QStringLiteral("SGD"), QDate(2025, 4, 10)),   // no rate
        deal(Stage::Qualified, 2'000'000, kIdr, QDate(2025, 5, 31), 4000), // 800,000 in May
        deal(Stage::Won, 9'999, kIdr, QDate(2025, 4, 1)),                  // closed: left out
        deal(Stage::Lost, 9'999, kIdr, QDate(2025, 4, 1)),                 // closed: left out
        deal(Stage::Prospect, 5'000, kIdr, QDate(2025, 2, 28)),            // before
        deal(Stage::Prospect, 5'000, kIdr, QDate(2025, 6, 1)),             // after
        deal(Stage::Qualified, 5'000, kIdr),                               // undated
        deal(Stage::Won, 5'000, kIdr),                                     // closed, undated
    };
    const Forecast forecast =
        forecastByMonth(deals, StageTable(), kIdr, kRates, QDate(2025, 3, 15), 3);

    QCOMPARE(forecast.currency, kIdr);
    QCOMPARE(forecast.months.size(), 3);
    QCOMPARE(forecast.months.at(0).month, QDate(2025, 3, 1));
    QCOMPARE(forecast.months.at(0).count, 2);
    QCOMPARE(forecast.months.at(0).weighted, idr(1'285'000));
    QCOMPARE(forecast.months.at(1).month, QDate(2025, 4, 1));
    QCOMPARE(forecast.months.at(1).count, 1);
    QCOMPARE(forecast.months.at(1).weighted, idr(0));
    QCOMPARE(forecast.months.at(2).month, QDate(2025, 5, 1));
    QCOMPARE(forecast.months.at(2).count, 1);
    QCOMPARE(forecast.months.at(2).weighted, idr(800'000));
    QCOMPARE(forecast.earlierCount, 1);
    QCOMPARE(forecast.laterCount, 1);
    QCOMPARE(forecast.undatedCount, 1);
    QCOMPARE(forecast.missingRate.count, 1);
    QCOMPARE(forecast.missingRate.currencies, QStringList{QStringLiteral("SGD")});
    QVERIFY(!forecast.overflow);
}

void TestPipelineTotals::forecastAcrossTheYearEnd()
{
    const QList<Deal> deals = {deal(Stage::Proposal, 3'000, kIdr, QDate(2026, 1, 15)),
                               deal(Stage::Proposal, 1'000, kIdr, QDate(2025, 11, 1))};
    const Forecast forecast = forecastByMonth(deals, StageTable(), kIdr, kRates, QDate(2025, 11, 30));
    QCOMPARE(forecast.months.size(), 12);
    QCOMPARE(forecast.months.at(0).month, QDate(2025, 11, 1));
    QCOMPARE(forecast.months.at(0).weighted, idr(500));
    QCOMPARE(forecast.months.at(2).month, QDate(2026, 1, 1));
    QCOMPARE(forecast.months.at(2).weighted, idr(1'500));
    QCOMPARE(forecast.months.at(11).month, QDate(2026, 10, 1));
    QCOMPARE(forecast.months.at(11).weighted, idr(0));
}

void TestPipelineTotals::forecastOfNoMonths()
{
    const QList<Deal> deals = {deal(Stage::Proposal, 3'000, kIdr, QDate(2025, 1, 15))};
    const Forecast forecast = forecastByMonth(deals, StageTable(), kIdr, kRates, QDate(2025, 1, 1), 0);
    QVERIFY(forecast.months.isEmpty());
    QCOMPARE(forecast.laterCount, 1);
}

QTEST_GUILESS_MAIN(TestPipelineTotals)
#include "tst_pipelinetotals.moc"
