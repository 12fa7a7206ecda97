#include "uitest.h"

#include "common/bookdocument.h"
#include "customers/contactsmodel.h"
#include "customers/customermodel.h"
#include "customers/customerspage.h"
#include "storage/repositories.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestCustomersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();

    void modelsPassTheTester();
    void searchFilters_data();
    void searchFilters();
    void addCustomerWithContactPersists();
    void invalidContactKeepsDialogOpen();
    void editIsUndoable();

private:
    void seed();
    QTableView *table() { return child<QTableView>(m_page.get(), "customerTable"); }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<CustomersPage> m_page;
};

void TestCustomersPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("customers%1").arg(++counter));
    QVERIFY(book);
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<CustomersPage>();
    m_page->setDocument(m_document.get());
    m_page->resize(900, 600);
    m_page->show();
}

void TestCustomersPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestCustomersPage::seed()
{
    auto make = [](const char *id, const char *name, const char *city, const char *industry,
                   const char *contact) {
        Customer customer;
        customer.id = QString::fromLatin1(id);
        customer.name = QString::fromUtf8(name);
        customer.city = QString::fromUtf8(city);
        customer.industry = QString::fromUtf8(industry);
        customer.contacts = {Contact{QString::fromLatin1(id) + u"-c", QString::fromUtf8(contact),
                                     QStringLiteral("Buyer"), QString(), QString()}};
        return customer;
    };
    const QList<Customer> customers = {
        make("c1", "PT Sinar Distribusi", "Surabaya", "Distribution", "Budi Santoso"),
        make("c2", "RS Harapan Group", "Jakarta", "Healthcare", "Dewi Lestari"),
        make("c3", "Straits Logistics", "Singapore", "Logistics", "Tan Wei Ming"),
    };
    for (const Customer &customer : customers)
        QVERIFY(m_document->book().customers().save(customer));
    m_document->notifyChanged(BookDocument::Part::Customers);
}

void TestCustomersPage::modelsPassTheTester()
{
    CustomerModel customers;
    QAbstractItemModelTester customerTester(&customers,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    Customer customer;
    customer.id = QStringLiteral("x");
    customer.name = QStringLiteral("Acme");
    customers.setCustomers({customer});
    QCOMPARE(customers.rowCount(), 1);

    ContactsModel contacts;
    QAbstractItemModelTester contactTester(&contacts,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = contacts.addContact();
    QVERIFY(contacts.setData(contacts.index(row, ContactsModel::Name), QStringLiteral("Ani")));
    QCOMPARE(contacts.contacts().first().name, QStringLiteral("Ani"));
    contacts.removeContact(row);
    QCOMPARE(contacts.rowCount(), 0);
}

void TestCustomersPage::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("nothing") << QString() << 3;
    QTest::newRow("city, other case") << QStringLiteral("SURABAYA") << 1;
    QTest::newRow("industry") << QStringLiteral("health") << 1;
    QTest::newRow("contact name") << QStringLiteral("tan wei") << 1;
    QTest::newRow("name part") << QStringLiteral("PT ") << 1;
    QTest::newRow("several") << QStringLiteral("i") << 3;
    QTest::newRow("none") << QStringLiteral("zzz") << 0;
}

void TestCustomersPage::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    seed();
    QCOMPARE(table()->model()->rowCount(), 3);
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "customerSearch"), text);
    QCOMPARE(table()->model()->rowCount(), rows);
}

void TestCustomersPage::addCustomerWithContactPersists()
{
    QString contactCell;
    whenModal([&](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("CV Maju Jaya"));
        QTest::keyClicks(child<QLineEdit>(dialog, "cityEdit"), QStringLiteral("Bandung"));
        QTest::mouseClick(child<QPushButton>(dialog, "addContact"), Qt::LeftButton);
        auto *contacts = child<QTableView>(dialog, "contactTable");
        // addContact opens the name cell for typing.
        QWidget *editor = contacts->viewport()->findChild<QLineEdit *>();
        contactCell = editor ? QStringLiteral("open") : QString();
        // Still typing in the cell when the dialog is saved: the name must not be lost.
        if (editor)
            QTest::keyClicks(editor, QStringLiteral("Siti Rahma"));
        QTest::keyClick(child<QLineEdit>(dialog, "cityEdit"), Qt::Key_Return);
        if (dialog->isVisible()) {
            qWarning("the customer dialog refused to save");
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addCustomer"), Qt::LeftButton);

    QCOMPARE(contactCell, QStringLiteral("open"));
    const auto saved = m_document->book().customers().findByName(QStringLiteral("cv maju jaya"));
    QVERIFY(saved);
    QCOMPARE(saved->city, QStringLiteral("Bandung"));
    QCOMPARE(saved->contacts.size(), 1);
    QCOMPARE(saved->contacts.first().name, QStringLiteral("Siti Rahma"));
    QCOMPARE(table()->model()->rowCount(), 1);

    // A fresh book handle reads the same: it is in the file, not only in memory.
    const QString path = m_document->book().path();
    m_page->setDocument(nullptr);
    m_document.reset();
    OpenFailure failure;
    auto reopened = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(reopened, qPrintable(failure.message));
    QCOMPARE(reopened->customers().count(), 1);
}

void TestCustomersPage::invalidContactKeepsDialogOpen()
{
    bool stayedOpen = false;
    QString message;
    whenModal([&](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("PT Baru"));
        QTest::mouseClick(child<QPushButton>(dialog, "addContact"), Qt::LeftButton);
        // The contact has no name: refused.
        QTest::keyClick(child<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
        stayedOpen = dialog->isVisible();
        message = child<QLabel>(dialog, "error_contacts")->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addCustomer"), Qt::LeftButton);
    QVERIFY(stayedOpen);
    QVERIFY2(!message.isEmpty(), "the contact's missing name is shown beside the contacts");
    QCOMPARE(m_document->book().customers().count(), 0);
}

void TestCustomersPage::editIsUndoable()
{
    seed();
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "customerSearch"), QStringLiteral("Straits"));
    table()->selectRow(0);
    whenModal([&](QWidget *dialog) {
        auto *city = child<QLineEdit>(dialog, "cityEdit");
        city->clear();
        QTest::keyClicks(city, QStringLiteral("Johor Bahru"));
        QTest::keyClick(city, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "editCustomer"), Qt::LeftButton);
    QCOMPARE(m_document->book().customers().find(QStringLiteral("c3"))->city,
             QStringLiteral("Johor Bahru"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->book().customers().find(QStringLiteral("c3"))->city,
             QStringLiteral("Singapore"));
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
