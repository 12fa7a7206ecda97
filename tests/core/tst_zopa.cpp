#include "negotiation/zopa.h"

#include <QTest>
#include <limits>

using namespace Sepakat;

class TestZopa : public QObject
{
    Q_OBJECT

private slots:
    void axisZoneAndWarnings_data();
    void axisZoneAndWarnings();
    void pointsComeInKindOrder();
    void nothingSetGivesNoAxis();
    void narrowSpanGetsOneMajorUnit();
    void otherCurrencyIsLeftOff();
    void messagesCarryFormattedAmounts();
};

namespace {

constexpr qint64 kUnset = std::numeric_limits<qint64>::min();

Money idr(qint64 v)
{
    return v == kUnset ? Money() : Money(v, QStringLiteral("IDR"));
}

Plan plan(qint64 walkAway, qint64 target, qint64 opening, qint64 theirs)
{
    Plan p;
    p.walkAway = idr(walkAway);
    p.target = idr(target);
    p.opening = idr(opening);
    p.theirWalkAwayEstimate = idr(theirs);
    return p;
}

QStringList warningKeys(const ZopaAnalysis &a)
{
    QStringList keys;
    for (const ZopaWarning &w : a.warnings)
        keys.append(zopaWarningKindKey(w.kind));
    return keys;
}

} // namespace

void TestZopa::axisZoneAndWarnings_data()
{
    QTest::addColumn<qint64>("walkAway");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<qint64>("opening");
    QTest::addColumn<qint64>("theirs");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("axisMin");
    QTest::addColumn<qint64>("axisMax");
    QTest::addColumn<qint64>("zoneLow"); // kUnset: no zone
    QTest::addColumn<qint64>("zoneHigh");
    QTest::addColumn<QStringList>("warnings");

    // Points 1.000.000 .. 1.400.000: span 400.000, margin 10 % = 40.000 -> 960.000 .. 1.440.000.
    // Zone from our walk-away 1.000.000 up to their estimated limit 1.300.000.
    QTest::newRow("healthy plan") << 1000000LL << 1200000LL << 1400000LL << 1300000LL << 1250000LL
                                  << 960000LL << 1440000LL << 1000000LL << 1300000LL
                                  << QStringList();
    // Current 900.000 widens the span to 900.000 .. 1.400.000 = 500.000, margin 50.000.
    QTest::newRow("offer below walk-away")
        << 1000000LL << 1200000LL << 1400000LL << 1300000LL << 900000LL << 850000LL << 1450000LL
        << 1000000LL << 1300000LL << QStringList{QStringLiteral("offer-below-walk-away")};
    // 999.999 is one rupiah under: span 999.999 .. 1.400.000 = 400.001, margin 40.000 (rounded
    // down) -> 959.999 .. 1.440.000.
    QTest::newRow("offer one rupiah below walk-away")
        << 1000000LL << 1200000LL << 1400000LL << 1300000LL << 999999LL << 959999LL << 1440000LL
        << 1000000LL << 1300000LL << QStringList{QStringLiteral("offer-below-walk-away")};
    QTest::newRow("offer at walk-away is fine")
        << 1000000LL << 1200000LL << 1400000LL << 1300000LL << 1000000LL << 960000LL << 1440000LL
        << 1000000LL << 1300000LL << QStringList();
    // No offer yet: points 1.000.000 .. 1.300.000, span 300.000, margin 30.000.
    QTest::newRow("opening below target")
        << 1000000LL << 1200000LL << 1100000LL << 1300000LL << kUnset << 970000LL << 1330000LL
        << 1000000LL << 1300000LL << QStringList{QStringLiteral("opening-below-target")};
    QTest::newRow("opening at target is fine")
        << 1000000LL << 1200000LL << 1200000LL << 1300000LL << kUnset << 970000LL << 1330000LL
        << 1000000LL << 1300000LL << QStringList();
    // Their limit 950.000 is under our 1.000.000: no zone. Span 950.000 .. 1.400.000 = 450.000,
    // margin 45.000.
    QTest::newRow("no overlap") << 1000000LL << 1200000LL << 1400000LL << 950000LL << kUnset
                                << 905000LL << 1445000LL << kUnset << kUnset
                                << QStringList{QStringLiteral("no-overlap")};
    // Equal limits leave exactly one price both sides accept: a zone of width zero.
    QTest::newRow("their limit equals walk-away")
        << 1000000LL << 1200000LL << 1400000LL << 1000000LL << kUnset << 960000LL << 1440000LL
        << 1000000LL << 1000000LL << QStringList();
    // Span 1.200.000 .. 1.500.000 = 300.000, margin 30.000.
    QTest::newRow("walk-away above target")
        << 1300000LL << 1200000LL << 1400000LL << 1500000LL << 1350000LL << 1170000LL << 1530000LL
        << 1300000LL << 1500000LL << QStringList{QStringLiteral("walk-away-above-target")};
    // Span 900.000 .. 1.300.000 = 400.000, margin 40.000; every rule broken at once.
    QTest::newRow("everything wrong")
        << 1300000LL << 1200000LL << 1100000LL << 1000000LL << 900000LL << 860000LL << 1340000LL
        << kUnset << kUnset
        << QStringList{QStringLiteral("offer-below-walk-away"),
                       QStringLiteral("opening-below-target"), QStringLiteral("no-overlap"),
                       QStringLiteral("walk-away-above-target")};
    // A lone point: margin is 10 % of its value, 100.000.
    QTest::newRow("only the current offer")
        << kUnset << kUnset << kUnset << kUnset << 1000000LL << 900000LL << 1100000LL << kUnset
        << kUnset << QStringList();
    // Without their estimate there is no zone, and no overlap warning either.
    QTest::newRow("no estimate of their limit")
        << 1000000LL << 1200000LL << 1400000LL << kUnset << 1250000LL << 960000LL << 1440000LL
        << kUnset << kUnset << QStringList();
}

