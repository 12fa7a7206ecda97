#include "uitest.h"

#include "common/bookcommand.h"
#include "common/bookdocument.h"
#include "common/language.h"
#include "deal/dealpage.h"
#include "pipeline/pipelinemodel.h"
#include "pipeline/pipelinepage.h"
#include "shell/mainwindow.h"
#include "storage/repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestDealPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDeal();
    void editIsSavedAndUndoRestores();
    void invalidEditShowsMessageAndSavesNothing();
    void valueAndCurrency();
    void probabilityOverrideAndBack();
    void stageMoveToLostAsksForTheReason();
    void forbiddenStageMoveIsRefused();
    void escapeGoesBack();
    void undoneDealGoesBack();
    void mainWindowOpensTheDealFromTheBoard();

private:
    Deal stored() { return *m_document->book().deals().find(m_dealId); }
    void type(const char *field, const QString &text)
    {
        auto *edit = child<QLineEdit>(m_page.get(), field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void chooseStage(Stage stage)
    {
        auto *combo = child<QComboBox>(m_page.get(), "stageCombo");
        combo->setCurrentIndex(combo->findData(static_cast<int>(stage)));
        emit combo->activated(combo->currentIndex());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<DealPage> m_page;
    QString m_dealId;
};

void TestDealPage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestDealPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("deal%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book->customers().save(customer));
    customer.id = QStringLiteral("c2");
    customer.name = QStringLiteral("RS Harapan Group");
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = QStringLiteral("d1");
    deal.customerId = QStringLiteral("c1");
    deal.title = QStringLiteral("Warehouse scanners");
    deal.stage = Stage::Qualified;
    deal.value = Money(250'000'000, QStringLiteral("IDR"));
    deal.expectedClose = QDate(2025, 3, 31);
    deal.owner = QStringLiteral("Rina");
    QVERIFY(book->deals().save(deal));
    m_dealId = deal.id;

    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<DealPage>();
    m_page->setDocument(m_document.get());
    QVERIFY(m_page->openDeal(m_dealId));
    QVERIFY(!m_page->openDeal(QStringLiteral("no-such-deal")));
    QCOMPARE(m_page->dealId(), m_dealId);
    m_page->resize(900, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestDealPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestDealPage::showsTheDeal()
{
    QCOMPARE(child<QLineEdit>(m_page.get(), "titleEdit")->text(),
             QStringLiteral("Warehouse scanners"));
    QCOMPARE(child<QComboBox>(m_page.get(), "customerCombo")->currentText(),
             QStringLiteral("PT Sinar Distribusi"));
    QCOMPARE(child<QComboBox>(m_page.get(), "stageCombo")->currentText(),
             QStringLiteral("Qualified"));
    QCOMPARE(child<QLineEdit>(m_page.get(), "valueEdit")->text(), QStringLiteral("250,000,000"));
    QVERIFY(child<QCheckBox>(m_page.get(), "followStageCheck")->isChecked());
    QVERIFY(!child<QLineEdit>(m_page.get(), "probabilityEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(m_page.get(), "lostReasonEdit")->isEnabled());
    QCOMPARE(child<QLabel>(m_page.get(), "dealHeading")->text(),
             QStringLiteral("Warehouse scanners"));
}

void TestDealPage::editIsSavedAndUndoRestores()
{
    type("titleEdit", QStringLiteral("Scanners, 12 branches"));
    QCOMPARE(stored().title, QStringLiteral("Scanners, 12 branches"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(child<QLabel>(m_page.get(), "dealHeading")->text(),
             QStringLiteral("Scanners, 12 branches"));

    auto *combo = child<QComboBox>(m_page.get(), "customerCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("c2")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(stored().customerId, QStringLiteral("c2"));
    QCOMPARE(m_document->undoStack()->count(), 2);

    m_document->undoStack()->undo();
    QCOMPARE(stored().customerId, QStringLiteral("c1"));
    m_document->undoStack()->undo();
    QCOMPARE(stored().title, QStringLiteral("Warehouse scanners"));
    QCOMPARE(child<QLineEdit>(m_page.get(), "titleEdit")->text(),
             QStringLiteral("Warehouse scanners"));
    QCOMPARE(combo->currentText(), QStringLiteral("PT Sinar Distribusi"));
}

void TestDealPage::invalidEditShowsMessageAndSavesNothing()
{
    auto *title = child<QLineEdit>(m_page.get(), "titleEdit");
    title->setFocus();
    title->clear();
    QTest::keyClick(title, Qt::Key_Return);
    auto *error = child<QLabel>(m_page.get(), "error_title");
    QVERIFY(error->isVisible());
    QCOMPARE(stored().title, QStringLiteral("Warehouse scanners"));
    QCOMPARE(m_document->undoStack()->count(), 0);

    type("ownerEdit", QString());
    QVERIFY(child<QLabel>(m_page.get(), "error_owner")->isVisible());
    QCOMPARE(stored().owner, QStringLiteral("Rina"));
}

void TestDealPage::valueAndCurrency()
{
    type("valueEdit", QStringLiteral("300,000,000"));
    QCOMPARE(stored().value, Money(300'000'000, QStringLiteral("IDR")));

    type("valueEdit", QStringLiteral("a lot"));
    QVERIFY(child<QLabel>(m_page.get(), "error_value")->isVisible());
    QCOMPARE(stored().value, Money(300'000'000, QStringLiteral("IDR")));

    type("valueEdit", QStringLiteral("18,000.50"));
    QVERIFY(child<QLabel>(m_page.get(), "error_value")->isVisible()); // no cents in rupiah
    auto *currency = child<QComboBox>(m_page.get(), "currencyCombo");
    currency->setCurrentIndex(currency->findText(QStringLiteral("USD")));
    emit currency->activated(currency->currentIndex());
    QCOMPARE(stored().value, Money(1'800'050, QStringLiteral("USD")));
    QVERIFY(!child<QLabel>(m_page.get(), "error_value")->isVisible());
}

void TestDealPage::probabilityOverrideAndBack()
{
    auto *follow = child<QCheckBox>(m_page.get(), "followStageCheck");
    QTest::mouseClick(follow, Qt::LeftButton, {}, QPoint(4, follow->height() / 2));
    QVERIFY(stored().probabilityOverride.has_value());
    QVERIFY(child<QLineEdit>(m_page.get(), "probabilityEdit")->isEnabled());
    type("probabilityEdit", QStringLiteral("40 %"));
    QCOMPARE(stored().probabilityOverride, std::optional<int>(4000));

    type("probabilityEdit", QStringLiteral("140"));
    QVERIFY(child<QLabel>(m_page.get(), "error_probability")->isVisible());
    QCOMPARE(stored().probabilityOverride, std::optional<int>(4000));

    QTest::mouseClick(follow, Qt::LeftButton, {}, QPoint(4, follow->height() / 2));
    QVERIFY(!stored().probabilityOverride.has_value());
    m_document->undoStack()->undo();
    QCOMPARE(stored().probabilityOverride, std::optional<int>(4000));
}

void TestDealPage::stageMoveToLostAsksForTheReason()
{
    chooseStage(Stage::Proposal);
    QCOMPARE(stored().stage, Stage::Proposal);

    // Moving to Lost asks why; the answer is kept with the deal.
    whenModal([](QWidget *modal) {
        auto *edit = modal->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->setText(QStringLiteral("Budget frozen"));
        static_cast<QDialog *>(modal)->accept();
    });
    chooseStage(Stage::Lost);
    QCOMPARE(stored().stage, Stage::Lost);
    QCOMPARE(stored().lostReason, QStringLiteral("Budget frozen"));
    QVERIFY(child<QLineEdit>(m_page.get(), "lostReasonEdit")->isEnabled());
    QVERIFY(!child<QCheckBox>(m_page.get(), "followStageCheck")->isEnabled());

    m_document->undoStack()->undo();
    QCOMPARE(stored().stage, Stage::Proposal);
    QCOMPARE(child<QComboBox>(m_page.get(), "stageCombo")->currentText(),
             QStringLiteral("Proposal"));
}

void TestDealPage::forbiddenStageMoveIsRefused()
{
    // The stage table: a qualified deal cannot be won before a proposal.
    chooseStage(Stage::Won);
    QCOMPARE(stored().stage, Stage::Qualified);
    QCOMPARE(child<QComboBox>(m_page.get(), "stageCombo")->currentData().toInt(),
             static_cast<int>(Stage::Qualified));
    QVERIFY(child<QLabel>(m_page.get(), "error_stage")->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestDealPage::escapeGoesBack()
{
    QSignalSpy back(m_page.get(), &DealPage::backRequested);
    QTest::keyClick(child<QLineEdit>(m_page.get(), "ownerEdit"), Qt::Key_Escape);
    QCOMPARE(back.count(), 1);
    QTest::mouseClick(child<QWidget>(m_page.get(), "backButton"), Qt::LeftButton);
    QCOMPARE(back.count(), 2);
}

void TestDealPage::undoneDealGoesBack()
{
    Deal deal = stored();
    deal.id = QStringLiteral("d2");
    deal.title = QStringLiteral("Added then undone");
    QVERIFY(m_document->execute(BookCommand::saveDeal(m_document.get(), std::nullopt, deal)));
    QVERIFY(m_page->openDeal(deal.id));
    QSignalSpy back(m_page.get(), &DealPage::backRequested);
    m_document->undoStack()->undo();
    QCOMPARE(back.count(), 1);
    QVERIFY(m_page->dealId().isEmpty());
}

void TestDealPage::mainWindowOpensTheDealFromTheBoard()
{
    m_page.reset();
    const QString path = m_document->book().path();
    m_document.reset();
    MainWindow window;
    QVERIFY(window.openBook(path));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *board = window.findChild<PipelinePage *>();
    emit board->openDealRequested(m_dealId);
    QVERIFY(window.isDealOpen());
    QCOMPARE(window.currentPage(), MainWindow::Page::Pipeline);
    auto *page = window.findChild<DealPage *>();
    QCOMPARE(page->dealId(), m_dealId);
    QVERIFY(page->isVisible());

    auto *owner = child<QLineEdit>(page, "ownerEdit");
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Budi"));
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(window.document()->book().deals().find(m_dealId)->owner, QStringLiteral("Budi"));

    QTest::keyClick(owner, Qt::Key_Escape);
    QVERIFY(!window.isDealOpen());
    QVERIFY(board->isVisible());
    // The board read the edit made while it was hidden.
    QCOMPARE(board->model()->deal(board->model()->rowOf(m_dealId)).owner, QStringLiteral("Budi"));
}

QTEST_MAIN(TestDealPage)
#include "tst_dealpage.moc"
