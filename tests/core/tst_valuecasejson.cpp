#include "value/valuecasejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sepakat;

namespace {

// The input of issue 5, word for word.
const char kExample[] =
    R"({"currency": "IDR", "horizon_months": 36, "annual_discount_rate_percent": 10,
 "upfront_cost": "150000000", "monthly_cost": "5000000",
 "scenario_factors": {"conservative": 0.7, "expected": 1.0, "optimistic": 1.2},
 "items": [
   {"description": "Faster order entry", "kind": "time", "hours_per_month": 120,
    "hourly_rate": "85000", "realization_percent": 70, "start_month": 1, "ramp_months": 3},
   {"description": "Fewer stock-outs", "kind": "money", "amount_per_month": "12000000",
    "start_month": 2, "ramp_months": 0}]})";

QByteArray example()
{
    return QByteArray(kExample);
}

QByteArray edited(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = example();
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test data: %s is not in the example", from.constData());
    return json.replace(at, from.size(), to);
}

} // namespace

class TestValueCaseJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheIssueExample();
    void issueExampleRoundTrip();
    void writesTheIssueShape();
    void absentFiguresAreNull();
    void numbersAreReadAsDecimals_data();
    void numbersAreReadAsDecimals();
    void scenarioFactorsAreOptional();
    void badInput_data();
    void badInput();
    void everyProblemIsListed();
    void unknownCurrencyDoesNotHideTheRest();
};

void TestValueCaseJson::readsTheIssueExample()
{
    Money upfront;
    const auto read = readValueCaseJson(example(), &upfront);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    const ValueCaseInputs &in = read.value();
    const QString idr = QStringLiteral("IDR");
    QCOMPARE(in.currency, idr);
    QCOMPARE(in.horizonMonths, 36);
    QCOMPARE(in.annualDiscountRateBasisPoints, qint64(1000));
    QCOMPARE(upfront, Money(150000000, idr));
    QCOMPARE(in.upfrontOverride, std::optional<Money>(Money(150000000, idr)));
    QCOMPARE(in.monthlyCost, Money(5000000, idr));
    QCOMPARE(in.scenarios, ScenarioFactors{});
    QCOMPARE(in.items.size(), 2);
    const SavingsItem &time = in.items.at(0);
    QCOMPARE(time.description, QStringLiteral("Faster order entry"));
    QCOMPARE(time.kind, SavingsKind::Time);
    QCOMPARE(time.hoursPerMonthMilli, qint64(120000));
    QCOMPARE(time.hourlyRate, Money(85000, idr));
    QCOMPARE(time.realizationBasisPoints, qint64(7000));
    QCOMPARE(time.startMonth, 1);
    QCOMPARE(time.rampMonths, 3);
    const SavingsItem &money = in.items.at(1);
    QCOMPARE(money.kind, SavingsKind::Money);
    QCOMPARE(money.amountPerMonth, Money(12000000, idr));
    QCOMPARE(money.startMonth, 2);
    QCOMPARE(money.rampMonths, 0);
}

