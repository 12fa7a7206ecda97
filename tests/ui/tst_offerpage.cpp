#include "common/bookdocument.h"
#include "common/language.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "worksheet/offerlinesmodel.h"
#include "worksheet/offerpage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestOfferPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dealWithoutOfferOffersToCreateOne();
    void lineAndTotalsFromAHandWorkedExample();
    void catalogLineShowsTheInternalMargin();
    void newRoundShowsTheComparison();
    void invalidQuantityIsRefusedAndNothingStored();
    void typingInOneFieldMergesIntoOneStep();
    void earlierRoundsAreReadOnly();

private:
    QList<Offer> offers() { return m_document->book().worksheets().offers(m_dealId); }
    QString text(const char *label) { return child<QLabel>(m_page.get(), label)->text(); }
    QTableView *lines() { return child<QTableView>(m_page.get(), "linesView"); }
    void click(const char *button)
    {
        auto *b = child<QPushButton>(m_page.get(), button);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void editCell(int row, int column, const QString &value)
    {
        QTableView *view = lines();
        const QModelIndex index = view->model()->index(row, column);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        view->setFocus();
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, value);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    void type(const char *field, const QString &value)
    {
        auto *edit = child<QLineEdit>(m_page.get(), field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, value);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void createOfferWithOneLine(qint64 unitPrice);
    void openPage();

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<OfferPage> m_page;
    QString m_dealId = QStringLiteral("d1");
};

void TestOfferPage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestOfferPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("offer%1").arg(++counter));
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
    deal.value = Money(250'000'000, QStringLiteral("IDR"));
    deal.expectedClose = QDate(2025, 3, 31);
    deal.owner = QStringLiteral("Rina");
    QVERIFY(book->deals().save(deal));
    Product product;
    product.id = QStringLiteral("p1");
    product.sku = QStringLiteral("SCN-100");
    product.name = QStringLiteral("Scanner SCN-100");
    product.unit = QStringLiteral("unit");
    product.unitPrice = Money(2'000'000, QStringLiteral("IDR"));
    product.unitCost = Money(1'200'000, QStringLiteral("IDR"));
    QVERIFY(book->products().save(product));
    m_document = std::make_unique<BookDocument>(std::move(book));
}

