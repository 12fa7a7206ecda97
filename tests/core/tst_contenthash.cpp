#include "negotiation/contenthash.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sepakat;

class TestContentHash : public QObject
{
    Q_OBJECT

private slots:
    void pinnedForm();
    void sameContentSameHash();
    void contentChangesHash_data();
    void contentChangesHash();
    void otherFieldsDoNotMatter_data();
    void otherFieldsDoNotMatter();
    void textCannotFakeRecords();
};

namespace {

Money idr(qint64 v)
{
    return Money(v, QStringLiteral("IDR"));
}

// The fixed offer of the pinned hash. Change it and the pinned values must be worked out again.
Offer fixedOffer()
{
    Offer o;
    o.id = QStringLiteral("offer-1");
    o.dealId = QStringLiteral("deal-1");
    o.version = 2;
    o.currency = QStringLiteral("IDR");
    OfferLine licence;
    licence.id = QStringLiteral("line-1");
    licence.productId = QStringLiteral("prod-lic");
    licence.description = QStringLiteral("Licence");
    licence.quantityMilli = 3000;
    licence.unitPrice = idr(1250000);
    licence.unitCost = idr(800000);
    licence.discountBasisPoints = 500;
    OfferLine setup;
    setup.id = QStringLiteral("line-2");
    setup.description = QStringLiteral("Pelatihan – 2 hari"); // free text; the dash is 3 bytes
    setup.quantityMilli = 1500;
    setup.unitPrice = idr(2000000);
    o.lines = {licence, setup};
    o.documentDiscountBasisPoints = 250;
    o.taxBasisPoints = 1100;
    o.terms.paymentDays = 30;
    o.terms.deliveryDays = 14;
    o.terms.support = SupportLevel::Priority;
    o.terms.warrantyMonths = 12;
    o.terms.contractMonths = 24;
    o.offerDate = QDate(2024, 3, 1);
    o.validUntil = QDate(2024, 3, 31);
    o.customerNote = QStringLiteral("Thank you");
    o.createdAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    return o;
}

} // namespace

// Pinned on purpose: a change here means every stored approval would be voided on upgrade.
// If the format must change, bump "sepakat-offer-content" and migrate stored hashes.
void TestContentHash::pinnedForm()
{
    const QByteArray expected = "sepakat-offer-content=1\n"
                                "currency=3:IDR\n"
                                "document-discount-bp=250\n"
                                "tax-bp=1100\n"
                                "payment-days=30\n"
                                "delivery-days=14\n"
                                "support=priority\n"
                                "warranty-months=12\n"
                                "contract-months=24\n"
                                "valid-until=2024-03-31\n"
                                "lines=2\n"
                                "line.product=8:prod-lic\n"
                                "line.description=7:Licence\n"
                                "line.quantity-milli=3000\n"
                                "line.unit-price-minor=1250000\n"
                                "line.unit-price-currency=3:IDR\n"
                                "line.discount-bp=500\n"
                                "line.product=0:\n"
                                "line.description=20:Pelatihan – 2 hari\n"
                                "line.quantity-milli=1500\n"
                                "line.unit-price-minor=2000000\n"
                                "line.unit-price-currency=3:IDR\n"
                                "line.discount-bp=0\n";
    QCOMPARE(offerCanonicalContent(fixedOffer()), expected);
    QCOMPARE(offerContentHash(fixedOffer()),
             QStringLiteral("a794a06e25a7f4e31d5f526949bd6420cca009276bc0a51e3682410d9ce2de13"));
}

void TestContentHash::sameContentSameHash()
{
    const QString hash = offerContentHash(fixedOffer());
    QCOMPARE(hash.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch());
    QCOMPARE(offerContentHash(fixedOffer()), hash);
}

void TestContentHash::contentChangesHash_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change : {"currency",
                               "document discount",
                               "tax",
                               "payment days",
                               "delivery days",
                               "support",
                               "warranty",
                               "contract months",
                               "valid until",
                               "valid until cleared",
                               "line product",
                               "line description",
                               "line description spacing",
                               "line quantity",
                               "line unit price",
                               "line unit price currency",
                               "line discount",
                               "line added",
                               "line removed",
                               "lines reordered"})
        QTest::newRow(change) << QString::fromLatin1(change);
}

