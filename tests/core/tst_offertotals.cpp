#include "negotiation/offertotals.h"

#include <QTest>
#include <limits>

using namespace Sepakat;

class TestOfferTotals : public QObject
{
    Q_OBJECT

private slots:
    void idrWithPpn();
    void lineAndDocumentDiscount();
    void fractionalQuantitiesInUsdCents();
    void roundingHappensAtLineLevel();
    void halfRoundsAwayFromZero_data();
    void halfRoundsAwayFromZero();
    void sellingBelowCost();
    void fullDiscountHasNoMargin();
    void emptyOffer();
    void overflowIsAnError_data();
    void overflowIsAnError();
    void mixedCurrencyIsAnError_data();
    void mixedCurrencyIsAnError();
    void ratesOutOfRangeAreErrors_data();
    void ratesOutOfRangeAreErrors();
};

namespace {

OfferLine line(qint64 quantityMilli, qint64 price, const QString &currency,
               qint64 discountBasisPoints = 0, std::optional<qint64> cost = std::nullopt)
{
    OfferLine l;
    l.description = QStringLiteral("Item");
    l.quantityMilli = quantityMilli;
    l.unitPrice = Money(price, currency);
    if (cost)
        l.unitCost = Money(*cost, currency);
    l.discountBasisPoints = discountBasisPoints;
    return l;
}

Offer offer(const QString &currency, QList<OfferLine> lines, qint64 documentDiscount = 0,
            qint64 tax = 1100)
{
    Offer o;
    o.currency = currency;
    o.lines = std::move(lines);
    o.documentDiscountBasisPoints = documentDiscount;
    o.taxBasisPoints = tax;
    return o;
}

Money idr(qint64 v)
{
    return Money(v, QStringLiteral("IDR"));
}

Money usd(qint64 cents)
{
    return Money(cents, QStringLiteral("USD"));
}

const QString IDR = QStringLiteral("IDR");
const QString USD = QStringLiteral("USD");
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

} // namespace

// 3 licences x Rp 1.250.000, cost Rp 800.000 each, no discount, PPN 11 %:
//   lines     3 x 1.250.000            = 3.750.000
//   tax       3.750.000 x 11 %         =   412.500
//   total     3.750.000 + 412.500      = 4.162.500
//   cost      3 x 800.000              = 2.400.000
//   margin    1.350.000 / 3.750.000    = 36 %      -> 3600 bp
void TestOfferTotals::idrWithPpn()
{
    const auto t = computeTotals(offer(IDR, {line(3000, 1250000, IDR, 0, 800000)}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->lineSubtotals, QList<Money>{idr(3750000)});
    QCOMPARE(t->lineDiscounts, QList<Money>{idr(0)});
    QCOMPARE(t->linesSubtotal, idr(3750000));
    QCOMPARE(t->documentDiscount, idr(0));
    QCOMPARE(t->netBeforeTax, idr(3750000));
    QCOMPARE(t->tax, idr(412500));
    QCOMPARE(t->total, idr(4162500));
    QCOMPARE(t->cost, idr(2400000));
    QCOMPARE(t->marginBasisPoints, std::optional<qint64>(3600));
    QVERIFY(t->allCostsKnown);
}

// Line A: 10 x Rp 150.000, 10 % off:   gross 1.500.000, discount 150.000, subtotal 1.350.000
// Line B:  2 x Rp 2.499.999, 5 % off:  gross 4.999.998, discount 249.999,9 -> 250.000,
//                                      subtotal 4.749.998
//   lines subtotal  1.350.000 + 4.749.998     = 6.099.998
//   document 2,5 %  6.099.998 x 2,5 % = 152.499,95 -> 152.500
//   net             6.099.998 - 152.500       = 5.947.498
//   PPN 11 %        5.947.498 x 11 % = 654.224,78 -> 654.225
//   total           5.947.498 + 654.225       = 6.601.723
//   list value      1.500.000 + 4.999.998     = 6.499.998
//   effective disc. (6.499.998 - 5.947.498) / 6.499.998 = 552.500 / 6.499.998 = 8,50000 % -> 850
void TestOfferTotals::lineAndDocumentDiscount()
{
    const Offer o =
        offer(IDR, {line(10000, 150000, IDR, 1000), line(2000, 2499999, IDR, 500)}, 250);
    const auto t = computeTotals(o);
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->lineDiscounts, (QList<Money>{idr(150000), idr(250000)}));
    QCOMPARE(t->lineSubtotals, (QList<Money>{idr(1350000), idr(4749998)}));
    QCOMPARE(t->linesSubtotal, idr(6099998));
    QCOMPARE(t->documentDiscount, idr(152500));
    QCOMPARE(t->netBeforeTax, idr(5947498));
    QCOMPARE(t->tax, idr(654225));
    QCOMPARE(t->total, idr(6601723));
    QCOMPARE(t->listValue, idr(6499998));
    QCOMPARE(effectiveDiscountBasisPoints(o), std::optional<qint64>(850));
    // No line has a cost: the margin is 100 %, and the totals say the costs are incomplete.
    QCOMPARE(t->cost, idr(0));
    QVERIFY(!t->allCostsKnown);
}

