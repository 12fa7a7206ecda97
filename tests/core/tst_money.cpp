#include "domain/money.h"

#include <QTest>

using namespace Sepakat;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void addAndSubtract();
    void overflowIsReported();
    void mixingCurrenciesIsAnError();
    void timesQuantityRoundsHalfAwayFromZero_data();
    void timesQuantityRoundsHalfAwayFromZero();
    void timesBasisPoints_data();
    void timesBasisPoints();
    void basisPoints_data();
    void basisPoints();
    void plainStringRoundTrip_data();
    void plainStringRoundTrip();
    void minorDigits();
    void subtractingAnotherCurrencyIsAnError();
    void negation();
    void scalingAtTheEdges();
};

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("IDR in Indonesian") << qint64(1250000) << "IDR"
                                       << "id"
                                       << "Rp 1.250.000";
    QTest::newRow("IDR in English") << qint64(1250000) << "IDR"
                                    << "en"
                                    << "IDR 1,250,000";
    QTest::newRow("USD in English") << qint64(125050) << "USD"
                                    << "en"
                                    << "USD 1,250.50";
    QTest::newRow("USD in Indonesian") << qint64(125050) << "USD"
                                       << "id"
                                       << "USD 1.250,50";
    QTest::newRow("EUR cents") << qint64(5) << "EUR"
                               << "en"
                               << "EUR 0.05";
    QTest::newRow("negative IDR") << qint64(-1500) << "IDR"
                                  << "id"
                                  << "-Rp 1.500";
    QTest::newRow("zero USD") << qint64(0) << "USD"
                              << "en"
                              << "USD 0.00";
    QTest::newRow("minimum") << std::numeric_limits<qint64>::min() << "IDR"
                             << "en"
                             << "-IDR 9223372036854775808";
}

void TestMoney::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QLocale locale(language == u"id" ? QLocale::Indonesian : QLocale::English,
                         language == u"id" ? QLocale::Indonesia : QLocale::UnitedStates);
    QCOMPARE(Money(minor, currency).format(locale), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("plain") << "1250000"
                           << "IDR"
                           << "c" << qint64(1250000);
    QTest::newRow("id grouping") << "1.250.000"
                                 << "IDR"
                                 << "id" << qint64(1250000);
    QTest::newRow("Rp prefix") << "Rp 1.250.000"
                               << "IDR"
                               << "id" << qint64(1250000);
    QTest::newRow("en grouping with decimals") << "1,250.50"
                                               << "USD"
                                               << "en" << qint64(125050);
    QTest::newRow("id decimals") << "1.250,5"
                                 << "USD"
                                 << "id" << qint64(125050);
    QTest::newRow("code prefix") << "USD 10"
                                 << "USD"
                                 << "en" << qint64(1000);
    QTest::newRow("negative") << "-3.5"
                              << "EUR"
                              << "c" << qint64(-350);
    // Plain digits take a shorter way; the results must be the same.
    QTest::newRow("plain with decimals") << "8919.50"
                                         << "USD"
                                         << "c" << qint64(891950);
    QTest::newRow("plain, one decimal") << "8919.5"
                                        << "USD"
                                        << "c" << qint64(891950);
    QTest::newRow("plain, point last") << "12."
                                       << "USD"
                                       << "c" << qint64(1200);
    QTest::newRow("plain, leading zeros") << "007"
                                          << "IDR"
                                          << "c" << qint64(7);
    QTest::newRow("plain, comma decimals") << "8919,50"
                                           << "USD"
                                           << "id" << qint64(891950);
    QTest::newRow("plain, largest") << "92233720368547758.07"
                                    << "USD"
                                    << "c" << qint64(9223372036854775807);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, language);
    QFETCH(qint64, expected);
    const QLocale locale = language == u"c"    ? QLocale::c()
                           : language == u"id" ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
    const Result<Money> parsed = Money::parse(text, currency, locale);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->minor(), expected);
    QCOMPARE(parsed->currency(), currency);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::newRow("empty") << ""
                           << "IDR";
    QTest::newRow("letters") << "abc"
                             << "IDR";
    QTest::newRow("decimals on rupiah") << "10.5"
                                        << "IDR";
    QTest::newRow("three decimals on dollars") << "1.005"
                                               << "USD";
    QTest::newRow("too large") << "99999999999999999999"
                               << "IDR";
    QTest::newRow("two points") << "1.2.3"
                                << "USD";
    QTest::newRow("only a point") << "."
                                  << "USD";
    QTest::newRow("too large once in cents") << "92233720368547759"
                                             << "USD";
    QTest::newRow("too large by a cent") << "92233720368547758.08"
                                         << "USD";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    const Result<Money> parsed = Money::parse(text, currency, QLocale::c());
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.errorMessage().isEmpty());
}

void TestMoney::addAndSubtract()
{
    const Money a(1000, QStringLiteral("IDR"));
    const Money b(250, QStringLiteral("IDR"));
    QCOMPARE(a.plus(b)->minor(), qint64(1250));
    QCOMPARE(a.minus(b)->minor(), qint64(750));
    QCOMPARE(b.minus(a)->minor(), qint64(-750));
}

void TestMoney::overflowIsReported()
{
    const Money max(std::numeric_limits<qint64>::max(), QStringLiteral("IDR"));
    const Money min(std::numeric_limits<qint64>::min(), QStringLiteral("IDR"));
    QVERIFY(!max.plus(Money(1, QStringLiteral("IDR"))).ok());
    QVERIFY(!min.minus(Money(1, QStringLiteral("IDR"))).ok());
    QVERIFY(!min.negated().ok());
    QVERIFY(!max.timesQuantity(2000).ok());
    QVERIFY(!max.timesBasisPoints(20000).ok());
    QVERIFY(max.timesBasisPoints(10000).ok());
}

