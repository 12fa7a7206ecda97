#include "negotiation/roundcomparison.h"

#include <QTest>

using namespace Sepakat;

class TestRoundComparison : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void identicalRoundsHaveNoChanges();
    void repeatedDescriptionsMatchInOrder();
    void otherCurrency();
    void invalidRoundIsAnError();
    void quantities_data();
    void quantities();
};

namespace {

Money idr(qint64 v)
{
    return Money(v, QStringLiteral("IDR"));
}

OfferLine line(const QString &productId, const QString &description, qint64 quantityMilli,
               qint64 price)
{
    OfferLine l;
    l.productId = productId;
    l.description = description;
    l.quantityMilli = quantityMilli;
    l.unitPrice = idr(price);
    return l;
}

// 3 x Licence at 1.250.000 = 3.750.000, 1 x Installation (free text) at 2.000.000:
// net 5.750.000, PPN 11 % 632.500, total 6.382.500; nothing discounted.
Offer roundOne()
{
    Offer o;
    o.id = QStringLiteral("offer-1");
    o.currency = QStringLiteral("IDR");
    o.lines = {line(QStringLiteral("p-lic"), QStringLiteral("Licence"), 3000, 1250000),
               line({}, QStringLiteral("Installation"), 1000, 2000000)};
    o.validUntil = QDate(2024, 3, 31);
    return o;
}

Offer changed(const QString &change)
{
    Offer o = roundOne();
    o.id = QStringLiteral("offer-2"); // ids, versions and status are not compared
    o.version = 2;
    o.status = OfferStatus::Sent;
    OfferLine &licence = o.lines[0];
    if (change == u"payment days")
        o.terms.paymentDays = 45;
    else if (change == u"delivery days")
        o.terms.deliveryDays = 7;
    else if (change == u"support")
        o.terms.support = SupportLevel::Priority;
    else if (change == u"warranty")
        o.terms.warrantyMonths = 24;
    else if (change == u"contract months")
        o.terms.contractMonths = 36;
    else if (change == u"valid until")
        o.validUntil = QDate(2024, 4, 15);
    else if (change == u"valid until cleared")
        o.validUntil = QDate();
    else if (change == u"quantity")
        licence.quantityMilli = 4000;
    else if (change == u"line discount")
        licence.discountBasisPoints = 1000;
    else if (change == u"unit price")
        licence.unitPrice = idr(1200000);
    else if (change == u"line added")
        o.lines.append(line({}, QStringLiteral("Training"), 2000, 500000));
    else if (change == u"line removed")
        o.lines.removeLast();
    else if (change == u"product renamed")
        licence.description = QStringLiteral("Licence (annual)");
    else if (change == u"product swapped")
        licence.productId = QStringLiteral("p-lic-2");
    else if (change == u"lines reordered")
        o.lines.swapItemsAt(0, 1);
    else if (change == u"spaces around free text")
        o.lines[1].description = QStringLiteral(" Installation ");
    else if (change == u"document discount")
        o.documentDiscountBasisPoints = 250;
    else if (change == u"tax")
        o.taxBasisPoints = 1200;
    else if (change == u"status only")
        o.status = OfferStatus::Approved;
    else
        qFatal("unknown change %s", qPrintable(change));
    return o;
}

} // namespace

