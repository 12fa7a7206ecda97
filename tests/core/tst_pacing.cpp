#include "negotiation/pacing.h"

#include <QTest>

using namespace Sepakat;

class TestPacing : public QObject
{
    Q_OBJECT

private slots:
    void rounds_data();
    void rounds();
    void noPlanMeansNoRoom();
    void noRoomAtAll();
    void otherCurrencyIsAnError();
    void emptyLog();
    void messages();
};

namespace {

Money idr(qint64 v)
{
    return Money(v, QStringLiteral("IDR"));
}

// "us:1:-100000 them:1:50000 us:2:none": party, round and price delta ("none" for a concession
// that was not about price), so a whole log fits in one readable data cell.
QList<Concession> parseLog(const QString &text)
{
    QList<Concession> log;
    const QStringList entries = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u':');
        Concession c;
        c.id = QStringLiteral("c%1").arg(log.size() + 1);
        c.party = parts.at(0) == u"us" ? Party::Us : Party::Them;
        c.round = parts.at(1).toInt();
        c.change = QStringLiteral("Change %1").arg(log.size() + 1);
        if (parts.at(2) != u"none")
            c.priceDelta = idr(parts.at(2).toLongLong());
        log.append(c);
    }
    return log;
}

Plan plan(qint64 opening, qint64 walkAway)
{
    Plan p;
    p.opening = idr(opening);
    p.walkAway = idr(walkAway);
    return p;
}

} // namespace

void TestPacing::rounds_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<qint64>("opening");
    QTest::addColumn<qint64>("walkAway");
    QTest::addColumn<QList<int>>("conceding"); // rounds that gave something on price
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QList<int>>("flagged");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("share"); // -1: none
    QTest::addColumn<bool>("overRoom");

    // 100.000, 200.000, 300.000: rounds 2 and 3 each give more than the one before.
    // Room 1.500.000 - 1.000.000 = 500.000; total 600.000 = 120 % of it: over.
    QTest::newRow("three growing concessions")
        << QStringLiteral("us:1:-100000 us:2:-200000 us:3:-300000") << 1500000LL << 1000000LL
        << QList<int>{1, 2, 3} << QList<qint64>{100000, 200000, 300000} << QList<int>{2, 3}
        << 600000LL << 12000LL << true;
    // 300.000, 200.000, 100.000 shrink. Room 2.000.000 - 1.000.000; 600.000 = 60 %.
    QTest::newRow("shrinking concessions")
        << QStringLiteral("us:1:-300000 us:2:-200000 us:3:-100000") << 2000000LL << 1000000LL
        << QList<int>{1, 2, 3} << QList<qint64>{300000, 200000, 100000} << QList<int>{} << 600000LL
        << 6000LL << false;
    // As much as the one before counts: 200.000 after 200.000. 400.000 / 500.000 = 80 %.
    QTest::newRow("equal concession is flagged")
        << QStringLiteral("us:1:-200000 us:2:-200000") << 1500000LL << 1000000LL << QList<int>{1, 2}
        << QList<qint64>{200000, 200000} << QList<int>{2} << 400000LL << 8000LL << false;
    // Round 1: 100.000 + 50.000 = 150.000; round 2: 100.000 + 60.000 = 160.000 >= 150.000.
    // 310.000 / 500.000 = 62 %.
    QTest::newRow("summed per round")
        << QStringLiteral("us:1:-100000 us:1:-50000 us:2:-100000 us:2:-60000") << 1500000LL
        << 1000000LL << QList<int>{1, 2} << QList<qint64>{150000, 160000} << QList<int>{2}
        << 310000LL << 6200LL << false;
    // Their moves and our non-price moves do not count: 200.000 then 100.000. 300.000 = 60 %.
    QTest::newRow("their and non-price concessions ignored")
        << QStringLiteral("them:1:50000 us:1:-200000 us:2:none them:2:-900000 us:2:-100000")
        << 1500000LL << 1000000LL << QList<int>{1, 2} << QList<qint64>{200000, 100000}
        << QList<int>{} << 300000LL << 6000LL << false;
    // Round 2 raised the price by 50.000: not a conceding round, so round 3 (200.000) is
    // compared with round 1 (200.000) and flagged. Total 200.000 - 50.000 + 200.000 = 350.000,
    // 70 % of 500.000.
    QTest::newRow("compared with the previous conceding round")
        << QStringLiteral("us:1:-200000 us:2:50000 us:3:-200000") << 1500000LL << 1000000LL
        << QList<int>{1, 3} << QList<qint64>{200000, 200000} << QList<int>{3} << 350000LL << 7000LL
        << false;
    // Rounds are ordered by number, not by log order: 300.000, 200.000, 100.000.
    QTest::newRow("log out of round order")
        << QStringLiteral("us:3:-100000 us:1:-300000 us:2:-200000") << 2000000LL << 1000000LL
        << QList<int>{1, 2, 3} << QList<qint64>{300000, 200000, 100000} << QList<int>{} << 600000LL
        << 6000LL << false;
    // 300.000 + 200.000 = 500.000, exactly the room: 100 %, not over.
    QTest::newRow("exactly the room")
        << QStringLiteral("us:1:-300000 us:2:-200000") << 1500000LL << 1000000LL << QList<int>{1, 2}
        << QList<qint64>{300000, 200000} << QList<int>{} << 500000LL << 10000LL << false;
    // 500.001 is one rupiah over: the share still rounds to 100 % (500.001 x 10000 / 500.000 =
    // 10000,02), but the flag compares the amounts themselves.
    QTest::newRow("one rupiah over the room")
        << QStringLiteral("us:1:-300000 us:2:-200001") << 1500000LL << 1000000LL << QList<int>{1, 2}
        << QList<qint64>{300000, 200001} << QList<int>{} << 500001LL << 10000LL << true;
    // 1 / 3 of the room: 100.000 x 10000 / 300.000 = 3333,33 -> 3333.
    QTest::newRow("share rounds to a basis point")
        << QStringLiteral("us:1:-100000") << 1300000LL << 1000000LL << QList<int>{1}
        << QList<qint64>{100000} << QList<int>{} << 100000LL << 3333LL << false;
}

