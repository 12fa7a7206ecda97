#include "pipeline/staleness.h"

#include "util/clock.h"

#include <QTest>

#include <ctime>

using namespace Sepakat;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Deal dealIn(Stage stage, const QDateTime &changedAt)
{
    Deal d;
    d.stage = stage;
    d.stageChangedAt = changedAt;
    return d;
}

} // namespace

class TestStaleness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void daysInStage_data();
    void daysInStage();
    void noStageDateIsNoNumber();
    void bulkCheckCutsAtLocalMidnight();
    void daysInStageFollowsTheClock();
    void stale_data();
    void stale();
    void staleFollowsTheClock();
};

// Local days are the point: fix the zone to western Indonesia (UTC+7, no daylight saving) so a
// change just before local midnight and a look just after it are one day apart while UTC still
// shows the same date.
void TestStaleness::initTestCase()
{
    qputenv("TZ", "Asia/Jakarta");
    tzset();
    QCOMPARE(at("2025-03-10T17:00:00Z").toLocalTime().date(), QDate(2025, 3, 11));
}

void TestStaleness::cleanup()
{
    Clock::install(nullptr);
}

void TestStaleness::daysInStage_data()
{
    QTest::addColumn<QDateTime>("changedAt");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("expected");
    QTest::newRow("same instant") << at("2025-03-10T03:00:00Z") << at("2025-03-10T03:00:00Z") << 0;
    QTest::newRow("most of one local day")
        << at("2025-03-09T18:00:00+07:00") << at("2025-03-09T23:59:00+07:00") << 0;
    QTest::newRow("across local midnight, same UTC date")
        << at("2025-03-10T16:30:00Z") << at("2025-03-10T17:30:00Z") << 1;
    QTest::newRow("across UTC midnight, same local date")
        << at("2025-03-09T23:30:00Z") << at("2025-03-10T16:00:00Z") << 0;
    QTest::newRow("two weeks") << at("2025-03-01T09:00:00+07:00") << at("2025-03-15T08:00:00+07:00")
                               << 14;
    QTest::newRow("across a year") << at("2024-03-01T09:00:00+07:00")
                                   << at("2025-03-01T09:00:00+07:00") << 365;
    QTest::newRow("changed in the future counts as 0")
        << at("2025-03-20T09:00:00Z") << at("2025-03-10T09:00:00Z") << 0;
}

void TestStaleness::daysInStage()
{
    QFETCH(QDateTime, changedAt);
    QFETCH(QDateTime, now);
    QFETCH(int, expected);
    QCOMPARE(Sepakat::daysInStage(dealIn(Stage::Proposal, changedAt), now), std::optional(expected));
}

void TestStaleness::noStageDateIsNoNumber()
{
    const Deal deal = dealIn(Stage::Prospect, QDateTime());
    QCOMPARE(Sepakat::daysInStage(deal, at("2025-03-10T03:00:00Z")), std::nullopt);
    QVERIFY(!isStale(deal, StageTable(), at("2025-03-10T03:00:00Z")));
    QVERIFY(!StaleCheck(StageTable(), at("2025-03-10T03:00:00Z")).isStale(deal));
}

void TestStaleness::bulkCheckCutsAtLocalMidnight()
{
    // Prospect goes stale after 14 days: on 2025-03-20 (Jakarta), a change on 03-05 at 23:59
    // local is 15 days old, one on 03-06 at 00:00 local only 14.
    const QDateTime now = at("2025-03-20T08:00:00+07:00");
    const StaleCheck check(StageTable(), now);
    const Deal older = dealIn(Stage::Prospect, at("2025-03-05T23:59:00+07:00"));
    const Deal newer = dealIn(Stage::Prospect, at("2025-03-06T00:00:00+07:00"));
    QVERIFY(check.isStale(older));
    QVERIFY(isStale(older, StageTable(), now));
    QVERIFY(!check.isStale(newer));
    QVERIFY(!isStale(newer, StageTable(), now));
}

void TestStaleness::daysInStageFollowsTheClock()
{
    FixedClock clock(at("2025-03-10T10:00:00+07:00"));
    Clock::install(&clock);
    const Deal deal = dealIn(Stage::Qualified, at("2025-03-08T10:00:00+07:00"));
    QCOMPARE(Sepakat::daysInStage(deal), std::optional(2));
    clock.advanceDays(5);
    QCOMPARE(Sepakat::daysInStage(deal), std::optional(7));
}

void TestStaleness::stale_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("staleDays");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("expected");
    QTest::newRow("fresh") << Stage::Prospect << 14 << 3 << false;
    QTest::newRow("at the threshold still fresh") << Stage::Prospect << 14 << 14 << false;
    QTest::newRow("one day past") << Stage::Prospect << 14 << 15 << true;
    QTest::newRow("negotiation past") << Stage::Negotiation << 7 << 30 << true;
    QTest::newRow("0 means never") << Stage::Proposal << 0 << 1000 << false;
    QTest::newRow("won never") << Stage::Won << 5 << 100 << false;
    QTest::newRow("lost never") << Stage::Lost << 5 << 100 << false;
}

void TestStaleness::stale()
{
    QFETCH(Stage, stage);
    QFETCH(int, staleDays);
    QFETCH(int, days);
    QFETCH(bool, expected);
    StageTable stages;
    stages.setSetting(stage, {stages.setting(stage).probabilityBasisPoints, staleDays});
    const QDateTime now = at("2025-06-30T12:00:00+07:00");
    for (const int minutes : {-600, -1, 0, 1, 600}) {
        const Deal deal = dealIn(stage, now.addDays(-days).addSecs(minutes * 60));
        QCOMPARE(isStale(deal, stages, now), expected);
        QCOMPARE(StaleCheck(stages, now).isStale(deal), expected);
    }
}

void TestStaleness::staleFollowsTheClock()
{
    FixedClock clock(at("2025-03-01T09:00:00+07:00"));
    Clock::install(&clock);
    const Deal deal = dealIn(Stage::Prospect, clock.now()); // Prospect: 14 days by default
    clock.advanceDays(14);
    QVERIFY(!isStale(deal, StageTable()));
    clock.advanceDays(1);
    QVERIFY(isStale(deal, StageTable()));
}

QTEST_GUILESS_MAIN(TestStaleness)
#include "tst_staleness.moc"