void TestMoney::mixingCurrenciesIsAnError()
{
    const Result<Money> sum = Money(1, QStringLiteral("IDR")).plus(Money(1, QStringLiteral("USD")));
    QVERIFY(!sum.ok());
    QVERIFY(sum.errorMessage().contains(QStringLiteral("USD")));
}

void TestMoney::timesQuantityRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("whole") << qint64(1000) << qint64(3000) << qint64(3000);
    QTest::newRow("1.5 x 3 = 4.5 -> 5") << qint64(3) << qint64(1500) << qint64(5);
    QTest::newRow("-1.5 x 3 = -4.5 -> -5") << qint64(-3) << qint64(1500) << qint64(-5);
    QTest::newRow("0.333 x 10 = 3.33 -> 3") << qint64(10) << qint64(333) << qint64(3);
    QTest::newRow("2.5 x 1 = 2.5 -> 3") << qint64(1) << qint64(2500) << qint64(3);
}

void TestMoney::timesQuantityRoundsHalfAwayFromZero()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, milli);
    QFETCH(qint64, expected);
    QCOMPARE(Money(minor, QStringLiteral("IDR")).timesQuantity(milli)->minor(), expected);
}

void TestMoney::timesBasisPoints_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("bp");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("PPN 11 % of 1.250.000") << qint64(1250000) << qint64(1100) << qint64(137500);
    QTest::newRow("15 % of 999") << qint64(999) << qint64(1500) << qint64(150); // 149.85
    QTest::newRow("12.5 % of 4") << qint64(4) << qint64(1250) << qint64(1);     // 0.5 -> 1
    QTest::newRow("12.5 % of -4") << qint64(-4) << qint64(1250) << qint64(-1);  // -0.5 -> -1
    QTest::newRow("12.5 % of 3") << qint64(3) << qint64(1250) << qint64(0);     // 0.375 -> 0
}

void TestMoney::timesBasisPoints()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, bp);
    QFETCH(qint64, expected);
    QCOMPARE(Money(minor, QStringLiteral("IDR")).timesBasisPoints(bp)->minor(), expected);
}

void TestMoney::basisPoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("whole") << "11" << qint64(1100);
    QTest::newRow("with sign") << "11 %" << qint64(1100);
    QTest::newRow("decimal point") << "12.5" << qint64(1250);
    QTest::newRow("two decimals") << "0.25%" << qint64(25);
}

void TestMoney::basisPoints()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const Result<qint64> parsed = parseBasisPoints(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parseBasisPoints(formatBasisPoints(expected, QLocale::c())).value(), expected);
}

void TestMoney::plainStringRoundTrip_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("plain");
    QTest::newRow("rupiah, no grouping") << qint64(1250000) << "IDR"
                                         << "1250000";
    QTest::newRow("dollars and cents") << qint64(-125050) << "USD"
                                       << "-1250.50";
    QTest::newRow("one cent") << qint64(1) << "EUR"
                              << "0.01";
    QTest::newRow("yen") << qint64(1000) << "JPY"
                         << "1000";
    QTest::newRow("zero rupiah") << qint64(0) << "IDR"
                                 << "0";
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "IDR"
                             << "9223372036854775807";
}

// Files store the plain form; reading it back must give the same amount to the minor unit.
void TestMoney::plainStringRoundTrip()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, plain);
    const Money m(minor, currency);
    QCOMPARE(m.toPlainString(), plain);
    const Result<Money> back = Money::parse(plain, currency);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(*back, m);
}

void TestMoney::minorDigits()
{
    QCOMPARE(Money::minorDigits(QStringLiteral("IDR")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("JPY")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("USD")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("SGD")), 2);
    QVERIFY(Money::isKnownCurrency(QStringLiteral("IDR")));
    QVERIFY(!Money::isKnownCurrency(QStringLiteral("idr"))); // codes are upper case
    QVERIFY(!Money::isKnownCurrency(QString()));
    QVERIFY(Money::knownCurrencies().contains(QStringLiteral("EUR")));
    QVERIFY(!Money().isValid());
    QVERIFY(Money::zero(QStringLiteral("IDR")).isValid());
}

void TestMoney::subtractingAnotherCurrencyIsAnError()
{
    QVERIFY(!Money(5, QStringLiteral("USD")).minus(Money(1, QStringLiteral("EUR"))).ok());
    // An unset amount has no currency, so it does not silently count as zero rupiah.
    QVERIFY(!Money(5, QStringLiteral("IDR")).plus(Money()).ok());
}

void TestMoney::negation()
{
    QCOMPARE(Money(250, QStringLiteral("IDR")).negated()->minor(), qint64(-250));
    QCOMPARE(Money(-250, QStringLiteral("IDR")).negated()->minor(), qint64(250));
    QCOMPARE(Money(1, QStringLiteral("USD")).negated()->currency(), QStringLiteral("USD"));
}

void TestMoney::scalingAtTheEdges()
{
    const Money min(std::numeric_limits<qint64>::min(), QStringLiteral("IDR"));
    QCOMPARE(min.timesQuantity(1000)->minor(), std::numeric_limits<qint64>::min());
    QVERIFY(!min.timesQuantity(-1000).ok());
    QVERIFY(!min.timesQuantity(2000).ok());
    QCOMPARE(min.timesQuantity(0)->minor(), qint64(0));
    QCOMPARE(Money(7, QStringLiteral("IDR")).timesQuantity(-1500)->minor(), qint64(-11)); // -10,5
    QCOMPARE(Money(7, QStringLiteral("IDR")).timesBasisPoints(0)->minor(), qint64(0));
    QCOMPARE(Money(7, QStringLiteral("IDR")).timesBasisPoints(10000)->minor(), qint64(7));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
