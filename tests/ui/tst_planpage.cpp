#include "common/bookdocument.h"
#include "common/language.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "worksheet/planpage.h"
#include "worksheet/zopabar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestPlanPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pageIsMarkedInternal();
    void walkAwayAboveTheOfferWarns();
    void openingBelowTargetIsRefusedWithItsWarning();
    void walkAwayAboveTargetIsRefused();
    void objectionsAddEditRemove();
    void agendaIsKeptOnLeavingTheField();

private:
    std::optional<Plan> plan() { return m_document->book().worksheets().plan(m_dealId); }
    QString warnings() { return child<QLabel>(m_page.get(), "zopaWarnings")->text(); }
    void type(const char *field, const QString &value)
    {
        auto *edit = child<QLineEdit>(m_page.get(), field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, value);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static Money idr(qint64 amount) { return Money(amount, QStringLiteral("IDR")); }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<PlanPage> m_page;
    QString m_dealId = QStringLiteral("d1");
};

void TestPlanPage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestPlanPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("plan%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = m_dealId;
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Warehouse scanners");
    deal.stage = Stage::Negotiation;
    deal.value = idr(250'000'000);
    deal.expectedClose = QDate(2025, 3, 31);
    deal.owner = QStringLiteral("Rina");
    QVERIFY(book->deals().save(deal));
    // The current offer: 3 x 1,000,000, no discount: 3,000,000 net before tax.
    Offer offer;
    offer.id = QStringLiteral("o1");
    offer.dealId = m_dealId;
    OfferLine line;
    line.id = QStringLiteral("l1");
    line.description = QStringLiteral("Scanner");
    line.quantityMilli = 3000;
    line.unitPrice = idr(1'000'000);
    offer.lines << line;
    QVERIFY(book->worksheets().saveOffer(offer));

    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<PlanPage>();
    m_page->setDocument(m_document.get());
    QVERIFY(!m_page->openDeal(QStringLiteral("no-such-deal")));
    QVERIFY(m_page->openDeal(m_dealId));
    m_page->resize(1000, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestPlanPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestPlanPage::pageIsMarkedInternal()
{
    auto *banner = child<QLabel>(m_page.get(), "internalBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Internal — never shown to the customer"));
    // Only the current offer is known yet: one mark on the bar, no warning.
    auto *bar = child<ZopaBar>(m_page.get(), "zopaBar");
    QCOMPARE(bar->analysis().points.size(), 1);
    QVERIFY(!warnings().contains(QStringLiteral("⚠")));
}

void TestPlanPage::walkAwayAboveTheOfferWarns()
{
    type("targetEdit", QStringLiteral("4,000,000"));
    QCOMPARE(plan()->target, idr(4'000'000));
    QVERIFY(!warnings().contains(QStringLiteral("walk-away")));
    type("walkAwayEdit", QStringLiteral("3,500,000"));
    QCOMPARE(plan()->walkAway, idr(3'500'000));
    QVERIFY2(warnings().contains(
                 QStringLiteral("The current offer (IDR 3,000,000) is below your walk-away price "
                                "(IDR 3,500,000).")),
             qPrintable(warnings()));
    auto *bar = child<ZopaBar>(m_page.get(), "zopaBar");
    QVERIFY(bar->analysis().hasWarning(ZopaWarningKind::OfferBelowWalkAway));
    QCOMPARE(bar->analysis().points.size(), 3);

    m_document->undoStack()->undo();
    QVERIFY(!plan()->walkAway.isValid());
    QVERIFY(!warnings().contains(QStringLiteral("walk-away")));
    QVERIFY(child<QLineEdit>(m_page.get(), "walkAwayEdit")->text().isEmpty());
    m_document->undoStack()->undo();
    QVERIFY(!plan()->target.isValid());
    QCOMPARE(child<QLineEdit>(m_page.get(), "targetEdit")->text(), QString());
}

void TestPlanPage::openingBelowTargetIsRefusedWithItsWarning()
{
    type("targetEdit", QStringLiteral("4,000,000"));
    type("openingEdit", QStringLiteral("3,800,000"));
    auto *error = child<QLabel>(m_page.get(), "error_opening");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Opening price cannot be below the target price."));
    QVERIFY(!plan()->opening.isValid()); // nothing stored
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY2(warnings().contains(QStringLiteral("The opening offer (IDR 3,800,000) is below your "
                                                "target (IDR 4,000,000)")),
             qPrintable(warnings()));

    type("openingEdit", QStringLiteral("4,500,000"));
    QCOMPARE(plan()->opening, idr(4'500'000));
    QVERIFY(!error->isVisible());
    QVERIFY(!warnings().contains(QStringLiteral("opening offer")));
    m_document->undoStack()->undo();
    QVERIFY(!plan()->opening.isValid());
}

void TestPlanPage::walkAwayAboveTargetIsRefused()
{
    type("targetEdit", QStringLiteral("4,000,000"));
    type("walkAwayEdit", QStringLiteral("4,200,000"));
    QVERIFY(child<QLabel>(m_page.get(), "error_walkAway")->isVisible());
    QVERIFY(!plan()->walkAway.isValid());
    type("walkAwayEdit", QStringLiteral("lots"));
    QVERIFY(child<QLabel>(m_page.get(), "error_walkAway")->isVisible());
    QVERIFY(!plan()->walkAway.isValid());
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestPlanPage::objectionsAddEditRemove()
{
    auto *table = child<QTableWidget>(m_page.get(), "objectionsTable");
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addObjectionButton"), Qt::LeftButton);
    QCOMPARE(plan()->objections.size(), 1);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral("Too expensive"));
    QCOMPARE(plan()->objections.first().objection, QStringLiteral("Too expensive"));
    table->item(0, 1)->setText(QStringLiteral("Payback within 8 months"));
    QCOMPARE(plan()->objections.first().response, QStringLiteral("Payback within 8 months"));
    // An objection cannot be emptied.
    table->item(0, 0)->setText(QString());
    QCOMPARE(plan()->objections.first().objection, QStringLiteral("Too expensive"));
    QVERIFY(child<QLabel>(m_page.get(), "error_objections")->isVisible());
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Too expensive"));

    table->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "removeObjectionButton"), Qt::LeftButton);
    QVERIFY(plan()->objections.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(plan()->objections.size(), 1);
    QCOMPARE(table->rowCount(), 1);
    m_document->undoStack()->undo(); // the response
    QCOMPARE(plan()->objections.first().response, QString());
}

void TestPlanPage::agendaIsKeptOnLeavingTheField()
{
    auto *agenda = child<QPlainTextEdit>(m_page.get(), "agendaEdit");
    agenda->setFocus();
    QTest::keyClicks(agenda, QStringLiteral("1. Volumes"));
    child<QLineEdit>(m_page.get(), "targetEdit")->setFocus();
    QTRY_COMPARE(plan()->agenda, QStringLiteral("1. Volumes"));
    agenda->setFocus();
    QTest::keyClicks(agenda, QStringLiteral(" and prices"));
    child<QLineEdit>(m_page.get(), "targetEdit")->setFocus();
    QTRY_COMPARE(plan()->agenda, QStringLiteral("1. Volumes and prices"));
    QCOMPARE(m_document->undoStack()->count(), 1); // one field, one step
    m_document->undoStack()->undo();
    QCOMPARE(plan()->agenda, QString());
    QCOMPARE(agenda->toPlainText(), QString());
}

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