void TestZopa::axisZoneAndWarnings()
{
    QFETCH(qint64, walkAway);
    QFETCH(qint64, target);
    QFETCH(qint64, opening);
    QFETCH(qint64, theirs);
    QFETCH(qint64, current);
    QFETCH(qint64, axisMin);
    QFETCH(qint64, axisMax);
    QFETCH(qint64, zoneLow);
    QFETCH(qint64, zoneHigh);
    QFETCH(QStringList, warnings);

    const ZopaAnalysis a = analyzeZopa(plan(walkAway, target, opening, theirs), idr(current),
                                       QLocale(QLocale::English));
    QCOMPARE(a.currency, QStringLiteral("IDR"));
    QCOMPARE(a.axisMin, idr(axisMin));
    QCOMPARE(a.axisMax, idr(axisMax));
    if (zoneLow == kUnset) {
        QVERIFY(!a.zone);
    } else {
        QVERIFY(a.zone);
        QCOMPARE(a.zone->low, idr(zoneLow));
        QCOMPARE(a.zone->high, idr(zoneHigh));
    }
    QCOMPARE(warningKeys(a), warnings);
    for (const ZopaWarning &w : a.warnings)
        QVERIFY(!w.message.isEmpty());
}

void TestZopa::pointsComeInKindOrder()
{
    const ZopaAnalysis a =
        analyzeZopa(plan(1000000, 1200000, 1400000, 1300000), idr(1250000), QLocale::c());
    const QList<ZopaPoint> expected{
        {ZopaPointKind::WalkAway, idr(1000000)},     {ZopaPointKind::Target, idr(1200000)},
        {ZopaPointKind::Opening, idr(1400000)},      {ZopaPointKind::TheirWalkAway, idr(1300000)},
        {ZopaPointKind::CurrentOffer, idr(1250000)},
    };
    QCOMPARE(a.points, expected);
    QCOMPARE(zopaPointKindKey(ZopaPointKind::TheirWalkAway), QStringLiteral("their-walk-away"));
    QCOMPARE(a.valueOf(ZopaPointKind::Opening), std::optional<Money>(idr(1400000)));

    const ZopaAnalysis partial = analyzeZopa(plan(1000000, kUnset, kUnset, kUnset), Money());
    QCOMPARE(partial.points, (QList<ZopaPoint>{{ZopaPointKind::WalkAway, idr(1000000)}}));
    QVERIFY(!partial.valueOf(ZopaPointKind::Target));
}

