#include "negotiation/approvalpolicy.h"

#include <QTest>

using namespace Sepakat;

class TestApprovalPolicy : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void policyLimitsAreUsed();
    void allGivenTradeablesInOneReason();
    void indonesianNumbers();
    void emptyOfferBreachesNothing();
    void walkAwayInAnotherCurrencyIsSkipped();
    void stableKeys();
};

namespace {

constexpr qint64 kNoPlan = -1;
constexpr qint64 kPlanWithoutWalkAway = -2;

Money idr(qint64 v)
{
    return Money(v, QStringLiteral("IDR"));
}

Offer offer(qint64 unitPrice, qint64 unitCost, qint64 lineDiscount, int paymentDays)
{
    OfferLine line;
    line.description = QStringLiteral("Licence");
    line.quantityMilli = 1000;
    line.unitPrice = idr(unitPrice);
    line.unitCost = idr(unitCost);
    line.discountBasisPoints = lineDiscount;
    Offer o;
    o.currency = QStringLiteral("IDR");
    o.lines = {line};
    o.terms.paymentDays = paymentDays;
    return o;
}

std::optional<Plan> plan(qint64 walkAway)
{
    if (walkAway == kNoPlan)
        return std::nullopt;
    Plan p;
    if (walkAway != kPlanWithoutWalkAway)
        p.walkAway = idr(walkAway);
    return p;
}

Tradeable tradeable(const QString &give, TradeableStatus status, const QString &ask)
{
    Tradeable t;
    t.give = give;
    t.status = status;
    t.askInReturn = ask;
    return t;
}

QStringList keys(const QList<PolicyBreach> &breaches)
{
    QStringList result;
    for (const PolicyBreach &b : breaches)
        result.append(b.key);
    return result;
}

QStringList reasons(const QList<PolicyBreach> &breaches)
{
    QStringList result;
    for (const PolicyBreach &b : breaches)
        result.append(b.reason);
    return result;
}

QList<PolicyBreach> check(const Offer &o, const std::optional<Plan> &p,
                          const QList<Tradeable> &tradeables, const ApprovalPolicy &policy,
                          const QLocale &locale)
{
    const Result<OfferTotals> totals = computeTotals(o);
    if (!totals.ok())
        qFatal("%s", qPrintable(totals.errorMessage()));
    return checkOffer(o, *totals, p, tradeables, policy, locale);
}

} // namespace