// Figures worked by hand and with exact Python arithmetic; see tst_valueengine for the working.
void TestValueCaseJson::issueExampleRoundTrip()
{
    Money upfront;
    const auto read = readValueCaseJson(example(), &upfront);
    QVERIFY(read.ok());
    const auto result = computeValueCase(read.value(), upfront, Scenario::Expected);
    QVERIFY(result.ok());
    const QByteArray text = writeValueCaseJson(result.value());

    QJsonParseError error;
    const QJsonObject out = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(out.value(u"currency").toString(), QStringLiteral("IDR"));
    QCOMPARE(out.value(u"scenario").toString(), QStringLiteral("expected"));
    const QJsonArray months = out.value(u"months").toArray();
    QCOMPARE(months.size(), 36);
    const QJsonObject first = months.at(0).toObject();
    QCOMPARE(first.value(u"month").toInt(), 1);
    QCOMPARE(first.value(u"hours_saved").toDouble(), 40.0);
    QCOMPARE(first.value(u"benefit").toString(), QStringLiteral("2380000"));
    QCOMPARE(first.value(u"cost").toString(), QStringLiteral("5000000"));
    QCOMPARE(first.value(u"net").toString(), QStringLiteral("-2620000"));
    QCOMPARE(first.value(u"cumulative").toString(), QStringLiteral("-152620000"));
    const QJsonObject second = months.at(1).toObject();
    QCOMPARE(second.value(u"hours_saved").toDouble(), 80.0);
    QCOMPARE(second.value(u"benefit").toString(), QStringLiteral("16760000"));
    QCOMPARE(second.value(u"cumulative").toString(), QStringLiteral("-140860000"));
    QCOMPARE(months.at(11).toObject().value(u"cumulative").toString(), QStringLiteral("540000"));
    QCOMPARE(out.value(u"total_hours_saved").toDouble(), 4200.0);
    QCOMPARE(out.value(u"total_benefit").toString(), QStringLiteral("669900000"));
    QCOMPARE(out.value(u"total_cost").toString(), QStringLiteral("180000000"));
    QCOMPARE(out.value(u"payback_month").toInt(), 12);
    QCOMPARE(out.value(u"payback_months").toDouble(), 11.96);
    QCOMPARE(out.value(u"roi_percent").toDouble(), 103.0);
    QCOMPARE(out.value(u"npv").toString(), QStringLiteral("272006619"));

    // Keys in the order the issue shows them, so a reader of the text finds them there.
    qsizetype previous = -1;
    for (const char *key : {"\"currency\"", "\"scenario\"", "\"months\"", "\"total_hours_saved\"",
                            "\"total_benefit\"", "\"total_cost\"", "\"payback_month\"",
                            "\"payback_months\"", "\"roi_percent\"", "\"npv\""}) {
        const qsizetype at = text.indexOf(key, previous + 1);
        QVERIFY2(at > previous, key);
        previous = at;
    }
}

void TestValueCaseJson::writesTheIssueShape()
{
    // USD, 2 months, 2.5 h x 10.00 at 100 % ramped over 2 months, no upfront, 3.00 a month.
    const QString usd = QStringLiteral("USD");
    ValueCaseInputs in;
    in.currency = usd;
    in.horizonMonths = 2;
    in.annualDiscountRateBasisPoints = 0;
    in.monthlyCost = Money(300, usd);
    SavingsItem item;
    item.description = QStringLiteral("x");
    item.hoursPerMonthMilli = 2500;
    item.hourlyRate = Money(1000, usd);
    item.rampMonths = 2;
    in.items = {item};
    const auto result = computeValueCase(in, Money(0, usd), Scenario::Optimistic);
    QVERIFY(result.ok());
    // Optimistic 1.2: 1.5 h / 15.00 then 3.0 h / 30.00; nets 12.00 and 27.00; ROI
    // (45 - 6) / 6 = 650 %; it pays back in month 1 from a zero upfront: 0 months.
    const QByteArray expected =
        "{\n"
        "  \"currency\": \"USD\",\n"
        "  \"scenario\": \"optimistic\",\n"
        "  \"months\": [\n"
        "    {\"month\": 1, \"hours_saved\": 1.5, \"benefit\": \"15.00\", \"cost\": \"3.00\", "
        "\"net\": \"12.00\", \"cumulative\": \"12.00\"},\n"
        "    {\"month\": 2, \"hours_saved\": 3.0, \"benefit\": \"30.00\", \"cost\": \"3.00\", "
        "\"net\": \"27.00\", \"cumulative\": \"39.00\"}\n"
        "  ],\n"
        "  \"total_hours_saved\": 4.5,\n"
        "  \"total_benefit\": \"45.00\",\n"
        "  \"total_cost\": \"6.00\",\n"
        "  \"payback_month\": 1,\n"
        "  \"payback_months\": 0.0,\n"
        "  \"roi_percent\": 650.0,\n"
        "  \"npv\": \"39.00\"\n"
        "}\n";
    QCOMPARE(writeValueCaseJson(result.value()), expected);
}