void TestOfferPage::openPage()
{
    m_page = std::make_unique<OfferPage>();
    m_page->setDocument(m_document.get());
    QVERIFY(!m_page->openDeal(QStringLiteral("no-such-deal")));
    QVERIFY(m_page->openDeal(m_dealId));
    QCOMPARE(m_page->dealId(), m_dealId);
    m_page->resize(1000, 760);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestOfferPage::createOfferWithOneLine(qint64 unitPrice)
{
    Offer offer;
    offer.id = QStringLiteral("o1");
    offer.dealId = m_dealId;
    offer.offerDate = QDate::currentDate();
    offer.validUntil = offer.offerDate.addDays(30);
    OfferLine line;
    line.id = QStringLiteral("l1");
    line.description = QStringLiteral("Installation");
    line.quantityMilli = 2000;
    line.unitPrice = Money(unitPrice, QStringLiteral("IDR"));
    offer.lines << line;
    QVERIFY(m_document->book().worksheets().saveOffer(offer));
}

void TestOfferPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestOfferPage::dealWithoutOfferOffersToCreateOne()
{
    openPage();
    QVERIFY(child<QWidget>(m_page.get(), "noOffer")->isVisible());
    QCOMPARE(text("noOfferTitle"), QStringLiteral("No offer yet"));
    click("createOfferButton");
    QCOMPARE(offers().size(), 1);
    QCOMPARE(offers().first().version, 1);
    QCOMPARE(offers().first().status, OfferStatus::Draft);
    QCOMPARE(offers().first().taxBasisPoints, 1100); // the book's default
    QVERIFY(child<QWidget>(m_page.get(), "linesView")->isVisible());
    QCOMPARE(child<QComboBox>(m_page.get(), "roundCombo")->currentText(),
             QStringLiteral("Round 1"));

    m_document->undoStack()->undo();
    QVERIFY(offers().isEmpty());
    QVERIFY(child<QWidget>(m_page.get(), "noOffer")->isVisible());
    m_document->undoStack()->redo();
    QCOMPARE(offers().size(), 1);
}

void TestOfferPage::lineAndTotalsFromAHandWorkedExample()
{
    openPage();
    click("createOfferButton");
    auto *model = qobject_cast<OfferLinesModel *>(lines()->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::keyClick(m_page.get(), Qt::Key_Insert);
    QCOMPARE(offers().first().lines.size(), 1);
    QCOMPARE(model->rowCount(), 1);
    editCell(0, OfferLinesModel::Description, QStringLiteral("Barcode scanner"));
    editCell(0, OfferLinesModel::Quantity, QStringLiteral("3"));
    editCell(0, OfferLinesModel::UnitPrice, QStringLiteral("1,250,000"));
    editCell(0, OfferLinesModel::Discount, QStringLiteral("10"));
    QTRY_VERIFY2(offers().first().lines.first().discountBasisPoints == 1000,
                 qPrintable(text("error_lines") + text("generalError")));
    type("documentDiscountEdit", QStringLiteral("5"));
    QCOMPARE(offers().first().documentDiscountBasisPoints, 500);

    const OfferLine line = offers().first().lines.first();
    QCOMPARE(line.description, QStringLiteral("Barcode scanner"));
    QCOMPARE(line.quantityMilli, 3000);
    QCOMPARE(line.unitPrice, Money(1'250'000, QStringLiteral("IDR")));
    // 3 x 1,250,000 = 3,750,000, less 10 % = 3,375,000; less 5 % (168,750) = 3,206,250 net;
    // tax 11 % = 352,687.5, rounded half away from zero to 352,688; total 3,558,938.
    QCOMPARE(model->data(model->index(0, OfferLinesModel::Subtotal)).toString(),
             QStringLiteral("3,375,000"));
    QCOMPARE(text("subtotalValue"), QStringLiteral("IDR 3,375,000"));
    QCOMPARE(text("documentDiscountValue"), QStringLiteral("−IDR 168,750"));
    QCOMPARE(text("taxValue"), QStringLiteral("IDR 352,688"));
    QCOMPARE(text("totalValue"), QStringLiteral("IDR 3,558,938"));

    // Undo step by step: discount, line discount, price, quantity, description, line, offer.
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 7);
    stack->undo();
    QCOMPARE(offers().first().documentDiscountBasisPoints, 0);
    QCOMPARE(text("totalValue"), QStringLiteral("IDR 3,746,250"));
    stack->undo();
    QCOMPARE(offers().first().lines.first().discountBasisPoints, 0);
    stack->undo();
    QCOMPARE(offers().first().lines.first().unitPrice, Money(0, QStringLiteral("IDR")));
    stack->undo();
    QCOMPARE(offers().first().lines.first().quantityMilli, 1000);
    stack->undo();
    QCOMPARE(offers().first().lines.first().description, QStringLiteral("New line"));
    stack->undo();
    QVERIFY(offers().first().lines.isEmpty());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(text("totalValue"), QStringLiteral("IDR 0"));
    stack->undo();
    QVERIFY(offers().isEmpty());
}

void TestOfferPage::catalogLineShowsTheInternalMargin()
{
    openPage();
    click("createOfferButton");
    auto *products = child<QComboBox>(m_page.get(), "productCombo");
    QCOMPARE(products->count(), 1);
    click("addProductButton");
    const OfferLine line = offers().first().lines.first();
    QCOMPARE(line.productId, QStringLiteral("p1"));
    QCOMPARE(line.description, QStringLiteral("Scanner SCN-100"));
    QCOMPARE(line.unitCost, Money(1'200'000, QStringLiteral("IDR")));
    QVERIFY(child<QWidget>(m_page.get(), "internalPanel")->isVisible());
    QCOMPARE(text("internalTitle"), QStringLiteral("Internal — never shown to the customer"));
    QCOMPARE(text("costValue"), QStringLiteral("IDR 1,200,000"));
    QCOMPARE(text("marginValue"), QStringLiteral("40 %")); // (2,000,000 - 1,200,000) / 2,000,000
}

void TestOfferPage::newRoundShowsTheComparison()
{
    createOfferWithOneLine(1'250'000);
    openPage();
    QCOMPARE(child<QListWidget>(m_page.get(), "comparisonList")->count(), 1); // "first round"
    QTest::keyClick(m_page.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(offers().size(), 2);
    const Offer second = offers().last();
    QCOMPARE(second.version, 2);
    QCOMPARE(second.status, OfferStatus::Draft);
    QVERIFY(second.id != QStringLiteral("o1"));
    QVERIFY(second.lines.first().id != QStringLiteral("l1"));
    QCOMPARE(child<QComboBox>(m_page.get(), "roundCombo")->currentText(),
             QStringLiteral("Round 2"));
    auto *comparison = child<QListWidget>(m_page.get(), "comparisonList");
    QCOMPARE(comparison->item(0)->text(), QStringLiteral("Nothing has changed yet."));

    editCell(0, OfferLinesModel::UnitPrice, QStringLiteral("1,100,000"));
    QTRY_COMPARE(offers().last().lines.first().unitPrice, Money(1'100'000, QStringLiteral("IDR")));
    QCOMPARE(offers().first().lines.first().unitPrice, Money(1'250'000, QStringLiteral("IDR")));
    QStringList changes;
    for (int i = 0; i < comparison->count(); ++i)
        changes << comparison->item(i)->text();
    QVERIFY2(changes.contains(QStringLiteral("Installation: unit price IDR 1,250,000 → IDR 1,100,000")),
             qPrintable(changes.join(u'|')));

    m_document->undoStack()->undo();
    QCOMPARE(offers().last().lines.first().unitPrice, Money(1'250'000, QStringLiteral("IDR")));
    QCOMPARE(comparison->item(0)->text(), QStringLiteral("Nothing has changed yet."));
    m_document->undoStack()->undo();
    QCOMPARE(offers().size(), 1);
    QCOMPARE(child<QComboBox>(m_page.get(), "roundCombo")->currentText(),
             QStringLiteral("Round 1"));
}

void TestOfferPage::invalidQuantityIsRefusedAndNothingStored()
{
    createOfferWithOneLine(1'000'000);
    openPage();
    const Offer before = offers().first();
    auto *error = child<QLabel>(m_page.get(), "error_lines");
    editCell(0, OfferLinesModel::Quantity, QStringLiteral("0"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Line 1")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("Quantity")), qPrintable(error->text()));
    QCOMPARE(offers().first(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);

    editCell(0, OfferLinesModel::Quantity, QStringLiteral("two"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Quantity")), qPrintable(error->text()));
    QCOMPARE(offers().first(), before);

    type("taxEdit", QStringLiteral("120"));
    QVERIFY(child<QLabel>(m_page.get(), "error_tax")->isVisible());
    QCOMPARE(offers().first(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);

    // A valid edit clears the messages.
    editCell(0, OfferLinesModel::Quantity, QStringLiteral("1.5"));
    QTRY_COMPARE(offers().first().lines.first().quantityMilli, 1500);
    QVERIFY(!error->isVisible());
}

void TestOfferPage::typingInOneFieldMergesIntoOneStep()
{
    createOfferWithOneLine(1'000'000);
    openPage();
    auto *payment = child<QSpinBox>(m_page.get(), "paymentDaysSpin");
    payment->setFocus();
    QTest::keyClick(payment, Qt::Key_Up);
    QTest::keyClick(payment, Qt::Key_Up);
    QTest::keyClick(payment, Qt::Key_Up);
    QCOMPARE(offers().first().terms.paymentDays, 33);
    QCOMPARE(m_document->undoStack()->count(), 1);
    type("taxEdit", QStringLiteral("12"));
    type("taxEdit", QStringLiteral("11.5"));
    QCOMPARE(offers().first().taxBasisPoints, 1150);
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(offers().first().taxBasisPoints, 1100);
    m_document->undoStack()->undo();
    QCOMPARE(offers().first().terms.paymentDays, 30);
    QCOMPARE(payment->value(), 30);
}

void TestOfferPage::earlierRoundsAreReadOnly()
{
    createOfferWithOneLine(1'000'000);
    openPage();
    click("newRoundButton");
    auto *rounds = child<QComboBox>(m_page.get(), "roundCombo");
    QCOMPARE(rounds->count(), 2);
    rounds->setCurrentIndex(0);
    emit rounds->activated(0);
    QVERIFY(!child<QPushButton>(m_page.get(), "addLineButton")->isEnabled());
    QVERIFY(child<QLineEdit>(m_page.get(), "taxEdit")->isReadOnly());
    QVERIFY(!(lines()->model()->flags(lines()->model()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(text("offerHint").contains(QStringLiteral("Round 1")));
}

QTEST_MAIN(TestOfferPage)
#include "tst_offerpage.moc"
