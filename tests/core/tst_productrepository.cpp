#include "samples.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

class TestProductRepository : public QObject
{
    Q_OBJECT

private slots:
    void saveAndFindRoundTrip();
    void allIsSortedByName();
    void skuMustBeUnique();
    void invalidProductSavesNothing_data();
    void invalidProductSavesNothing();
    void removeDeletesAnUnusedProduct();
    void removeDeactivatesAProductOnOffers();
};

void TestProductRepository::saveAndFindRoundTrip()
{
    TempBook temp;
    Product product = sampleProduct();
    product.id = QStringLiteral("p-1");
    SEPAKAT_VERIFY_OK(temp.book().products().save(product));
    QCOMPARE(*temp.book().products().find(product.id), product);

    product.unitPrice = Money(5'100'000, QStringLiteral("IDR"));
    product.active = false;
    SEPAKAT_VERIFY_OK(temp.book().products().save(product));
    QCOMPARE(*temp.book().products().find(product.id), product);
    QCOMPARE(temp.book().products().count(), 1);
    QCOMPARE(temp.book().audit().recent(1).first().action, QStringLiteral("product-saved"));
    QVERIFY(!temp.book().products().find(QStringLiteral("nope")));
}

void TestProductRepository::allIsSortedByName()
{
    TempBook temp;
    Product b = sampleProduct(QStringLiteral("B"));
    b.name = QStringLiteral("training day");
    Product a = sampleProduct(QStringLiteral("A"));
    a.name = QStringLiteral("Analytics module");
    SEPAKAT_VERIFY_OK(temp.book().products().save(b));
    SEPAKAT_VERIFY_OK(temp.book().products().save(a));
    const QList<Product> all = temp.book().products().all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).sku, QStringLiteral("A"));
    QCOMPARE(all.at(1).sku, QStringLiteral("B"));
}

void TestProductRepository::skuMustBeUnique()
{
    TempBook temp;
    SEPAKAT_VERIFY_OK(temp.book().products().save(sampleProduct()));
    Product twin = sampleProduct();
    twin.name = QStringLiteral("Another name");
    const Status refused = temp.book().products().save(twin);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("sku"));
    QVERIFY(refused.errorMessage().contains(QLatin1String("SPK-CRM-USR")));
    QCOMPARE(temp.book().products().count(), 1);
}

void TestProductRepository::invalidProductSavesNothing_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("field");
    Product negative = sampleProduct();
    negative.unitPrice = Money(-1, QStringLiteral("IDR"));
    QTest::newRow("negative price") << negative << "unitPrice";
    Product noName = sampleProduct();
    noName.name.clear();
    QTest::newRow("no name") << noName << "name";
    Product noSku = sampleProduct(QString());
    QTest::newRow("no SKU") << noSku << "sku";
    Product mixed = sampleProduct();
    mixed.unitCost = Money(100, QStringLiteral("USD"));
    QTest::newRow("cost in another currency") << mixed << "unitCost";
}

void TestProductRepository::invalidProductSavesNothing()
{
    QFETCH(Product, product);
    QFETCH(QString, field);
    TempBook temp;
    const Status status = temp.book().products().save(product);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, field);
    QCOMPARE(temp.book().products().count(), 0);
    QCOMPARE(temp.book().audit().count(), 0);
}

void TestProductRepository::removeDeletesAnUnusedProduct()
{
    TempBook temp;
    SEPAKAT_VERIFY_OK(temp.book().products().save(sampleProduct()));
    const QString id = temp.book().products().all().first().id;
    SEPAKAT_VERIFY_OK(temp.book().products().remove(id));
    QCOMPARE(temp.book().products().count(), 0);
    QCOMPARE(temp.book().audit().recent(1).first().action, QStringLiteral("product-removed"));
}

void TestProductRepository::removeDeactivatesAProductOnOffers()
{
    TempBook temp;
    DealBook &book = temp.book();
    Product product = sampleProduct();
    product.id = QStringLiteral("p-1");
    SEPAKAT_VERIFY_OK(book.products().save(product));
    Customer customer = sampleCustomer();
    customer.id = QStringLiteral("c-1");
    SEPAKAT_VERIFY_OK(book.customers().save(customer));
    Deal deal = sampleDeal(customer.id);
    deal.id = QStringLiteral("d-1");
    SEPAKAT_VERIFY_OK(book.deals().save(deal));
    Offer offer;
    offer.dealId = deal.id;
    OfferLine line;
    line.productId = product.id;
    line.description = product.name;
    line.quantityMilli = 50'000;
    line.unitPrice = product.unitPrice;
    line.unitCost = product.unitCost;
    offer.lines << line;
    SEPAKAT_VERIFY_OK(book.worksheets().saveOffer(offer));

    SEPAKAT_VERIFY_OK(book.products().remove(product.id));
    const std::optional<Product> kept = book.products().find(product.id);
    QVERIFY(kept);
    QVERIFY(!kept->active);
    QCOMPARE(book.audit().recent(1).first().action, QStringLiteral("product-deactivated"));
    QCOMPARE(book.worksheets().offers(deal.id).first().lines.first().productId, product.id);
}

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
