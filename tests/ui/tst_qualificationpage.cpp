#include "common/bookdocument.h"
#include "common/language.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "worksheet/qualificationpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestQualificationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scoreChangeUpdatesVerdictAndPersists();
    void noteIsSaved();
    void contactRoleIsSavedAndUndone();

private:
    Deal stored() { return *m_document->book().deals().find(m_dealId); }
    QString verdict() { return child<QLabel>(m_page.get(), "verdictLabel")->text(); }
    QString fit() { return child<QLabel>(m_page.get(), "fitScoreLabel")->text(); }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<QualificationPage> m_page;
    QString m_dealId = QStringLiteral("d1");
};

void TestQualificationPage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestQualificationPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("qualification%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    customer.contacts.append({QStringLiteral("k1"), QStringLiteral("Putri Pratama"),
                              QStringLiteral("Finance"), QString(), QString()});
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = m_dealId;
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Warehouse scanners");
    deal.value = Money(250'000'000, QStringLiteral("IDR"));
    deal.qualification = {3, 3, 3, 3, {}, {}, {}, {}};
    QVERIFY(book->deals().save(deal));
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<QualificationPage>();
    m_page->setDocument(m_document.get());
    QVERIFY(m_page->openDeal(m_dealId));
    m_page->resize(800, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestQualificationPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestQualificationPage::scoreChangeUpdatesVerdictAndPersists()
{
    QCOMPARE(verdict(), QStringLiteral("Strong fit"));
    QCOMPARE(fit(), QStringLiteral("100 %"));
    auto *budget = child<QSpinBox>(m_page.get(), "budgetScore");
    budget->setFocus();
    QTest::keyClick(budget, Qt::Key_Down);
    QTest::keyClick(budget, Qt::Key_Down);
    QTest::keyClick(budget, Qt::Key_Down);
    QCOMPARE(stored().qualification.budget, 0);
    QCOMPARE(verdict(), QStringLiteral("Needs work: no budget yet"));
    QCOMPARE(fit(), QStringLiteral("75 %"));

    auto *authority = child<QSpinBox>(m_page.get(), "authorityScore");
    authority->setValue(0);
    QCOMPARE(stored().qualification.authority, 0);
    budget->setValue(3);
    QCOMPARE(verdict(), QStringLiteral("Needs work: decision maker unknown"));

    QualificationPage reopened;
    reopened.setDocument(m_document.get());
    QVERIFY(reopened.openDeal(m_dealId));
    QCOMPARE(child<QSpinBox>(&reopened, "authorityScore")->value(), 0);
    QCOMPARE(child<QLabel>(&reopened, "verdictLabel")->text(),
             QStringLiteral("Needs work: decision maker unknown"));

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(verdict(), QStringLiteral("Needs work: no budget yet"));
    QCOMPARE(budget->value(), 0);
    for (int i = 0; i < 3; ++i)
        m_document->undoStack()->undo();
    QCOMPARE(stored().qualification.budget, 3);
    QCOMPARE(verdict(), QStringLiteral("Strong fit"));
    QVERIFY(!m_document->undoStack()->canUndo());
}

void TestQualificationPage::noteIsSaved()
{
    auto *note = child<QLineEdit>(m_page.get(), "budgetNote");
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Rp 300 jt approved"));
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(stored().qualification.budgetNote, QStringLiteral("Rp 300 jt approved"));
    m_document->undoStack()->undo();
    QVERIFY(stored().qualification.budgetNote.isEmpty());
    QVERIFY(note->text().isEmpty());
}

void TestQualificationPage::contactRoleIsSavedAndUndone()
{
    auto *contacts = child<QTableWidget>(m_page.get(), "contactsTable");
    QCOMPARE(contacts->rowCount(), 1);
    QCOMPARE(contacts->item(0, 1)->text(), QStringLiteral("Finance"));
    contacts->item(0, 1)->setText(QStringLiteral("Signs the contract"));
    const auto role = [this] {
        return m_document->book().customers().find(QStringLiteral("c1"))->contacts.at(0).role;
    };
    QCOMPARE(role(), QStringLiteral("Signs the contract"));
    m_document->undoStack()->undo();
    QCOMPARE(role(), QStringLiteral("Finance"));
    QCOMPARE(contacts->item(0, 1)->text(), QStringLiteral("Finance"));
}

QTEST_MAIN(TestQualificationPage)
#include "tst_qualificationpage.moc"