void TestRoundComparison::changes_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("descriptions");
    QTest::addColumn<qint64>("totalDelta");
    QTest::addColumn<qint64>("netDelta");
    QTest::addColumn<qint64>("discountDelta");

    const auto terms = [](const char *change, const char *kind, const char *description) {
        QTest::newRow(change) << QString::fromLatin1(change)
                              << QStringList{QString::fromLatin1(kind)}
                              << QStringList{QString::fromUtf8(description)} << 0LL << 0LL << 0LL;
    };
    terms("payment days", "payment-days", "Payment terms 30 → 45 days");
    terms("delivery days", "delivery-days", "Delivery 14 → 7 days");
    terms("support", "support", "Support Standard → Priority");
    terms("warranty", "warranty", "Warranty 12 → 24 months");
    terms("contract months", "contract-months", "Contract 12 → 36 months");
    terms("valid until", "valid-until", "Valid until 31/03/2024 → 15/04/2024");
    terms("valid until cleared", "valid-until", "Valid until 31/03/2024 → not set");
    // Only the tax rate: 5.750.000 x 12 % = 690.000, total 6.440.000 (+57.500); net unchanged.
    QTest::newRow("tax") << QStringLiteral("tax")
                         << QStringList{QStringLiteral("total"), QStringLiteral("tax")}
                         << QStringList{QStringLiteral("Total IDR 6,382,500 → IDR 6,440,000 "
                                                       "(+IDR 57,500)"),
                                        QStringLiteral("Tax 11 % → 12 %")}
                         << 57500LL << 0LL << 0LL;

    // Licence 3 -> 4: line 5.000.000, net 7.000.000 (+1.250.000), tax 770.000,
    // total 7.770.000 (+1.387.500).
    QTest::newRow("quantity")
        << QStringLiteral("quantity")
        << QStringList{QStringLiteral("total"), QStringLiteral("net"),
                       QStringLiteral("line-quantity")}
        << QStringList{QStringLiteral("Total IDR 6,382,500 → IDR 7,770,000 (+IDR 1,387,500)"),
                       QStringLiteral("Net before tax IDR 5,750,000 → IDR 7,000,000 "
                                      "(+IDR 1,250,000)"),
                       QStringLiteral("Licence: quantity 3 → 4")}
        << 1387500LL << 1250000LL << 0LL;
    // 10 % off the licence: 375.000 off, line 3.375.000, net 5.375.000 (-375.000),
    // tax 591.250, total 5.966.250 (-416.250); discount given 0 -> 375.000.
    QTest::newRow("line discount")
        << QStringLiteral("line discount")
        << QStringList{QStringLiteral("total"), QStringLiteral("net"), QStringLiteral("discount"),
                       QStringLiteral("line-discount")}
        << QStringList{QStringLiteral("Total IDR 6,382,500 → IDR 5,966,250 (-IDR 416,250)"),
                       QStringLiteral("Net before tax IDR 5,750,000 → IDR 5,375,000 "
                                      "(-IDR 375,000)"),
                       QStringLiteral("Discount given IDR 0 → IDR 375,000 (+IDR 375,000)"),
                       QStringLiteral("Licence: discount 0 % → 10 %")}
        << -416250LL << -375000LL << 375000LL;
    // Unit price 1.250.000 -> 1.200.000: line 3.600.000, net 5.600.000 (-150.000),
    // tax 616.000, total 6.216.000 (-166.500). The list value drops too: no discount given.
    QTest::newRow("unit price")
        << QStringLiteral("unit price")
        << QStringList{QStringLiteral("total"), QStringLiteral("net"),
                       QStringLiteral("line-unit-price")}
        << QStringList{QStringLiteral("Total IDR 6,382,500 → IDR 6,216,000 (-IDR 166,500)"),
                       QStringLiteral("Net before tax IDR 5,750,000 → IDR 5,600,000 "
                                      "(-IDR 150,000)"),
                       QStringLiteral("Licence: unit price IDR 1,250,000 → IDR 1,200,000")}
        << -166500LL << -150000LL << 0LL;
    // 2 x Training at 500.000 = 1.000.000: net 6.750.000, tax 742.500, total 7.492.500
    // (+1.110.000).
    QTest::newRow("line added")
        << QStringLiteral("line added")
        << QStringList{QStringLiteral("total"), QStringLiteral("net"), QStringLiteral("line-added")}
        << QStringList{QStringLiteral("Total IDR 6,382,500 → IDR 7,492,500 (+IDR 1,110,000)"),
                       QStringLiteral("Net before tax IDR 5,750,000 → IDR 6,750,000 "
                                      "(+IDR 1,000,000)"),
                       QStringLiteral("Added line: Training, 2 × IDR 500,000")}
        << 1110000LL << 1000000LL << 0LL;
    // Without Installation: net 3.750.000, tax 412.500, total 4.162.500 (-2.220.000).
    QTest::newRow("line removed")
        << QStringLiteral("line removed")
        << QStringList{QStringLiteral("total"), QStringLiteral("net"),
                       QStringLiteral("line-removed")}
        << QStringList{QStringLiteral("Total IDR 6,382,500 → IDR 4,162,500 (-IDR 2,220,000)"),
                       QStringLiteral("Net before tax IDR 5,750,000 → IDR 3,750,000 "
                                      "(-IDR 2,000,000)"),
                       QStringLiteral("Removed line: Installation")}
        << -2220000LL << -2000000LL << 0LL;
    // Matched by product id, so a new name is a rename, not a new line.
    QTest::newRow("product renamed")
        << QStringLiteral("product renamed") << QStringList{QStringLiteral("line-description")}
        << QStringList{QStringLiteral("Line renamed: Licence → Licence (annual)")} << 0LL << 0LL
        << 0LL;
    // Another product under the same name is another line; the prices stay the same.
    QTest::newRow("product swapped")
        << QStringLiteral("product swapped")
        << QStringList{QStringLiteral("line-added"), QStringLiteral("line-removed")}
        << QStringList{QStringLiteral("Added line: Licence, 3 × IDR 1,250,000"),
                       QStringLiteral("Removed line: Licence")}
        << 0LL << 0LL << 0LL;
    QTest::newRow("lines reordered")
        << QStringLiteral("lines reordered") << QStringList() << QStringList() << 0LL << 0LL << 0LL;
    QTest::newRow("spaces around free text") << QStringLiteral("spaces around free text")
                                             << QStringList() << QStringList() << 0LL << 0LL << 0LL;
    // 2,5 % of 5.750.000 = 143.750 off: net 5.606.250, tax 616.687,5 -> 616.688,
    // total 6.222.938 (-159.562).
    QTest::newRow("document discount")
        << QStringLiteral("document discount")
        << QStringList{QStringLiteral("total"), QStringLiteral("net"), QStringLiteral("discount"),
                       QStringLiteral("document-discount")}
        << QStringList{QStringLiteral("Total IDR 6,382,500 → IDR 6,222,938 (-IDR 159,562)"),
                       QStringLiteral("Net before tax IDR 5,750,000 → IDR 5,606,250 "
                                      "(-IDR 143,750)"),
                       QStringLiteral("Discount given IDR 0 → IDR 143,750 (+IDR 143,750)"),
                       QStringLiteral("Document discount 0 % → 2.5 %")}
        << -159562LL << -143750LL << 143750LL;
    QTest::newRow("status only") << QStringLiteral("status only") << QStringList() << QStringList()
                                 << 0LL << 0LL << 0LL;
}