// Line 1: 2,5 hours x USD 120.33 = 300.825 -> USD 300.83 (30082,5 cents rounds up), cost
//         2,5 x USD 60.00 = USD 150.00
// Line 2: 0,333 x USD 10.00 = USD 3.33, no cost known
//   lines   30083 + 333          = 30416 cents
//   tax 7 % 30416 x 7 % = 2129,12 -> 2129
//   total   30416 + 2129         = 32545
//   margin  (30416 - 15000) / 30416 = 0,506838 -> 5068 bp
void TestOfferTotals::fractionalQuantitiesInUsdCents()
{
    const auto t =
        computeTotals(offer(USD, {line(2500, 12033, USD, 0, 6000), line(333, 1000, USD)}, 0, 700));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->lineSubtotals, (QList<Money>{usd(30083), usd(333)}));
    QCOMPARE(t->linesSubtotal, usd(30416));
    QCOMPARE(t->tax, usd(2129));
    QCOMPARE(t->total, usd(32545));
    QCOMPARE(t->cost, usd(15000));
    QCOMPARE(t->marginBasisPoints, std::optional<qint64>(5068));
    QVERIFY(!t->allCostsKnown);
}

// Two lines of 1 x Rp 5 with 10 % off: each discount is 0,5 -> 1, each subtotal 4, sum 8.
// Had the discount been taken on the sum (10 % of 10 = 1), the result would be 9: rounding
// is per line, as the proposal prints it.
//   tax 11 % of 8 = 0,88 -> 1; total 9
void TestOfferTotals::roundingHappensAtLineLevel()
{
    const auto t = computeTotals(offer(IDR, {line(1000, 5, IDR, 1000), line(1000, 5, IDR, 1000)}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->lineDiscounts, (QList<Money>{idr(1), idr(1)}));
    QCOMPARE(t->linesSubtotal, idr(8));
    QCOMPARE(t->tax, idr(1));
    QCOMPARE(t->total, idr(9));
}

void TestOfferTotals::halfRoundsAwayFromZero_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("expectedNet");
    QTest::addColumn<qint64>("expectedTax");
    // 50 x 11 % = 5,5 -> 6
    QTest::newRow("tax 5.5 -> 6") << qint64(50) << qint64(1000) << qint64(1100) << qint64(50)
                                  << qint64(6);
    // 150 x 11 % = 16,5 -> 17
    QTest::newRow("tax 16.5 -> 17")
        << qint64(150) << qint64(1000) << qint64(1100) << qint64(150) << qint64(17);
    // 1 x 0,5 = 0,5 -> 1; tax 11 % of 1 = 0,11 -> 0
    QTest::newRow("quantity 0.5 of 1")
        << qint64(1) << qint64(500) << qint64(1100) << qint64(1) << qint64(0);
    // 3 x 1,5 = 4,5 -> 5
    QTest::newRow("quantity 4.5 -> 5")
        << qint64(3) << qint64(1500) << qint64(0) << qint64(5) << qint64(0);
    // 49 x 11 % = 5,39 -> 5
    QTest::newRow("tax 5.39 -> 5")
        << qint64(49) << qint64(1000) << qint64(1100) << qint64(49) << qint64(5);
}

void TestOfferTotals::halfRoundsAwayFromZero()
{
    QFETCH(qint64, price);
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, tax);
    QFETCH(qint64, expectedNet);
    QFETCH(qint64, expectedTax);
    const auto t = computeTotals(offer(IDR, {line(quantityMilli, price, IDR)}, 0, tax));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->netBeforeTax.minor(), expectedNet);
    QCOMPARE(t->tax.minor(), expectedTax);
    QCOMPARE(t->total.minor(), expectedNet + expectedTax);
}

// 1 x USD 200.00 at cost USD 400.01: margin (20000 - 40001) / 20000 = -1,00005 = -10000,5 bp
// -> -10001 (half away from zero, also below zero).
void TestOfferTotals::sellingBelowCost()
{
    const auto t = computeTotals(offer(USD, {line(1000, 20000, USD, 0, 40001)}, 0, 0));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->marginBasisPoints, std::optional<qint64>(-10001));
    QCOMPARE(t->total, usd(20000));
}