void TestPacing::rounds()
{
    QFETCH(QString, log);
    QFETCH(qint64, opening);
    QFETCH(qint64, walkAway);
    QFETCH(QList<int>, conceding);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<int>, flagged);
    QFETCH(qint64, total);
    QFETCH(qint64, share);
    QFETCH(bool, overRoom);

    const auto result = analyzePacing(parseLog(log), plan(opening, walkAway), QLocale::c());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QList<int> gotRounds;
    QList<qint64> gotAmounts;
    QList<int> growing;
    for (const RoundPriceConcession &r : result->rounds) {
        gotRounds.append(r.round);
        gotAmounts.append(r.amount.minor());
        if (r.growing)
            growing.append(r.round);
    }
    QCOMPARE(gotRounds, conceding);
    QCOMPARE(gotAmounts, amounts);
    QCOMPARE(result->flaggedRounds, flagged);
    QCOMPARE(growing, flagged);
    QCOMPARE(result->totalConceded, idr(total));
    QCOMPARE(result->room, idr(opening - walkAway));
    QCOMPARE(result->shareOfRoomBasisPoints,
             share < 0 ? std::nullopt : std::optional<qint64>(share));
    QCOMPARE(result->overRoom, overRoom);

    qsizetype growingWarnings = 0;
    for (const PacingWarning &w : result->warnings) {
        if (w.kind == PacingWarningKind::GrowingConcession)
            QCOMPARE(w.round, flagged.at(growingWarnings++));
        else
            QVERIFY(overRoom);
    }
    QCOMPARE(growingWarnings, flagged.size());
    QCOMPARE(result->warnings.size(), flagged.size() + (overRoom ? 1 : 0));
}

void TestPacing::noPlanMeansNoRoom()
{
    const auto result =
        analyzePacing(parseLog(QStringLiteral("us:1:-100000 us:2:-100000")), Plan());
    QVERIFY(result.ok());
    QCOMPARE(result->currency, QStringLiteral("IDR"));
    QCOMPARE(result->flaggedRounds, QList<int>{2});
    QCOMPARE(result->totalConceded, idr(200000));
    QVERIFY(!result->room.isValid());
    QVERIFY(!result->shareOfRoomBasisPoints);
    QVERIFY(!result->overRoom);
}

// Opening equal to walk-away leaves no room: any concession is over it, and there is no share.
void TestPacing::noRoomAtAll()
{
    const auto result =
        analyzePacing(parseLog(QStringLiteral("us:1:-1")), plan(1000000, 1000000), QLocale::c());
    QVERIFY(result.ok());
    QCOMPARE(result->room, idr(0));
    QVERIFY(!result->shareOfRoomBasisPoints);
    QVERIFY(result->overRoom);
    QCOMPARE(result->warnings.size(), 1);
    QCOMPARE(result->warnings.first().message,
             QStringLiteral("Conceded IDR 1 in total, but the opening (IDR 1,000,000) leaves no "
                            "room above the walk-away (IDR 1,000,000)."));
}

void TestPacing::otherCurrencyIsAnError()
{
    QList<Concession> log = parseLog(QStringLiteral("us:1:-100000 us:2:-50"));
    log[1].priceDelta = Money(-50, QStringLiteral("USD"));
    const auto result = analyzePacing(log, plan(1500000, 1000000));
    QVERIFY(!result.ok());
    QVERIFY(!result.errorMessage().isEmpty());
}

void TestPacing::emptyLog()
{
    const auto result = analyzePacing({}, plan(1500000, 1000000));
    QVERIFY(result.ok());
    QVERIFY(result->rounds.isEmpty());
    QCOMPARE(result->totalConceded, idr(0));
    QCOMPARE(result->shareOfRoomBasisPoints, std::optional<qint64>(0));
    QVERIFY(result->warnings.isEmpty());

    const auto nothing = analyzePacing({}, Plan());
    QVERIFY(nothing.ok());
    QVERIFY(nothing->currency.isEmpty());
    QVERIFY(!nothing->totalConceded.isValid());
}

void TestPacing::messages()
{
    const auto result =
        analyzePacing(parseLog(QStringLiteral("us:1:-100000 us:2:-200000 us:3:-300000")),
                      plan(1500000, 1000000), QLocale(QLocale::English));
    QVERIFY(result.ok());
    QCOMPARE(result->warnings.size(), 3);
    QCOMPARE(result->warnings.at(0).message,
             QStringLiteral("Round 2 gives IDR 200,000, as much as or more than the round before "
                            "(IDR 100,000): concessions should shrink."));
    QCOMPARE(result->warnings.at(2).message,
             QStringLiteral("Conceded IDR 600,000 in total, 120 % of the room between opening and "
                            "walk-away (IDR 500,000)."));
    QCOMPARE(pacingWarningKindKey(result->warnings.at(2).kind), QStringLiteral("over-room"));
}

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
