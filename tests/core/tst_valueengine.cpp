#include "value/valueengine.h"

#include <QTest>
#include <limits>

using namespace Sepakat;

namespace {

// One month to check: amounts in minor units.
struct Row
{
    int month;
    qint64 hoursMilli;
    qint64 benefit;
    qint64 net;
    qint64 cumulative;
};

struct Expected
{
    QList<Row> rows;
    qint64 totalHoursMilli = 0;
    qint64 totalBenefit = 0;
    qint64 totalCost = 0;
    std::optional<int> paybackMonth;
    std::optional<double> paybackMonths;
    std::optional<double> roiPercent;
    qint64 npv = 0;
};

SavingsItem timeItem(qint64 hoursMilli, qint64 rateMinor, qint64 realizationBp, int start, int ramp,
                     const QString &currency)
{
    SavingsItem item;
    item.description = QStringLiteral("time");
    item.kind = SavingsKind::Time;
    item.hoursPerMonthMilli = hoursMilli;
    item.hourlyRate = Money(rateMinor, currency);
    item.realizationBasisPoints = realizationBp;
    item.startMonth = start;
    item.rampMonths = ramp;
    return item;
}

SavingsItem moneyItem(qint64 amountMinor, int start, int ramp, const QString &currency)
{
    SavingsItem item;
    item.description = QStringLiteral("money");
    item.kind = SavingsKind::Money;
    item.amountPerMonth = Money(amountMinor, currency);
    item.startMonth = start;
    item.rampMonths = ramp;
    return item;
}

ValueCaseInputs inputs(const QString &currency, int horizon, qint64 rateBp, qint64 monthlyCost,
                       const QList<SavingsItem> &items)
{
    ValueCaseInputs in;
    in.currency = currency;
    in.horizonMonths = horizon;
    in.annualDiscountRateBasisPoints = rateBp;
    in.monthlyCost = Money(monthlyCost, currency);
    in.items = items;
    return in;
}

// The example of issue 5: 120 h/month at Rp 85.000, 70 % realized, ramp 3; Rp 12.000.000 a
// month from month 2; upfront Rp 150.000.000, Rp 5.000.000 a month, 10 % a year, 36 months.
ValueCaseInputs issueExample()
{
    const QString idr = QStringLiteral("IDR");
    return inputs(idr, 36, 1000, 5000000,
                  {timeItem(120000, 85000, 7000, 1, 3, idr), moneyItem(12000000, 2, 0, idr)});
}

} // namespace

Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(Sepakat::ValueCaseInputs)
Q_DECLARE_METATYPE(Sepakat::Scenario)

class TestValueEngine : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void scenarioKeys();
    void badInputsAreErrors_data();
    void badInputsAreErrors();
    void negativeUpfrontIsAnError();
    void overflowIsAnError();
};

