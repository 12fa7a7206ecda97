#include "samples.h"
#include "tempbook.h"
#include "value/customerview.h"
#include "value/valuefigures.h"

#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

Money idr(qint64 amount)
{
    return Money(amount, QStringLiteral("IDR"));
}

Offer offerOf(qint64 unitPrice, const QString &currency = QStringLiteral("IDR"))
{
    Offer offer;
    offer.currency = currency;
    OfferLine line;
    line.description = QStringLiteral("Module");
    line.quantityMilli = 2000;
    line.unitPrice = Money(unitPrice, currency);
    line.unitCost = Money(unitPrice / 3, currency);
    offer.lines << line;
    return offer;
}

Need need(const QString &id, qint64 hoursMilli, qint64 money)
{
    Need n;
    n.id = id;
    n.description = QStringLiteral("Need %1").arg(id);
    n.painHoursMilli = hoursMilli;
    if (money > 0)
        n.painMoney = idr(money);
    return n;
}

} // namespace

class TestValueFigures : public QObject
{
    Q_OBJECT

private slots:
    void figuresPerYear();
    void upfrontComesFromTheOverrideTheOfferOrNothing();
    void painWithoutSavingsIsSuggested();
    void customerViewHoldsNoInternalField();
};

// Hours and money per year average the whole horizon: 4200 h and Rp 669.900.000 over 36 months
// are 1400 h and Rp 223.300.000 a year; 1 minor unit over 7 months is 12/7 = 1.71 -> 2.
void TestValueFigures::figuresPerYear()
{
    ValueCaseResult result;
    result.currency = QStringLiteral("IDR");
    result.months.resize(36);
    result.totalHoursMilli = 4'200'000;
    result.totalBenefit = idr(669'900'000);
    result.paybackMonth = 12;
    result.paybackMonths = 11.96;
    result.roiPercent = 103.0;
    result.npv = idr(272'006'619);
    ValueFigures figures = valueFigures(result);
    QCOMPARE(figures.hoursPerYearMilli, qint64(1'400'000));
    QCOMPARE(figures.moneyPerYear, idr(223'300'000));
    QCOMPARE(figures.paybackMonth, std::optional<int>(12));
    QCOMPARE(figures.npv, idr(272'006'619));

    result.months.resize(7);
    result.totalBenefit = idr(1);
    QCOMPARE(valueFigures(result).moneyPerYear, idr(2));
    result.months.clear();
    QCOMPARE(valueFigures(result).moneyPerYear, idr(0));
}

void TestValueFigures::upfrontComesFromTheOverrideTheOfferOrNothing()
{
    ValueCaseInputs inputs = newValueCase(QStringLiteral("d"), QStringLiteral("IDR"));
    // 2 x Rp 1.000.000 with 11 % tax: Rp 2.220.000; the latest round counts.
    const QList<Offer> offers{offerOf(5'000'000), offerOf(1'000'000)};
    const std::optional<Money> total = currentOfferTotal(offers, QStringLiteral("IDR"));
    QCOMPARE(total, std::optional<Money>(idr(2'220'000)));
    QCOMPARE(valueCaseUpfront(inputs, total), idr(2'220'000));
    QCOMPARE(currentOfferTotal({}, QStringLiteral("IDR")), std::nullopt);
    QCOMPARE(currentOfferTotal({offerOf(100, QStringLiteral("USD"))}, QStringLiteral("IDR")),
             std::nullopt);
    QCOMPARE(valueCaseUpfront(inputs, std::nullopt), idr(0));
    inputs.upfrontOverride = idr(7);
    QCOMPARE(valueCaseUpfront(inputs, total), idr(7));
}

void TestValueFigures::painWithoutSavingsIsSuggested()
{
    ValueCaseInputs inputs = newValueCase(QStringLiteral("d"), QStringLiteral("IDR"));
    const QList<Need> needs{need(QStringLiteral("a"), 120'000, 0),
                            need(QStringLiteral("b"), 0, 12'000'000),
                            need(QStringLiteral("c"), 0, 0),
                            need(QStringLiteral("d"), 8'000, 500'000)};
    SavingsItem linked;
    linked.needId = QStringLiteral("a");
    inputs.items = {linked};
    const QList<Need> open = needsWithoutSavings(needs, inputs);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0).id, QStringLiteral("b"));
    QCOMPARE(open.at(1).id, QStringLiteral("d"));

    const QList<SavingsItem> both = suggestedItems(open.at(1), idr(85'000));
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).kind, SavingsKind::Time);
    QCOMPARE(both.at(0).hoursPerMonthMilli, qint64(8'000));
    QCOMPARE(both.at(0).hourlyRate, idr(85'000));
    QCOMPARE(both.at(0).needId, QStringLiteral("d"));
    QCOMPARE(both.at(1).kind, SavingsKind::Money);
    QCOMPARE(both.at(1).amountPerMonth, idr(500'000));
    for (const SavingsItem &item : both) {
        QVERIFY(!item.id.isEmpty());
        QVERIFY(item.validate().isEmpty());
    }
    QVERIFY(suggestedItems(needs.at(2), idr(85'000)).isEmpty());
}

void TestValueFigures::customerViewHoldsNoInternalField()
{
    TempBook temp;
    QVERIFY(temp.isValid());
    DealBook &book = temp.book();
    Customer customer = sampleCustomer();
    customer.id = QStringLiteral("c1");
    QVERIFY(book.customers().save(customer));
    Deal deal = sampleDeal(customer.id);
    deal.id = QStringLiteral("d1");
    QVERIFY(book.deals().save(deal));
    QVERIFY(!customerView(book, QStringLiteral("nope")));

    Need low = need(QStringLiteral("n1"), 1'000, 0);
    low.priority = Priority::Could;
    Need high = need(QStringLiteral("n2"), 0, 0);
    high.priority = Priority::Must;
    QVERIFY(book.worksheets().saveNeeds(deal.id, {low, high}));
    Offer offer = offerOf(1'000'000);
    offer.dealId = deal.id;
    QVERIFY(book.worksheets().saveOffer(offer));

    Result<CustomerView> view = customerView(book, deal.id);
    QVERIFY(view);
    QCOMPARE(view->customerName, customer.name);
    QCOMPARE(view->needs.size(), 2);
    QCOMPARE(view->needs.at(0).description, high.description); // most pressing first
    QVERIFY(view->offer);
    QCOMPARE(view->offer->total, idr(2'220'000));
    QCOMPARE(view->offer->lines.at(0).subtotal, idr(2'000'000));
    QVERIFY(!view->valueCase);

    ValueCaseInputs inputs = newValueCase(deal.id, QStringLiteral("IDR"));
    QVERIFY(book.worksheets().saveValueCase(inputs));
    view = customerView(book, deal.id);
    QVERIFY(view->valueCase);
    QCOMPARE(view->upfront, idr(2'220'000));
}

QTEST_GUILESS_MAIN(TestValueFigures)
#include "tst_valuefigures.moc"