void TestRoundComparison::changes()
{
    QFETCH(QString, change);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, descriptions);
    QFETCH(qint64, totalDelta);
    QFETCH(qint64, netDelta);
    QFETCH(qint64, discountDelta);

    const auto result = compareRounds(roundOne(), changed(change),
                                      QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QStringList gotKinds;
    QStringList gotDescriptions;
    for (const OfferChange &c : result->changes) {
        gotKinds.append(offerChangeKindKey(c.kind));
        gotDescriptions.append(c.description);
    }
    QCOMPARE(gotKinds, kinds);
    QCOMPARE(gotDescriptions, descriptions);
    QCOMPARE(result->totalDelta, idr(totalDelta));
    QCOMPARE(result->netDelta, idr(netDelta));
    QCOMPARE(result->discountDelta, idr(discountDelta));
}

void TestRoundComparison::identicalRoundsHaveNoChanges()
{
    const auto result = compareRounds(roundOne(), roundOne());
    QVERIFY(result.ok());
    QVERIFY(result->changes.isEmpty());
    QCOMPARE(result->totalDelta, idr(0));
}

// Two free-text lines both called "Support": the first matches the first, the second the second.
void TestRoundComparison::repeatedDescriptionsMatchInOrder()
{
    Offer before = roundOne();
    before.lines = {line({}, QStringLiteral("Support"), 1000, 100000),
                    line({}, QStringLiteral("Support"), 2000, 100000)};
    Offer after = before;
    after.lines[1].quantityMilli = 3000;
    after.terms.paymentDays = 60;
    const auto result = compareRounds(before, after, QLocale::c());
    QVERIFY(result.ok());
    const QList<OfferChange> quantity = result->changesOf(OfferChangeKind::LineQuantity);
    QCOMPARE(quantity.size(), 1);
    QCOMPARE(quantity.first().before, 2000);
    QCOMPARE(quantity.first().after, 3000);
    QCOMPARE(quantity.first().line, QStringLiteral("Support"));
    QVERIFY(!result->hasChange(OfferChangeKind::LineAdded));
    QVERIFY(!result->hasChange(OfferChangeKind::LineRemoved));
    const QList<OfferChange> payment = result->changesOf(OfferChangeKind::PaymentDays);
    QCOMPARE(payment.size(), 1);
    QCOMPARE(payment.first().before, 30);
    QCOMPARE(payment.first().after, 60);
    // 1 x 100.000 more: net +100.000, total +111.000.
    const QList<OfferChange> total = result->changesOf(OfferChangeKind::Total);
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.first().moneyBefore, idr(333000));
    QCOMPARE(total.first().moneyAfter, idr(444000));
    QCOMPARE(total.first().moneyDelta, idr(111000));
}