// Every expected figure below was worked by hand (the arithmetic is in the comments) and
// cross-checked with an independent Python script that follows issue 5's definitions with
// exact Fraction/Decimal arithmetic (Decimal precision 60 for the NPV's powers).
void TestValueEngine::compute_data()
{
    QTest::addColumn<ValueCaseInputs>("in");
    QTest::addColumn<qint64>("upfront");
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Expected>("expected");
    const QString usd = QStringLiteral("USD");
    const QString idr = QStringLiteral("IDR");

    // Ramp-up: 10 h x USD 50.00 x 100 %, ramp 4: factor k/4 -> 2.5 h 125.00, 5 h 250.00,
    // 7.5 h 375.00, then 10 h 500.00. Cost 100.00: net 25, 150, 275, 400, 400, 400;
    // cumulative from -1000: -975, -825, -550, -150, 250, 650 -> payback month 5,
    // 4 + 150/400 = 4.375. ROI (2250 - (1000 + 600)) / 1600 = 40.625 %. Rate 0: NPV 650.00.
    {
        Expected e;
        e.rows = {{1, 2500, 12500, 2500, -97500},  {2, 5000, 25000, 15000, -82500},
                  {3, 7500, 37500, 27500, -55000}, {4, 10000, 50000, 40000, -15000},
                  {5, 10000, 50000, 40000, 25000}, {6, 10000, 50000, 40000, 65000}};
        e.totalHoursMilli = 45000;
        e.totalBenefit = 225000;
        e.totalCost = 60000;
        e.paybackMonth = 5;
        e.paybackMonths = 4.375;
        e.roiPercent = 40.625;
        e.npv = 65000;
        QTest::newRow("ramp-up") << inputs(usd, 6, 0, 10000,
                                           {timeItem(10000, 5000, 10000, 1, 4, usd)})
                                 << qint64(100000) << Scenario::Expected << e;
    }
    // Late start: Rp 1.000.001 from month 5, ramp 2. Months 1-4 nothing; month 5 is
    // 1000001 / 2 = 500000.5 -> 500001 (half away from zero); then 1000001. From -3000000:
    // -2499999, -1499998, -499997, +500004 in month 8 -> 7 + 499997/1000001.
    // Benefit 500001 + 7 x 1000001 = 7500008; ROI 4500008 / 3000000 = 150.000266... %.
    {
        Expected e;
        e.rows = {{1, 0, 0, 0, -3000000},           {4, 0, 0, 0, -3000000},
                  {5, 0, 500001, 500001, -2499999}, {7, 0, 1000001, 1000001, -499997},
                  {8, 0, 1000001, 1000001, 500004}, {12, 0, 1000001, 1000001, 4500008}};
        e.totalBenefit = 7500008;
        e.paybackMonth = 8;
        e.paybackMonths = 7.0 + 499997.0 / 1000001.0;
        e.roiPercent = 150.00026666666667;
        e.npv = 4500008;
        QTest::newRow("late start") << inputs(idr, 12, 0, 0, {moneyItem(1000001, 5, 2, idr)})
                                    << qint64(3000000) << Scenario::Expected << e;
    }
    // No payback within the horizon: USD 100.00 a month against 1000.00 for 3 months:
    // -900, -800, -700. ROI (300 - 1000) / 1000 = -70 %. At 12 % a year,
    // NPV = -1000 + 100 x (1.12^(-1/12) + 1.12^(-2/12) + 1.12^(-3/12)) = -705.6045... -> -705.60.
    {
        Expected e;
        e.rows = {{1, 0, 10000, 10000, -90000}, {3, 0, 10000, 10000, -70000}};
        e.totalBenefit = 30000;
        e.roiPercent = -70.0;
        e.npv = -70560;
        QTest::newRow("no payback in horizon")
            << inputs(usd, 3, 1200, 0, {moneyItem(10000, 1, 0, usd)}) << qint64(100000)
            << Scenario::Expected << e;
    }
    // Zero upfront: Rp 100 against Rp 50 a month: cumulative 50, 100, 150 from 0, so it pays
    // back in month 1 after 0 months. ROI (300 - 150) / 150 = 100 %.
    {
        Expected e;
        e.rows = {{1, 0, 100, 50, 50}, {3, 0, 100, 50, 150}};
        e.totalBenefit = 300;
        e.totalCost = 150;
        e.paybackMonth = 1;
        e.paybackMonths = 0.0;
        e.roiPercent = 100.0;
        e.npv = 150;
        QTest::newRow("zero upfront") << inputs(idr, 3, 0, 50, {moneyItem(100, 1, 0, idr)})
                                      << qint64(0) << Scenario::Expected << e;
    }
    // Zero cost: no upfront and no recurring cost leaves ROI without a denominator: none.
    {
        Expected e;
        e.rows = {{1, 0, 100, 100, 100}, {3, 0, 100, 100, 300}};
        e.totalBenefit = 300;
        e.paybackMonth = 1;
        e.paybackMonths = 0.0;
        e.npv = 300;
        QTest::newRow("zero cost, ROI none") << inputs(idr, 3, 0, 0, {moneyItem(100, 1, 0, idr)})
                                             << qint64(0) << Scenario::Expected << e;
        // At 10 % a year the NPV is 100 x (1.1^(-1/12) + 1.1^(-2/12) + 1.1^(-3/12)) = 295.278...
        e.npv = 295;
        QTest::newRow("zero cost, discounted")
            << inputs(idr, 3, 1000, 0, {moneyItem(100, 1, 0, idr)}) << qint64(0)
            << Scenario::Expected << e;
    }
    // Negative net months: Rp 400 ramped over 4 months against Rp 300 a month, no upfront.
    // Benefits 100, 200, 300, 400, 400, 400; net -200, -100, 0, 100, 100, 100; cumulative
    // -200, -300, -300, -200, -100, 0 -> payback month 6, 5 + 100/100 = 6. ROI 0 %, NPV 0.
    {
        Expected e;
        e.rows = {{1, 0, 100, -200, -200},
                  {2, 0, 200, -100, -300},
                  {3, 0, 300, 0, -300},
                  {5, 0, 400, 100, -100},
                  {6, 0, 400, 100, 0}};
        e.totalBenefit = 1800;
        e.totalCost = 1800;
        e.paybackMonth = 6;
        e.paybackMonths = 6.0;
        e.roiPercent = 0.0;
        e.npv = 0;
        QTest::newRow("negative net months") << inputs(idr, 6, 0, 300, {moneyItem(400, 1, 4, idr)})
                                             << qint64(0) << Scenario::Expected << e;
    }
    // 120 months, USD. Time item 37.5 h x 42.50 x 85 % = 1354.6875 a month, from month 3 with
    // ramp 6: k/6 of it is 225.78125 -> 225.78, 451.5625 -> 451.56, 677.34375 -> 677.34,
    // 903.125 -> 903.13, 1128.90625 -> 1128.91, then 1354.6875 -> 1354.69; money item 333.33
    // from month 1. Month 3 benefit 225.78 + 333.33 = 559.11; month 8 on 1688.02 (net 1438.02).
    // Hours 6.25 + 12.5 + 18.75 + 25 + 31.25 + 113 x 37.5 = 4331.25. Benefit 196466.29, cost
    // 30000.00; payback month 40 (39.00927 months); ROI 145.5828625 %; NPV 54858.6877 -> 54858.69.
    {
        Expected e;
        e.rows = {{1, 0, 33333, 8333, -4991667},         {3, 6250, 55911, 30911, -4952423},
                  {4, 12500, 78489, 53489, -4898934},    {6, 25000, 123646, 98646, -4724221},
                  {7, 31250, 146224, 121224, -4602997},  {8, 37500, 168802, 143802, -4459195},
                  {120, 37500, 168802, 143802, 11646629}};
        e.totalHoursMilli = 4331250;
        e.totalBenefit = 19646629;
        e.totalCost = 3000000;
        e.paybackMonth = 40;
        e.paybackMonths = 39.009269690268564;
        e.roiPercent = 145.5828625;
        e.npv = 5485869;
        QTest::newRow("120 months")
            << inputs(usd, 120, 1000, 25000,
                      {timeItem(37500, 4250, 8500, 3, 6, usd), moneyItem(33333, 1, 0, usd)})
            << qint64(5000000) << Scenario::Expected << e;
    }
    // The issue's example, expected (factor 1.0). Time item 120 x 85000 x 70 % = 7140000 a
    // month, a third in month 1 (40 h, 2380000), two thirds in month 2 (80 h, 4760000); the
    // money item adds 12000000 from month 2. Net: -2620000, 11760000, then 14140000.
    // Cumulative from -150000000: -152620000, -140860000, -126720000, ..., month 11 -13600000,
    // month 12 +540000 -> payback month 12, 11 + 13600000/14140000 = 11.9618.
    // Benefit 2380000 + 4760000 + 34 x 7140000 + 35 x 12000000 = 669900000; cost 180000000;
    // ROI (669900000 - 330000000) / 330000000 = 103 %; hours 40 + 80 + 34 x 120 = 4200.
    // NPV (Python, Decimal) 272006619.358 -> 272006619.
    {
        Expected e;
        e.rows = {{1, 40000, 2380000, -2620000, -152620000},
                  {2, 80000, 16760000, 11760000, -140860000},
                  {3, 120000, 19140000, 14140000, -126720000},
                  {11, 120000, 19140000, 14140000, -13600000},
                  {12, 120000, 19140000, 14140000, 540000},
                  {36, 120000, 19140000, 14140000, 339900000}};
        e.totalHoursMilli = 4200000;
        e.totalBenefit = 669900000;
        e.totalCost = 180000000;
        e.paybackMonth = 12;
        e.paybackMonths = 11.0 + 13600000.0 / 14140000.0;
        e.roiPercent = 103.0;
        e.npv = 272006619;
        QTest::newRow("issue example, expected")
            << issueExample() << qint64(150000000) << Scenario::Expected << e;
    }
    // Conservative (0.7): 84 h -> 4998000 a month (month 1: 28 h, 1666000); money 8400000.
    // Net -3334000, 6732000, then 8398000; cumulative month 19 -146602000 + 17 x 8398000 =
    // -3836000, month 20 +4562000 -> 19 + 3836000/8398000 = 19.4568. Benefit 1666000 +
    // 3332000 + 34 x 4998000 + 35 x 8400000 = 468930000; ROI 138930000 / 330000000 = 42.1 %.
    // NPV 98624945.887 -> 98624946.
    {
        Expected e;
        e.rows = {{1, 28000, 1666000, -3334000, -153334000},
                  {2, 56000, 11732000, 6732000, -146602000},
                  {3, 84000, 13398000, 8398000, -138204000},
                  {19, 84000, 13398000, 8398000, -3836000},
                  {20, 84000, 13398000, 8398000, 4562000}};
        e.totalHoursMilli = 2940000;
        e.totalBenefit = 468930000;
        e.totalCost = 180000000;
        e.paybackMonth = 20;
        e.paybackMonths = 19.0 + 3836000.0 / 8398000.0;
        e.roiPercent = 42.1;
        e.npv = 98624946;
        QTest::newRow("issue example, conservative")
            << issueExample() << qint64(150000000) << Scenario::Conservative << e;
    }
    // Optimistic (1.2): 144 h -> 8568000 a month (month 1: 48 h, 2856000); money 14400000.
    // Net -2144000, 15112000, then 17968000; month 9 -11256000, month 10 +6712000 ->
    // 9 + 11256000/17968000. Benefit 2856000 + 5712000 + 34 x 8568000 + 35 x 14400000 =
    // 803880000; ROI 473880000 / 330000000 = 143.6 %. NPV 387594401.672 -> 387594402.
    {
        Expected e;
        e.rows = {{1, 48000, 2856000, -2144000, -152144000},
                  {2, 96000, 20112000, 15112000, -137032000},
                  {9, 144000, 22968000, 17968000, -11256000},
                  {10, 144000, 22968000, 17968000, 6712000}};
        e.totalHoursMilli = 5040000;
        e.totalBenefit = 803880000;
        e.totalCost = 180000000;
        e.paybackMonth = 10;
        e.paybackMonths = 9.0 + 11256000.0 / 17968000.0;
        e.roiPercent = 143.6;
        e.npv = 387594402;
        QTest::newRow("issue example, optimistic")
            << issueExample() << qint64(150000000) << Scenario::Optimistic << e;
    }
}