void TestOfferTotals::fullDiscountHasNoMargin()
{
    const Offer o = offer(IDR, {line(1000, 100000, IDR, 0, 50000)}, 10000);
    const auto t = computeTotals(o);
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->documentDiscount, idr(100000));
    QCOMPARE(t->netBeforeTax, idr(0));
    QCOMPARE(t->total, idr(0));
    QCOMPARE(t->marginBasisPoints, std::nullopt);
    QCOMPARE(effectiveDiscountBasisPoints(o), std::optional<qint64>(10000));
}

void TestOfferTotals::emptyOffer()
{
    const Offer o = offer(USD, {});
    const auto t = computeTotals(o);
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->total, usd(0));
    QVERIFY(t->lineSubtotals.isEmpty());
    QCOMPARE(t->marginBasisPoints, std::nullopt);
    QCOMPARE(effectiveDiscountBasisPoints(o), std::nullopt);
}

void TestOfferTotals::overflowIsAnError_data()
{
    QTest::addColumn<QList<OfferLine>>("lines");
    QTest::addColumn<qint64>("tax");
    QTest::newRow("quantity x price")
        << QList<OfferLine>{line(2000, kMax / 2 + 1, IDR)} << qint64(0);
    QTest::newRow("sum of lines") << QList<OfferLine>{line(1000, kMax / 2 + 1, IDR),
                                                      line(1000, kMax / 2 + 1, IDR)}
                                  << qint64(0);
    QTest::newRow("net plus tax") << QList<OfferLine>{line(1000, kMax, IDR)} << qint64(1100);
    QTest::newRow("cost") << QList<OfferLine>{line(2000, 1, IDR, 0, kMax)} << qint64(0);
}

void TestOfferTotals::overflowIsAnError()
{
    QFETCH(QList<OfferLine>, lines);
    QFETCH(qint64, tax);
    const Offer o = offer(IDR, lines, 0, tax);
    const auto t = computeTotals(o);
    QVERIFY(!t.ok());
    QVERIFY(!t.errorMessage().isEmpty());
    QCOMPARE(effectiveDiscountBasisPoints(o), std::nullopt);
}

void TestOfferTotals::mixedCurrencyIsAnError_data()
{
    QTest::addColumn<Offer>("offer");
    QTest::addColumn<QString>("field");
    QTest::newRow("line price in USD") << offer(IDR, {line(1000, 100, IDR), line(1000, 100, USD)})
                                       << QStringLiteral("lines[1].unitPrice");
    OfferLine costInUsd = line(1000, 100, IDR);
    costInUsd.unitCost = usd(50);
    QTest::newRow("line cost in USD")
        << offer(IDR, {costInUsd}) << QStringLiteral("lines[0].unitCost");
    OfferLine noPrice = line(1000, 100, IDR);
    noPrice.unitPrice = Money();
    QTest::newRow("line without price")
        << offer(IDR, {noPrice}) << QStringLiteral("lines[0].unitPrice");
    QTest::newRow("unknown offer currency")
        << offer(QStringLiteral("XYZ"), {}) << QStringLiteral("currency");
}

void TestOfferTotals::mixedCurrencyIsAnError()
{
    QFETCH(Offer, offer);
    QFETCH(QString, field);
    const auto t = computeTotals(offer);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().field, field);
    QVERIFY(!t.errorMessage().isEmpty());
}

void TestOfferTotals::ratesOutOfRangeAreErrors_data()
{
    QTest::addColumn<Offer>("offer");
    QTest::addColumn<QString>("field");
    QTest::newRow("line discount 100.01 %")
        << offer(IDR, {line(1000, 100, IDR, 10001)}) << QStringLiteral("lines[0].discount");
    QTest::newRow("line discount negative")
        << offer(IDR, {line(1000, 100, IDR, -1)}) << QStringLiteral("lines[0].discount");
    QTest::newRow("document discount")
        << offer(IDR, {}, 10001) << QStringLiteral("documentDiscount");
    QTest::newRow("negative tax") << offer(IDR, {}, 0, -1) << QStringLiteral("tax");
}

void TestOfferTotals::ratesOutOfRangeAreErrors()
{
    QFETCH(Offer, offer);
    QFETCH(QString, field);
    const auto t = computeTotals(offer);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().field, field);
}

QTEST_GUILESS_MAIN(TestOfferTotals)
#include "tst_offertotals.moc"