void TestContentHash::contentChangesHash()
{
    QFETCH(QString, change);
    Offer o = fixedOffer();
    OfferLine &first = o.lines[0];
    if (change == u"currency")
        o.currency = QStringLiteral("USD");
    else if (change == u"document discount")
        o.documentDiscountBasisPoints = 251;
    else if (change == u"tax")
        o.taxBasisPoints = 1200;
    else if (change == u"payment days")
        o.terms.paymentDays = 31;
    else if (change == u"delivery days")
        o.terms.deliveryDays = 13;
    else if (change == u"support")
        o.terms.support = SupportLevel::Dedicated;
    else if (change == u"warranty")
        o.terms.warrantyMonths = 13;
    else if (change == u"contract months")
        o.terms.contractMonths = 36;
    else if (change == u"valid until")
        o.validUntil = o.validUntil.addDays(1);
    else if (change == u"valid until cleared")
        o.validUntil = QDate();
    else if (change == u"line product")
        first.productId = QStringLiteral("prod-lic-2");
    else if (change == u"line description")
        first.description = QStringLiteral("Licence (annual)");
    else if (change == u"line description spacing")
        first.description = QStringLiteral("Licence ");
    else if (change == u"line quantity")
        first.quantityMilli = 3001;
    else if (change == u"line unit price")
        first.unitPrice = idr(1250001);
    else if (change == u"line unit price currency")
        first.unitPrice = Money(1250000, QStringLiteral("JPY"));
    else if (change == u"line discount")
        first.discountBasisPoints = 501;
    else if (change == u"line added")
        o.lines.append(OfferLine());
    else if (change == u"line removed")
        o.lines.removeLast();
    else if (change == u"lines reordered")
        o.lines.swapItemsAt(0, 1);
    else
        QFAIL("unknown change");
    QVERIFY(offerContentHash(o) != offerContentHash(fixedOffer()));
}

void TestContentHash::otherFieldsDoNotMatter_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change : {"status", "id", "deal id", "version", "offer date", "created at",
                               "customer note", "line id", "line unit cost"})
        QTest::newRow(change) << QString::fromLatin1(change);
}

void TestContentHash::otherFieldsDoNotMatter()
{
    QFETCH(QString, change);
    Offer o = fixedOffer();
    if (change == u"status")
        o.status = OfferStatus::Approved;
    else if (change == u"id")
        o.id = QStringLiteral("offer-2");
    else if (change == u"deal id")
        o.dealId = QStringLiteral("deal-2");
    else if (change == u"version")
        o.version = 3;
    else if (change == u"offer date")
        o.offerDate = QDate(2024, 3, 2);
    else if (change == u"created at")
        o.createdAt = o.createdAt.addSecs(60);
    else if (change == u"customer note")
        o.customerNote = QStringLiteral("Terima kasih");
    else if (change == u"line id")
        o.lines[0].id = QStringLiteral("line-9");
    else if (change == u"line unit cost")
        o.lines[0].unitCost = idr(1);
    else
        QFAIL("unknown change");
    QCOMPARE(offerContentHash(o), offerContentHash(fixedOffer()));
}

// Without length prefixes "ab" + "" and "a" + "b" would run together into the same bytes.
void TestContentHash::textCannotFakeRecords()
{
    Offer a = fixedOffer();
    Offer b = fixedOffer();
    a.lines[0].productId = QStringLiteral("ab");
    a.lines[0].description = QString();
    b.lines[0].productId = QStringLiteral("a");
    b.lines[0].description = QStringLiteral("b");
    QVERIFY(offerContentHash(a) != offerContentHash(b));

    Offer c = fixedOffer();
    Offer d = fixedOffer();
    c.lines[0].description = QStringLiteral("Licence\nline.discount-bp=0");
    d.lines[0].description = QStringLiteral("Licence");
    QVERIFY(offerContentHash(c) != offerContentHash(d));
}

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