void TestValueEngine::compute()
{
    QFETCH(ValueCaseInputs, in);
    QFETCH(qint64, upfront);
    QFETCH(Scenario, scenario);
    QFETCH(Expected, expected);

    const auto result = computeValueCase(in, Money(upfront, in.currency), scenario);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->scenario, scenario);
    QCOMPARE(result->currency, in.currency);
    QCOMPARE(result->months.size(), in.horizonMonths);
    for (const Row &row : std::as_const(expected.rows)) {
        const MonthFigures &m = result->months.at(row.month - 1);
        QCOMPARE(m.month, row.month);
        QCOMPARE(m.hoursSavedMilli, row.hoursMilli);
        QCOMPARE(m.benefit, Money(row.benefit, in.currency));
        QCOMPARE(m.cost, in.monthlyCost);
        QCOMPARE(m.net, Money(row.net, in.currency));
        QCOMPARE(m.cumulative, Money(row.cumulative, in.currency));
    }
    QCOMPARE(result->totalHoursMilli, expected.totalHoursMilli);
    QCOMPARE(result->totalBenefit, Money(expected.totalBenefit, in.currency));
    QCOMPARE(result->totalCost, Money(expected.totalCost, in.currency));
    QCOMPARE(result->upfront, Money(upfront, in.currency));
    QCOMPARE(result->paybackMonth, expected.paybackMonth);
    QCOMPARE(result->paybackMonths.has_value(), expected.paybackMonths.has_value());
    if (expected.paybackMonths)
        QVERIFY(qAbs(*result->paybackMonths - *expected.paybackMonths) < 1e-9);
    QCOMPARE(result->roiPercent.has_value(), expected.roiPercent.has_value());
    if (expected.roiPercent)
        QVERIFY(qAbs(*result->roiPercent - *expected.roiPercent) < 1e-9);
    QCOMPARE(result->npv, Money(expected.npv, in.currency));
}