// Default policy: discount at most 15 %, margin at least 25 %, payment at most 45 days.
// Unless a row says otherwise: one line of Rp 1.000.000 costing Rp 500.000 (margin 50 %),
// no discount, 30 days, walk-away Rp 700.000, no tradeables.
void TestApprovalPolicy::rules_data()
{
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<qint64>("unitCost");
    QTest::addColumn<qint64>("lineDiscount");
    QTest::addColumn<int>("paymentDays");
    QTest::addColumn<qint64>("walkAway");
    QTest::addColumn<QString>("tradeableStatus"); // empty: no tradeable
    QTest::addColumn<QString>("ask");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("reasons");

    const QString none;
    const auto row = [](const char *name) { return &QTest::newRow(name); };
    const auto base = [&](const char *name, qint64 price, qint64 cost, qint64 discount, int days,
                          qint64 walkAway) {
        return &(*row(name) << price << cost << discount << days << walkAway);
    };

    // Discount: 1.000.000 x 14,99 % = 149.900 off -> 149.900 / 1.000.000 = 1499 bp.
    *base("discount just below", 1000000, 500000, 1499, 30, 700000)
        << none << none << QStringList() << QStringList();
    *base("discount at the limit", 1000000, 500000, 1500, 30, 700000)
        << none << none << QStringList() << QStringList();
    *base("discount just above", 1000000, 500000, 1501, 30, 700000)
        << none << none << QStringList{QStringLiteral("discount")}
        << QStringList{QStringLiteral("Discount 15.01 % exceeds 15 % allowed")};
    // 22 % off: net 780.000, still above the walk-away 700.000; margin 280.000 / 780.000 = 35,9 %.
    *base("discount 22 %", 1000000, 500000, 2200, 30, 700000)
        << none << none << QStringList{QStringLiteral("discount")}
        << QStringList{QStringLiteral("Discount 22 % exceeds 15 % allowed")};
    // Rp 3.333 at 15 %: 499,95 rounds to 500 off; 500 / 3.333 = 15,0015 % -> 1500 bp, allowed:
    // the rule judges the percentage as shown, in whole basis points.
    *base("discount judged in whole basis points", 3333, 1000, 1500, 30, kNoPlan)
        << none << none << QStringList() << QStringList();

    // Margin on a net of 1.000.000: (1.000.000 - cost) / 1.000.000.
    *base("margin just above", 1000000, 749000, 0, 30, 700000)
        << none << none << QStringList() << QStringList();
    *base("margin at the limit", 1000000, 750000, 0, 30, 700000)
        << none << none << QStringList() << QStringList();
    // 249.900 / 1.000.000 = 24,99 %.
    *base("margin just below", 1000000, 750100, 0, 30, 700000)
        << none << none << QStringList{QStringLiteral("margin")}
        << QStringList{QStringLiteral("Margin 24.99 % is below the 25 % minimum")};
    *base("margin 24,9 %", 1000000, 751000, 0, 30, 700000)
        << none << none << QStringList{QStringLiteral("margin")}
        << QStringList{QStringLiteral("Margin 24.9 % is below the 25 % minimum")};
    // Selling under cost: -100.000 / 1.000.000 = -10 %.
    *base("margin negative", 1000000, 1100000, 0, 30, 700000)
        << none << none << QStringList{QStringLiteral("margin")}
        << QStringList{QStringLiteral("Margin -10 % is below the 25 % minimum")};

    *base("payment days just below", 1000000, 500000, 0, 44, 700000)
        << none << none << QStringList() << QStringList();
    *base("payment days at the limit", 1000000, 500000, 0, 45, 700000)
        << none << none << QStringList() << QStringList();
    *base("payment days just above", 1000000, 500000, 0, 46, 700000)
        << none << none << QStringList{QStringLiteral("payment-days")}
        << QStringList{QStringLiteral("Payment terms of 46 days exceed the 45 days allowed")};

    // Net 1.000.000 against the walk-away.
    *base("walk-away just below the price", 1000000, 500000, 0, 30, 999999)
        << none << none << QStringList() << QStringList();
    *base("walk-away equal to the price", 1000000, 500000, 0, 30, 1000000)
        << none << none << QStringList() << QStringList();
    *base("walk-away just above the price", 1000000, 500000, 0, 30, 1000001)
        << none << none << QStringList{QStringLiteral("below-walk-away")}
        << QStringList{
               QStringLiteral("Price IDR 1,000,000 is below the walk-away price of IDR 1,000,001")};
    *base("no plan", 1000000, 500000, 0, 30, kNoPlan)
        << none << none << QStringList() << QStringList();
    *base("plan without walk-away", 1000000, 500000, 0, 30, kPlanWithoutWalkAway)
        << none << none << QStringList() << QStringList();

    *base("tradeable offered with nothing asked", 1000000, 500000, 0, 30, 700000)
        << QStringLiteral("offered") << none << QStringList{QStringLiteral("nothing-in-return")}
        << QStringList{QStringLiteral("Given with nothing asked in return: Free training day")};
    *base("tradeable traded with nothing asked", 1000000, 500000, 0, 30, 700000)
        << QStringLiteral("traded") << QStringLiteral("   ")
        << QStringList{QStringLiteral("nothing-in-return")}
        << QStringList{QStringLiteral("Given with nothing asked in return: Free training day")};
    *base("tradeable offered with an ask", 1000000, 500000, 0, 30, 700000)
        << QStringLiteral("offered") << QStringLiteral("Two-year contract") << QStringList()
        << QStringList();
    *base("tradeable only planned", 1000000, 500000, 0, 30, 700000)
        << QStringLiteral("planned") << none << QStringList() << QStringList();

    // 22 % off: net 780.000 under a walk-away of 800.000; 60 days; a free gift. Margin
    // 280.000 / 780.000 = 35,9 % passes. Breaches come in rule order.
    *base("several at once", 1000000, 500000, 2200, 60, 800000)
        << QStringLiteral("offered") << none
        << QStringList{QStringLiteral("discount"), QStringLiteral("payment-days"),
                       QStringLiteral("below-walk-away"), QStringLiteral("nothing-in-return")}
        << QStringList{QStringLiteral("Discount 22 % exceeds 15 % allowed"),
                       QStringLiteral("Payment terms of 60 days exceed the 45 days allowed"),
                       QStringLiteral("Price IDR 780,000 is below the walk-away price of "
                                      "IDR 800,000"),
                       QStringLiteral("Given with nothing asked in return: Free training day")};
}

