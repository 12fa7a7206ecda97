#include "samples.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private slots:
    void saveAndFindRoundTrip();
    void allIsSortedByNameWithContacts();
    void findByNameIgnoresCase_data();
    void findByNameIgnoresCase();
    void updateReplacesContacts();
    void invalidCustomerSavesNothing_data();
    void invalidCustomerSavesNothing();
    void removeRefusedWhileDealsReferToIt();
    void removeTakesContactsAlong();
    void failingStepRollsBackTheWholeAction();
};

void TestCustomerRepository::saveAndFindRoundTrip()
{
    TempBook temp;
    QVERIFY(temp.isValid());
    Customer customer = sampleCustomer();
    customer.id = QStringLiteral("0b7d3c2e-1111-4a4a-8b8b-000000000001");
    customer.contacts[0].id = QStringLiteral("0b7d3c2e-1111-4a4a-8b8b-0000000000c1");
    customer.contacts[1].id = QStringLiteral("0b7d3c2e-1111-4a4a-8b8b-0000000000c2");
    SEPAKAT_VERIFY_OK(temp.book().customers().save(customer));
    QCOMPARE(temp.book().customers().count(), 1);
    const std::optional<Customer> loaded = temp.book().customers().find(customer.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, customer);

    // Ids are made when missing, and survive reopening the file.
    Customer fresh = sampleCustomer(QStringLiteral("RS Medika Nusantara"));
    SEPAKAT_VERIFY_OK(temp.book().customers().save(fresh));
    temp.close();
    QVERIFY(temp.reopen());
    const std::optional<Customer> found = temp.book().customers().findByName(fresh.name);
    QVERIFY(found);
    QVERIFY(!found->id.isEmpty());
    QCOMPARE(found->contacts.size(), 2);
    QVERIFY(!found->contacts.first().id.isEmpty());
    QCOMPARE(found->contacts.first().name, fresh.contacts.first().name);
}

void TestCustomerRepository::allIsSortedByNameWithContacts()
{
    TempBook temp;
    CustomerRepository customers = temp.book().customers();
    Customer b = sampleCustomer(QStringLiteral("bali Villa Group"));
    b.contacts.removeLast();
    Customer a = sampleCustomer(QStringLiteral("Apex Freight Pte Ltd"));
    Customer c = sampleCustomer(QStringLiteral("CV Batik Sekar Arum"));
    c.contacts.clear();
    for (const Customer &x : {b, c, a})
        SEPAKAT_VERIFY_OK(customers.save(x));
    const QList<Customer> all = customers.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, a.name);
    QCOMPARE(all.at(1).name, b.name);
    QCOMPARE(all.at(2).name, c.name);
    QCOMPARE(all.at(0).contacts.size(), 2);
    QCOMPARE(all.at(0).contacts.at(1).name, a.contacts.at(1).name); // in their saved order
    QCOMPARE(all.at(1).contacts.size(), 1);
    QCOMPARE(all.at(2).contacts.size(), 0);
}

void TestCustomerRepository::findByNameIgnoresCase_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<bool>("found");
    QTest::newRow("same") << "PT Kopi Sumatera" << "PT Kopi Sumatera" << true;
    QTest::newRow("ascii case") << "PT Kopi Sumatera" << "pt kopi SUMATERA" << true;
    QTest::newRow("unicode case") << "Manufacturas Bogotá" << "MANUFACTURAS BOGOTÁ" << true;
    QTest::newRow("surrounding space") << "Mutiara Retail" << "  mutiara retail " << true;
    QTest::newRow("other name") << "Mutiara Retail" << "Mutiara" << false;
}

void TestCustomerRepository::findByNameIgnoresCase()
{
    QFETCH(QString, stored);
    QFETCH(QString, asked);
    QFETCH(bool, found);
    TempBook temp;
    SEPAKAT_VERIFY_OK(temp.book().customers().save(sampleCustomer(stored)));
    const std::optional<Customer> result = temp.book().customers().findByName(asked);
    QCOMPARE(result.has_value(), found);
    if (found)
        QCOMPARE(result->name, stored);
}