void TestRoundComparison::otherCurrency()
{
    Offer after = roundOne();
    after.currency = QStringLiteral("USD");
    for (OfferLine &l : after.lines)
        l.unitPrice = Money(l.unitPrice.minor() / 100, QStringLiteral("USD"));
    const auto result = compareRounds(roundOne(), after, QLocale::c());
    QVERIFY(result.ok());
    QVERIFY(!result->totalDelta.isValid());
    QVERIFY(!result->netDelta.isValid());
    QVERIFY(!result->discountDelta.isValid());
    QCOMPARE(result->changes.first().description, QStringLiteral("Currency IDR → USD"));
    const QList<OfferChange> prices = result->changesOf(OfferChangeKind::LineUnitPrice);
    QCOMPARE(prices.size(), 2);
    QVERIFY(!prices.first().moneyDelta.isValid());
}

void TestRoundComparison::invalidRoundIsAnError()
{
    Offer after = roundOne();
    after.documentDiscountBasisPoints = 20000;
    QVERIFY(!compareRounds(roundOne(), after).ok());
    QVERIFY(!compareRounds(after, roundOne()).ok());
}

void TestRoundComparison::quantities_data()
{
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("indonesian");
    QTest::newRow("whole") << 3000LL << QStringLiteral("3") << QStringLiteral("3");
    QTest::newRow("half") << 1500LL << QStringLiteral("1.5") << QStringLiteral("1,5");
    QTest::newRow("thousandth") << 1LL << QStringLiteral("0.001") << QStringLiteral("0,001");
    QTest::newRow("grouped") << 1250250LL << QStringLiteral("1,250.25")
                             << QStringLiteral("1.250,25");
    QTest::newRow("negative") << -2500LL << QStringLiteral("-2.5") << QStringLiteral("-2,5");
}

void TestRoundComparison::quantities()
{
    QFETCH(qint64, milli);
    QFETCH(QString, english);
    QFETCH(QString, indonesian);
    QCOMPARE(formatQuantity(milli, QLocale(QLocale::English)), english);
    QCOMPARE(formatQuantity(milli, QLocale(QLocale::Indonesian)), indonesian);
}

QTEST_GUILESS_MAIN(TestRoundComparison)
#include "tst_roundcomparison.moc"