void TestApprovalPolicy::rules()
{
    QFETCH(qint64, unitPrice);
    QFETCH(qint64, unitCost);
    QFETCH(qint64, lineDiscount);
    QFETCH(int, paymentDays);
    QFETCH(qint64, walkAway);
    QFETCH(QString, tradeableStatus);
    QFETCH(QString, ask);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, reasons);

    QList<Tradeable> tradeables;
    if (!tradeableStatus.isEmpty()) {
        tradeables.append(tradeable(QStringLiteral("Free training day"),
                                    tradeableStatusFromKey(tradeableStatus), ask));
    }
    const QList<PolicyBreach> breaches =
        check(offer(unitPrice, unitCost, lineDiscount, paymentDays), plan(walkAway), tradeables,
              ApprovalPolicy(), QLocale(QLocale::English));
    QCOMPARE(::keys(breaches), keys);
    QCOMPARE(::reasons(breaches), reasons);
}

void TestApprovalPolicy::policyLimitsAreUsed()
{
    ApprovalPolicy strict;
    strict.maxDiscountBasisPoints = 1000;
    strict.minMarginBasisPoints = 6000;
    strict.maxPaymentDays = 14;
    // 12 % off: net 880.000, margin (880.000 - 500.000) / 880.000 = 43,18 % -> 4318 bp.
    const QList<PolicyBreach> breaches =
        check(offer(1000000, 500000, 1200, 30), std::nullopt, {}, strict, QLocale::c());
    QCOMPARE(keys(breaches), (QStringList{QStringLiteral("discount"), QStringLiteral("margin"),
                                          QStringLiteral("payment-days")}));
    QCOMPARE(reasons(breaches),
             (QStringList{QStringLiteral("Discount 12 % exceeds 10 % allowed"),
                          QStringLiteral("Margin 43.18 % is below the 60 % minimum"),
                          QStringLiteral("Payment terms of 30 days exceed the 14 days allowed")}));
}

void TestApprovalPolicy::allGivenTradeablesInOneReason()
{
    const QList<Tradeable> tradeables{
        tradeable(QStringLiteral("Free training day"), TradeableStatus::Offered, {}),
        tradeable(QStringLiteral("Priority support"), TradeableStatus::Traded,
                  QStringLiteral("Case study")),
        tradeable(QStringLiteral("Extended warranty"), TradeableStatus::Traded, {}),
    };
    const QList<PolicyBreach> breaches = check(offer(1000000, 500000, 0, 30), std::nullopt,
                                               tradeables, {}, QLocale(QLocale::English));
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches.first().rule, PolicyRule::NothingInReturn);
    QCOMPARE(breaches.first().reason,
             QStringLiteral(
                 "Given with nothing asked in return: Free training day and Extended warranty"));
}

void TestApprovalPolicy::indonesianNumbers()
{
    const QList<PolicyBreach> breaches =
        check(offer(1000000, 500000, 1501, 30), plan(900000), {}, {}, QLocale(QLocale::Indonesian));
    // 15,01 % off: net 849.900 under the walk-away 900.000.
    QCOMPARE(reasons(breaches),
             (QStringList{QStringLiteral("Discount 15,01 % exceeds 15 % allowed"),
                          QStringLiteral("Price Rp 849.900 is below the walk-away price of "
                                         "Rp 900.000")}));
}

void TestApprovalPolicy::emptyOfferBreachesNothing()
{
    Offer o;
    QVERIFY(check(o, plan(kPlanWithoutWalkAway), {}, {}, QLocale::c()).isEmpty());
}

void TestApprovalPolicy::walkAwayInAnotherCurrencyIsSkipped()
{
    Plan p;
    p.walkAway = Money(100000000, QStringLiteral("USD"));
    QVERIFY(check(offer(1000000, 500000, 0, 30), p, {}, {}, QLocale::c()).isEmpty());
}

void TestApprovalPolicy::stableKeys()
{
    QCOMPARE(policyRuleKey(PolicyRule::Discount), QStringLiteral("discount"));
    QCOMPARE(policyRuleKey(PolicyRule::Margin), QStringLiteral("margin"));
    QCOMPARE(policyRuleKey(PolicyRule::PaymentDays), QStringLiteral("payment-days"));
    QCOMPARE(policyRuleKey(PolicyRule::BelowWalkAway), QStringLiteral("below-walk-away"));
    QCOMPARE(policyRuleKey(PolicyRule::NothingInReturn), QStringLiteral("nothing-in-return"));
    for (const PolicyRule rule : kPolicyRules)
        QCOMPARE(policyRuleFromKey(policyRuleKey(rule)), std::optional<PolicyRule>(rule));
    QCOMPARE(policyRuleFromKey(QStringLiteral("rounding")), std::nullopt);
    const ApprovalPolicy defaults;
    QCOMPARE(defaults.maxDiscountBasisPoints, 1500);
    QCOMPARE(defaults.minMarginBasisPoints, 2500);
    QCOMPARE(defaults.maxPaymentDays, 45);
}

QTEST_GUILESS_MAIN(TestApprovalPolicy)
#include "tst_approvalpolicy.moc"