void TestValueEngine::scenarioKeys()
{
    for (const Scenario s : {Scenario::Conservative, Scenario::Expected, Scenario::Optimistic}) {
        QCOMPARE(scenarioFromKey(scenarioKey(s)), s);
        QVERIFY(!scenarioName(s).isEmpty());
    }
    QCOMPARE(scenarioKey(Scenario::Optimistic), QStringLiteral("optimistic"));
    QCOMPARE(scenarioFromKey(QStringLiteral(" Conservative ")), Scenario::Conservative);
    QVERIFY(!scenarioFromKey(QStringLiteral("likely")));
    const ScenarioFactors factors;
    QCOMPARE(scenarioFactor(factors, Scenario::Conservative), qint64(7000));
    QCOMPARE(scenarioFactor(factors, Scenario::Optimistic), qint64(12000));
}

void TestValueEngine::badInputsAreErrors_data()
{
    QTest::addColumn<ValueCaseInputs>("in");
    QTest::addColumn<QString>("upfrontCurrency");
    QTest::addColumn<QString>("field");
    const QString idr = QStringLiteral("IDR");
    const auto base = [&](int horizon) {
        return inputs(idr, horizon, 0, 0, {moneyItem(100, 1, 0, idr)});
    };
    QTest::newRow("horizon 0") << base(0) << idr << QStringLiteral("horizon");
    QTest::newRow("horizon 121") << base(121) << idr << QStringLiteral("horizon");
    QTest::newRow("upfront currency")
        << base(12) << QStringLiteral("USD") << QStringLiteral("upfront");
    ValueCaseInputs cost = base(12);
    cost.monthlyCost = Money(-1, idr);
    QTest::newRow("negative monthly cost") << cost << idr << QStringLiteral("monthlyCost");
    ValueCaseInputs start = base(12);
    start.items[0].startMonth = 0;
    QTest::newRow("start month 0") << start << idr << QStringLiteral("items[0].startMonth");
    ValueCaseInputs ramp = base(12);
    ramp.items[0].rampMonths = -1;
    QTest::newRow("negative ramp") << ramp << idr << QStringLiteral("items[0].rampMonths");
    ValueCaseInputs mixed = base(12);
    mixed.items.append(timeItem(1000, 100, 10000, 1, 0, QStringLiteral("USD")));
    QTest::newRow("item currency") << mixed << idr << QStringLiteral("items[1].hourlyRate");
}