void TestValueCaseJson::absentFiguresAreNull()
{
    // Rp 100 a month for 2 months against Rp 1.000 upfront: no payback. No cost at all
    // would leave ROI without a denominator; here the upfront exists, so check that apart.
    const QByteArray noPayback =
        R"({"currency": "IDR", "horizon_months": 2, "annual_discount_rate_percent": 0,
            "upfront_cost": "1000", "monthly_cost": "0",
            "items": [{"description": "a", "kind": "money", "amount_per_month": "100",
                       "start_month": 1, "ramp_months": 0}]})";
    Money upfront;
    auto read = readValueCaseJson(noPayback, &upfront);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    auto result = computeValueCase(read.value(), upfront, Scenario::Expected);
    QVERIFY(result.ok());
    QJsonObject out = QJsonDocument::fromJson(writeValueCaseJson(result.value())).object();
    QVERIFY(out.value(u"payback_month").isNull());
    QVERIFY(out.value(u"payback_months").isNull());
    QCOMPARE(out.value(u"roi_percent").toDouble(), -80.0);

    read = readValueCaseJson(QByteArray(noPayback).replace("\"1000\"", "\"0\""), &upfront);
    QVERIFY(read.ok());
    result = computeValueCase(read.value(), upfront, Scenario::Expected);
    QVERIFY(result.ok());
    out = QJsonDocument::fromJson(writeValueCaseJson(result.value())).object();
    QVERIFY(out.value(u"roi_percent").isNull());
    QCOMPARE(out.value(u"payback_month").toInt(), 1);
    QCOMPARE(out.value(u"payback_months").toDouble(), 0.0);
}

void TestValueCaseJson::numbersAreReadAsDecimals_data()
{
    QTest::addColumn<QByteArray>("hours");
    QTest::addColumn<QByteArray>("realization");
    QTest::addColumn<qint64>("hoursMilli");
    QTest::addColumn<qint64>("realizationBp");
    QTest::newRow("whole") << QByteArray("120") << QByteArray("70") << qint64(120000)
                           << qint64(7000);
    QTest::newRow("binary fractions")
        << QByteArray("0.1") << QByteArray("33.33") << qint64(100) << qint64(3333);
    QTest::newRow("rounded half away")
        << QByteArray("0.0005") << QByteArray("0.005") << qint64(1) << qint64(1);
    QTest::newRow("below half") << QByteArray("1e-5") << QByteArray("0.0049") << qint64(0)
                                << qint64(0);
    QTest::newRow("exponent") << QByteArray("1.5e2") << QByteArray("1e2") << qint64(150000)
                              << qint64(10000);
    QTest::newRow("float noise") << QByteArray("37.49999999999999") << QByteArray("69.99")
                                 << qint64(37500) << qint64(6999);
}

void TestValueCaseJson::numbersAreReadAsDecimals()
{
    QFETCH(QByteArray, hours);
    QFETCH(QByteArray, realization);
    QFETCH(qint64, hoursMilli);
    QFETCH(qint64, realizationBp);
    const QByteArray newHours = "\"hours_per_month\": " + hours;
    const QByteArray newRealization = "\"realization_percent\": " + realization;
    const QByteArray json = edited("\"hours_per_month\": 120", newHours)
                                .replace("\"realization_percent\": 70", newRealization);
    const auto read = readValueCaseJson(json);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->items.at(0).hoursPerMonthMilli, hoursMilli);
    QCOMPARE(read->items.at(0).realizationBasisPoints, realizationBp);
}

