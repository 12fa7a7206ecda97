#include "pipeline/currency.h"

#include <QTest>

#include <limits>

using namespace Sepakat;

namespace {

// 1 USD = Rp 15.800; 1 EUR = 1.085 USD; 1 IDR = 0.000063 USD; 1 VND = 0.00004 USD.
const QMap<QString, qint64> kRatesToIdr = {
    {QStringLiteral("USD"), 15'800'000'000},
    {QStringLiteral("SGD"), 11'750'500'000}, // Rp 11.750,5: half a rupiah per dollar
    {QStringLiteral("JPY"), 105'000'000},    // Rp 105
    {QStringLiteral("EUR"), 0},              // set to zero: not a usable rate
};
const QMap<QString, qint64> kRatesToUsd = {
    {QStringLiteral("EUR"), 1'085'000},
    {QStringLiteral("IDR"), 63},
    {QStringLiteral("VND"), 40},
};

} // namespace

class TestCurrency : public QObject
{
    Q_OBJECT

private slots:
    void converts_data();
    void converts();
    void missingRateIsItsOwnError_data();
    void missingRateIsItsOwnError();
    void overflowIsReported_data();
    void overflowIsReported();
    void minorMatchesConvert();
};

void TestCurrency::converts_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("toIdr");
    QTest::addColumn<qint64>("expected");
    const QString idr = QStringLiteral("IDR");
    const QString usd = QStringLiteral("USD");
    // 1,250.50 USD * 15,800 = 19,757,900 IDR (cents to whole rupiah: /100).
    QTest::newRow("USD to IDR") << qint64(125050) << usd << idr << true << qint64(19'757'900);
    QTest::newRow("one cent to IDR") << qint64(1) << usd << idr << true << qint64(158);
    QTest::newRow("negative USD to IDR") << qint64(-125050) << usd << idr << true
                                         << qint64(-19'757'900);
    // 0.01 SGD * 11,750.5 = 117.505 -> 118 (rounds up past .5); 0.02 SGD = 235.01 -> 235.
    QTest::newRow("SGD cent rounds up") << qint64(1) << QStringLiteral("SGD") << idr << true
                                        << qint64(118);
    QTest::newRow("SGD two cents rounds down") << qint64(2) << QStringLiteral("SGD") << idr
                                               << true << qint64(235);
    // 3 JPY (no decimals) * 105 = 315 IDR.
    QTest::newRow("JPY to IDR, both whole") << qint64(3) << QStringLiteral("JPY") << idr << true
                                            << qint64(315);
    QTest::newRow("same currency, no rate needed") << qint64(12345) << idr << idr << true
                                                   << qint64(12345);
    // 1.00 EUR * 1.085 = 1.085 USD = 108.5 cents: exactly half, away from zero.
    QTest::newRow("EUR to USD at .5") << qint64(100) << QStringLiteral("EUR") << usd << false
                                      << qint64(109);
    QTest::newRow("negative EUR to USD at .5") << qint64(-100) << QStringLiteral("EUR") << usd
                                               << false << qint64(-109);
    // 0.99 EUR * 1.085 = 1.07415 USD -> 107 cents.
    QTest::newRow("EUR below .5") << qint64(99) << QStringLiteral("EUR") << usd << false
                                  << qint64(107);
    // Rp 1.000.000 * 0.000063 = 63.00 USD = 6300 cents (whole rupiah to cents: *100).
    QTest::newRow("IDR to USD") << qint64(1'000'000) << idr << usd << false << qint64(6300);
    // Rp 7.937 * 0.000063 = 0.500031 USD -> 50 cents; Rp 79 = 0.004977 -> 0 cents.
    QTest::newRow("IDR to USD, rounds to cents") << qint64(7937) << idr << usd << false
                                                 << qint64(50);
    QTest::newRow("IDR to USD, under half a cent") << qint64(79) << idr << usd << false
                                                   << qint64(0);
    // 12,500 VND * 0.00004 = 0.50 USD; 125 VND = 0.005 USD: half a cent, away from zero.
    QTest::newRow("VND to USD") << qint64(12'500) << QStringLiteral("VND") << usd << false
                                << qint64(50);
    QTest::newRow("VND to USD at .5 of a cent") << qint64(125) << QStringLiteral("VND") << usd
                                                << false << qint64(1);
    QTest::newRow("negative VND at .5 of a cent") << qint64(-125) << QStringLiteral("VND") << usd
                                                  << false << qint64(-1);
}

void TestCurrency::converts()
{
    QFETCH(qint64, minor);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, toIdr);
    QFETCH(qint64, expected);
    const Result<Money> converted = convert(Money(minor, from), to, toIdr ? kRatesToIdr : kRatesToUsd);
    QVERIFY2(converted.ok(), qPrintable(converted.errorMessage()));
    QCOMPARE(converted->minor(), expected);
    QCOMPARE(converted->currency(), to);
}

void TestCurrency::missingRateIsItsOwnError_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("absent") << QStringLiteral("GBP");
    QTest::newRow("zero rate") << QStringLiteral("EUR");
    QTest::newRow("no currency") << QString();
}

void TestCurrency::missingRateIsItsOwnError()
{
    QFETCH(QString, from);
    const Result<Money> converted = convert(Money(100, from), QStringLiteral("IDR"), kRatesToIdr);
    QVERIFY(!converted.ok());
    QVERIFY(isMissingRate(converted.error()));
    QVERIFY(!converted.errorMessage().isEmpty());
    qint64 untouched = 42;
    QCOMPARE(convertMinor(100, from, QStringLiteral("IDR"), kRatesToIdr, &untouched),
             ConversionStatus::MissingRate);
    QCOMPARE(untouched, qint64(42));
}

void TestCurrency::overflowIsReported_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("from");
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("largest USD") << max << QStringLiteral("USD");
    QTest::newRow("smallest USD") << min << QStringLiteral("USD");
    // 10^17 cents * 158 = 1.58 * 10^19 rupiah: just past qint64.
    QTest::newRow("just past") << qint64(100'000'000'000'000'000) << QStringLiteral("USD");
    QTest::newRow("largest JPY") << max << QStringLiteral("JPY");
}

void TestCurrency::overflowIsReported()
{
    QFETCH(qint64, minor);
    QFETCH(QString, from);
    const Result<Money> converted = convert(Money(minor, from), QStringLiteral("IDR"), kRatesToIdr);
    QVERIFY(!converted.ok());
    QVERIFY(!isMissingRate(converted.error()));
    qint64 result = 0;
    QCOMPARE(convertMinor(minor, from, QStringLiteral("IDR"), kRatesToIdr, &result),
             ConversionStatus::Overflow);
}

void TestCurrency::minorMatchesConvert()
{
    // Largest whole-cent amount that still fits: 58,375,564,539,758,326 cents * 158.
    const qint64 fits = std::numeric_limits<qint64>::max() / 158;
    qint64 result = 0;
    QCOMPARE(convertMinor(fits, QStringLiteral("USD"), QStringLiteral("IDR"), kRatesToIdr, &result),
             ConversionStatus::Converted);
    QCOMPARE(result, fits * 158);
}

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