void TestZopa::nothingSetGivesNoAxis()
{
    const ZopaAnalysis a = analyzeZopa(Plan(), Money());
    QVERIFY(a.points.isEmpty());
    QVERIFY(a.currency.isEmpty());
    QVERIFY(!a.axisMin.isValid());
    QVERIFY(!a.axisMax.isValid());
    QVERIFY(!a.zone);
    QVERIFY(a.warnings.isEmpty());
}

// USD 10.00 .. 10.05: span 5 cents, a tenth rounds to 0, so the margin is one dollar (100 cents):
// axis 9.00 .. 11.05.
void TestZopa::narrowSpanGetsOneMajorUnit()
{
    Plan p;
    p.walkAway = Money(1000, QStringLiteral("USD"));
    p.target = Money(1005, QStringLiteral("USD"));
    const ZopaAnalysis a = analyzeZopa(p, Money());
    QCOMPARE(a.axisMin, Money(900, QStringLiteral("USD")));
    QCOMPARE(a.axisMax, Money(1105, QStringLiteral("USD")));
}

void TestZopa::otherCurrencyIsLeftOff()
{
    const ZopaAnalysis a = analyzeZopa(plan(1000000, 1200000, 1400000, 1300000),
                                       Money(5000, QStringLiteral("USD")), QLocale::c());
    QCOMPARE(a.points.size(), 4);
    QVERIFY(!a.valueOf(ZopaPointKind::CurrentOffer));
    QCOMPARE(warningKeys(a), QStringList{QStringLiteral("currency-mismatch")});
    QCOMPARE(a.warnings.first().message,
             QStringLiteral("Current offer is in USD, the plan in IDR: it is left off the bar."));
    // Not compared across currencies: 50.00 USD is not "below" Rp 1.000.000.
    QVERIFY(!a.hasWarning(ZopaWarningKind::OfferBelowWalkAway));
}

void TestZopa::messagesCarryFormattedAmounts()
{
    const Plan p = plan(1300000, 1200000, 1100000, 1000000);
    const ZopaAnalysis en = analyzeZopa(p, idr(900000), QLocale(QLocale::English));
    QCOMPARE(en.warnings.size(), 4);
    QCOMPARE(en.warnings.at(0).message,
             QStringLiteral("The current offer (IDR 900,000) is below your walk-away price "
                            "(IDR 1,300,000)."));
    QCOMPARE(en.warnings.at(1).message,
             QStringLiteral("The opening offer (IDR 1,100,000) is below your target "
                            "(IDR 1,200,000): open higher to leave room to concede."));
    QCOMPARE(en.warnings.at(2).message,
             QStringLiteral("The customer's estimated limit (IDR 1,000,000) is below your "
                            "walk-away price (IDR 1,300,000): there is no zone of agreement."));
    QCOMPARE(en.warnings.at(3).message,
             QStringLiteral("Your walk-away price (IDR 1,300,000) is above your target "
                            "(IDR 1,200,000)."));

    const ZopaAnalysis id = analyzeZopa(p, idr(900000), QLocale(QLocale::Indonesian));
    QVERIFY2(id.warnings.at(0).message.contains(QStringLiteral("(Rp 900.000)")),
             qPrintable(id.warnings.at(0).message));
}

QTEST_GUILESS_MAIN(TestZopa)
#include "tst_zopa.moc"