void TestCustomerRepository::updateReplacesContacts()
{
    TempBook temp;
    CustomerRepository customers = temp.book().customers();
    SEPAKAT_VERIFY_OK(customers.save(sampleCustomer()));
    Customer stored = customers.all().first();
    stored.industry = QStringLiteral("Wholesale");
    stored.contacts.removeFirst();
    stored.contacts << Contact{{}, QStringLiteral("Rina Wijaya"), QStringLiteral("IT Manager"), {}, {}};
    SEPAKAT_VERIFY_OK(customers.save(stored));
    const Customer reloaded = *customers.find(stored.id);
    QCOMPARE(reloaded.industry, QStringLiteral("Wholesale"));
    QCOMPARE(reloaded.contacts.size(), 2);
    QCOMPARE(reloaded.contacts.at(0), stored.contacts.at(0));
    QCOMPARE(reloaded.contacts.at(1).name, QStringLiteral("Rina Wijaya"));
    QCOMPARE(countRows(temp.book(), QStringLiteral("SELECT COUNT(*) FROM contacts")), 2);
    QCOMPARE(customers.count(), 1);

    const QList<AuditEvent> events = temp.book().audit().recent(10);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).action, QStringLiteral("customer-saved"));
    QCOMPARE(events.at(1).action, QStringLiteral("customer-created"));
    QCOMPARE(events.at(0).entityId, stored.id);
}

void TestCustomerRepository::invalidCustomerSavesNothing_data()
{
    QTest::addColumn<Customer>("customer");
    QTest::addColumn<QString>("field");
    Customer noName = sampleCustomer(QStringLiteral("   "));
    QTest::newRow("empty name") << noName << "name";
    Customer badContact = sampleCustomer();
    badContact.contacts[1].name.clear();
    QTest::newRow("contact without a name") << badContact << "contacts[1].name";
}

void TestCustomerRepository::invalidCustomerSavesNothing()
{
    QFETCH(Customer, customer);
    QFETCH(QString, field);
    TempBook temp;
    const Status status = temp.book().customers().save(customer);
    QVERIFY(!status.ok());
    QVERIFY(!status.errorMessage().isEmpty());
    QCOMPARE(status.error().field, field);
    QCOMPARE(temp.book().customers().count(), 0);
    QCOMPARE(countRows(temp.book(), QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
    QCOMPARE(temp.book().audit().count(), 0);
}

void TestCustomerRepository::removeRefusedWhileDealsReferToIt()
{
    TempBook temp;
    Customer customer = sampleCustomer();
    customer.id = QStringLiteral("c-1");
    SEPAKAT_VERIFY_OK(temp.book().customers().save(customer));
    SEPAKAT_VERIFY_OK(temp.book().deals().save(sampleDeal(customer.id)));
    const Status refused = temp.book().customers().remove(customer.id);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(customer.name), qPrintable(refused.errorMessage()));
    QVERIFY(refused.errorMessage().contains(QLatin1String("1 deal")));
    QCOMPARE(temp.book().customers().count(), 1);

    const QString dealId = temp.book().deals().summaries().first().deal.id;
    SEPAKAT_VERIFY_OK(temp.book().deals().remove(dealId));
    SEPAKAT_VERIFY_OK(temp.book().customers().remove(customer.id));
    QCOMPARE(temp.book().customers().count(), 0);
    QCOMPARE(temp.book().audit().recent(1).first().action, QStringLiteral("customer-removed"));
}

void TestCustomerRepository::removeTakesContactsAlong()
{
    TempBook temp;
    SEPAKAT_VERIFY_OK(temp.book().customers().save(sampleCustomer()));
    const QString id = temp.book().customers().all().first().id;
    SEPAKAT_VERIFY_OK(temp.book().customers().remove(id));
    QCOMPARE(countRows(temp.book(), QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
    QVERIFY(!temp.book().customers().remove(id).ok());
}

void TestCustomerRepository::failingStepRollsBackTheWholeAction()
{
    TempBook temp;
    DealBook &book = temp.book();
    const Status status = book.transact([&]() -> Status {
        if (Status s = book.customers().save(sampleCustomer()); !s)
            return s;
        if (Status s = book.products().save(sampleProduct()); !s)
            return s;
        return Status(Error{QStringLiteral("the user's action failed at its last step"), {}});
    });
    QVERIFY(!status.ok());
    QCOMPARE(book.customers().count(), 0);
    QCOMPARE(book.products().count(), 0);
    QCOMPARE(book.audit().count(), 0); // the events went with the changes they describe

    // The same action without the failure commits everything, events included.
    QVERIFY(book.transact([&]() -> Status {
                    if (Status s = book.customers().save(sampleCustomer()); !s)
                        return s;
                    return book.products().save(sampleProduct());
                })
                .ok());
    QCOMPARE(book.customers().count(), 1);
    QCOMPARE(book.products().count(), 1);
    QCOMPARE(book.audit().count(), 2);
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