void TestValueEngine::badInputsAreErrors()
{
    QFETCH(ValueCaseInputs, in);
    QFETCH(QString, upfrontCurrency);
    QFETCH(QString, field);
    const auto result = computeValueCase(in, Money(0, upfrontCurrency), Scenario::Expected);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.errorMessage().isEmpty());
}

void TestValueEngine::negativeUpfrontIsAnError()
{
    const QString idr = QStringLiteral("IDR");
    const auto result = computeValueCase(inputs(idr, 3, 0, 0, {moneyItem(100, 1, 0, idr)}),
                                         Money(-1, idr), Scenario::Expected);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("upfront"));
}

void TestValueEngine::overflowIsAnError()
{
    const QString idr = QStringLiteral("IDR");
    const qint64 huge = std::numeric_limits<qint64>::max() / 2;
    // Two items each near half the range: every item-month fits, their sum does not.
    auto result = computeValueCase(
        inputs(idr, 1, 0, 0, {moneyItem(huge, 1, 0, idr), moneyItem(huge + 10, 1, 0, idr)}),
        Money(0, idr), Scenario::Expected);
    QVERIFY(!result.ok());
    // A product that leaves even 128 bits: hours x rate x realization x factor.
    result = computeValueCase(inputs(idr, 1, 0, 0, {timeItem(huge, huge, 10000, 1, 0, idr)}),
                              Money(0, idr), Scenario::Optimistic);
    QVERIFY(!result.ok());
    // The optimistic factor pushes a single item past qint64 after the division.
    const qint64 nearMax = std::numeric_limits<qint64>::max() - 10;
    result = computeValueCase(inputs(idr, 1, 0, 0, {moneyItem(nearMax, 1, 0, idr)}), Money(0, idr),
                              Scenario::Optimistic);
    QVERIFY(!result.ok());
    // The same item in the expected scenario is fine: the check is not a blanket limit.
    result = computeValueCase(inputs(idr, 1, 0, 0, {moneyItem(nearMax, 1, 0, idr)}), Money(0, idr),
                              Scenario::Expected);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->totalBenefit.minor(), nearMax);
}

QTEST_GUILESS_MAIN(TestValueEngine)
#include "tst_valueengine.moc"