void TestValueCaseJson::scenarioFactorsAreOptional()
{
    auto read = readValueCaseJson(edited(
        R"("scenario_factors": {"conservative": 0.7, "expected": 1.0, "optimistic": 1.2},)", ""));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->scenarios, ScenarioFactors{});

    read = readValueCaseJson(edited(R"("conservative": 0.7, "expected": 1.0, "optimistic": 1.2)",
                                    R"("conservative": 0.55, "optimistic": 1.35)"));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->scenarios.conservative, qint64(5500));
    QCOMPARE(read->scenarios.expected, qint64(10000));
    QCOMPARE(read->scenarios.optimistic, qint64(13500));
}

void TestValueCaseJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words"); // a part of the message a reader needs

    QTest::newRow("malformed JSON") << example().left(60) << QString() << "offset";
    QTest::newRow("stray comma") << edited("\"ramp_months\": 0}", "\"ramp_months\": 0,}")
                                 << QString() << "offset";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << "object";
    QTest::newRow("missing currency") << edited("\"currency\": \"IDR\", ", "") << "currency"
                                      << "missing";
    QTest::newRow("unknown currency") << edited("\"IDR\"", "\"XYZ\"") << "currency"
                                      << "unknown currency \"XYZ\"";
    QTest::newRow("missing horizon") << edited("\"horizon_months\": 36, ", "") << "horizon_months"
                                     << "missing";
    QTest::newRow("horizon 0") << edited("\"horizon_months\": 36", "\"horizon_months\": 0")
                               << "horizon_months"
                               << "1 to 120";
    QTest::newRow("horizon 121") << edited("\"horizon_months\": 36", "\"horizon_months\": 121")
                                 << "horizon_months"
                                 << "1 to 120";
    QTest::newRow("horizon fraction")
        << edited("\"horizon_months\": 36", "\"horizon_months\": 12.5") << "horizon_months"
        << "whole number";
    QTest::newRow("horizon as text")
        << edited("\"horizon_months\": 36", "\"horizon_months\": \"36\"") << "horizon_months"
        << "whole number";
    QTest::newRow("discount rate as text") << edited("\"annual_discount_rate_percent\": 10",
                                                     "\"annual_discount_rate_percent\": \"10\"")
                                           << "annual_discount_rate_percent"
                                           << "number";
    QTest::newRow("missing discount rate")
        << edited("\"annual_discount_rate_percent\": 10,", "") << "annual_discount_rate_percent"
        << "missing";
    QTest::newRow("upfront as number") << edited("\"150000000\"", "150000000") << "upfront_cost"
                                       << "text";
    QTest::newRow("upfront not money") << edited("\"150000000\"", "\"lots\"") << "upfront_cost"
                                       << "lots";
    QTest::newRow("upfront decimals in IDR") << edited("\"150000000\"", "\"1.5\"") << "upfront_cost"
                                             << "no decimals";
    QTest::newRow("negative monthly cost")
        << edited("\"5000000\"", "\"-5000000\"") << "monthly_cost"
        << "negative";
    QTest::newRow("missing items") << edited(R"("items": [)", R"("things": [)") << "items"
                                   << "missing";
    QTest::newRow("items not a list") << QByteArray(R"({"currency": "IDR", "horizon_months": 36,
                          "annual_discount_rate_percent": 10, "upfront_cost": "1",
                          "monthly_cost": "1", "items": {}})")
                                      << "items"
                                      << "list";
    QTest::newRow("item not an object") << edited(R"("items": [)", R"("items": [3, )") << "items[0]"
                                        << "object";
    QTest::newRow("missing hourly rate")
        << edited(R"("amount_per_month": "12000000",)",
                  R"("hours_per_month": 1, "realization_percent": 50,)")
               .replace(R"("kind": "money")", R"("kind": "time")")
        << "items[1].hourly_rate"
        << "missing";
    QTest::newRow("missing amount")
        << edited(R"("amount_per_month": "12000000",)", "") << "items[1].amount_per_month"
        << "missing";
    QTest::newRow("negative hours") << edited("\"hours_per_month\": 120", "\"hours_per_month\": -1")
                                    << "items[0].hours_per_month"
                                    << "negative";
    QTest::newRow("realization above 100 %")
        << edited("\"realization_percent\": 70", "\"realization_percent\": 100.01")
        << "items[0].realization_percent"
        << "100 %";
    QTest::newRow("negative realization")
        << edited("\"realization_percent\": 70", "\"realization_percent\": -5")
        << "items[0].realization_percent"
        << "negative";
    QTest::newRow("start month 0")
        << edited("\"start_month\": 2", "\"start_month\": 0") << "items[1].start_month"
        << "1 or later";
    QTest::newRow("missing start month")
        << edited("\"start_month\": 1, ", "") << "items[0].start_month"
        << "missing";
    QTest::newRow("negative ramp")
        << edited("\"ramp_months\": 3", "\"ramp_months\": -2") << "items[0].ramp_months"
        << "negative";
    QTest::newRow("unknown kind") << edited("\"kind\": \"money\"", "\"kind\": \"barter\"")
                                  << "items[1].kind"
                                  << "\"time\" or \"money\"";
    QTest::newRow("missing description")
        << edited("\"description\": \"Fewer stock-outs\", ", "") << "items[1].description"
        << "missing";
    QTest::newRow("negative scenario factor")
        << edited("\"conservative\": 0.7", "\"conservative\": -0.7")
        << "scenario_factors.conservative"
        << "between 0 and 100";
    QTest::newRow("scenario factors out of order")
        << edited("\"conservative\": 0.7", "\"conservative\": 1.1") << "scenario_factors"
        << "rise";
    QTest::newRow("huge hours") << edited("\"hours_per_month\": 120", "\"hours_per_month\": 1e300")
                                << "items[0].hours_per_month"
                                << "too large";
}

void TestValueCaseJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, words);
    Money upfront(42, QStringLiteral("EUR"));
    const auto read = readValueCaseJson(json, &upfront);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, field);
    QVERIFY2(read.errorMessage().contains(words), qPrintable(read.errorMessage()));
    if (!field.isEmpty())
        QVERIFY2(read.errorMessage().startsWith(field + u':'), qPrintable(read.errorMessage()));
    QCOMPARE(upfront, Money(42, QStringLiteral("EUR"))); // untouched on failure
}

void TestValueCaseJson::everyProblemIsListed()
{
    const QByteArray json = edited("\"horizon_months\": 36", "\"horizon_months\": 0")
                                .replace("\"hourly_rate\": \"85000\",", "")
                                .replace("\"start_month\": 2", "\"start_month\": 0");
    const auto read = readValueCaseJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("horizon_months"));
    const QStringList lines = read.errorMessage().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"horizon_months:"));
    QVERIFY(lines.at(1).startsWith(u"items[0].hourly_rate:"));
    QVERIFY(lines.at(2).startsWith(u"items[1].start_month:"));
}

// The currency decides how amounts are read, but an unknown one must not hide the other problems.
void TestValueCaseJson::unknownCurrencyDoesNotHideTheRest()
{
    const QByteArray json = edited("\"IDR\"", "\"XYZ\"")
                                .replace("\"horizon_months\": 36", "\"horizon_months\": 0")
                                .replace("\"hourly_rate\": \"85000\"", "\"hourly_rate\": \"lots\"")
                                .replace("\"5000000\"", "\"-5000000\"");
    const auto read = readValueCaseJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("currency"));
    const QStringList lines = read.errorMessage().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"currency:"));
    QVERIFY(lines.at(1).startsWith(u"horizon_months:"));
    QVERIFY(lines.at(2).startsWith(u"monthly_cost:"));
    QVERIFY(lines.at(3).startsWith(u"items[0].hourly_rate:"));
}

QTEST_GUILESS_MAIN(TestValueCaseJson)
#include "tst_valuecasejson.moc"
