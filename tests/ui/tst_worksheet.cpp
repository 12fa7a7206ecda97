#include "common/bookcommand.h"
#include "common/bookdocument.h"
#include "common/language.h"
#include "deal/dealpage.h"
#include "shell/screenshot.h"
#include "storage/repositories.h"
#include "uitest.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestWorksheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabsInOrderAndKeys();
    void backAndEscape();
    void escapeInACellEditorCancelsTheEdit();
    void historyShowsAStageMove();
    void quickViewShowsTopNeeds();
    void screenshotOfAPage();

private:
    QTabWidget *tabs() { return child<QTabWidget>(m_page.get(), "worksheet-tabs"); }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<DealPage> m_page;
    QString m_dealId = QStringLiteral("d1");
};

void TestWorksheet::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestWorksheet::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("worksheet%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = m_dealId;
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Warehouse scanners");
    deal.stage = Stage::Qualified;
    deal.value = Money(250'000'000, QStringLiteral("IDR"));
    QVERIFY(book->deals().save(deal));
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<DealPage>();
    m_page->setDocument(m_document.get());
    QVERIFY(m_page->openDeal(m_dealId));
    m_page->resize(1000, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestWorksheet::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestWorksheet::tabsInOrderAndKeys()
{
    QTabWidget *t = tabs();
    QCOMPARE(t->count(), 8);
    const QStringList titles{QStringLiteral("Qualification"), QStringLiteral("Needs"),
                             QStringLiteral("Value"),         QStringLiteral("Offer"),
                             QStringLiteral("Plan"),          QStringLiteral("Concessions"),
                             QStringLiteral("History"),       QStringLiteral("Quick view")};
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(t->tabText(i), titles.at(i));
    QCOMPARE(m_page->pageKeys().size(), 8);
    QCOMPARE(t->currentIndex(), 0);
    QTest::keyClick(t, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(t->currentIndex(), 1);
    QTest::keyClick(t, Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(t, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(t->currentIndex(), 7);
    QTest::keyClick(t, Qt::Key_6, Qt::AltModifier);
    QCOMPARE(t->currentIndex(), 5);
    QVERIFY(m_page->showPage(QStringLiteral("needs")));
    QCOMPARE(t->currentIndex(), 1);
    QVERIFY(!m_page->showPage(QStringLiteral("nowhere")));
}

void TestWorksheet::backAndEscape()
{
    QSignalSpy back(m_page.get(), &DealPage::backRequested);
    QTest::keyClick(tabs(), Qt::Key_Escape);
    QCOMPARE(back.count(), 1);
    QTest::mouseClick(child<QWidget>(m_page.get(), "backButton"), Qt::LeftButton);
    QCOMPARE(back.count(), 2);
}

void TestWorksheet::escapeInACellEditorCancelsTheEdit()
{
    QVERIFY(m_page->showPage(QStringLiteral("needs")));
    QSignalSpy back(m_page.get(), &DealPage::backRequested);
    auto *table = child<QTableView>(m_page.get(), "needsTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != table);
    QWidget *editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(back.count(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Escape);
    QCOMPARE(back.count(), 1);
}

void TestWorksheet::historyShowsAStageMove()
{
    QVERIFY(m_page->showPage(QStringLiteral("history")));
    auto *history = child<QTableWidget>(m_page.get(), "historyTable");
    const int before = history->rowCount();
    Deal moved = *m_document->book().deals().find(m_dealId);
    const Deal original = moved;
    moved.stage = Stage::Proposal;
    QVERIFY(m_document->execute(BookCommand::saveDeal(m_document.get(), original, moved)));
    QCOMPARE(history->rowCount(), before + 1);
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Stage moved"));
    QCOMPARE(history->item(0, 3)->text(), QStringLiteral("Qualified → Proposal"));
    QVERIFY(child<QLabel>(m_page.get(), "dealSubheading")->text().contains(QStringLiteral("Proposal")));
}

void TestWorksheet::quickViewShowsTopNeeds()
{
    QList<Need> needs;
    for (const auto &[text, priority] : {std::pair{"Typed twice", Priority::Could},
                                         std::pair{"Stock counts", Priority::Must}}) {
        Need need;
        need.id = QString::fromLatin1(text);
        need.dealId = m_dealId;
        need.description = QString::fromLatin1(text);
        need.priority = priority;
        need.position = static_cast<int>(needs.size());
        needs.append(need);
    }
    QVERIFY(m_document->book().worksheets().saveNeeds(m_dealId, needs));
    m_document->notifyChanged(BookDocument::Part::Worksheet);
    QVERIFY(m_page->showPage(QStringLiteral("quick")));
    const QString top = child<QLabel>(m_page.get(), "quickNeeds")->text();
    QVERIFY2(top.startsWith(QStringLiteral("1. Stock counts")), qPrintable(top));
    QVERIFY(child<QLabel>(m_page.get(), "quickOffer")->text().contains(QStringLiteral("No offer")));
}

void TestWorksheet::screenshotOfAPage()
{
    const QString book = m_document->book().path();
    m_page.reset();
    m_document.reset();
    ScreenshotRequest request;
    request.bookPath = book;
    request.view = QStringLiteral("worksheet");
    request.dealId = m_dealId;
    request.page = QStringLiteral("needs");
    request.size = QSize(900, 600);
    request.outputPath = m_dir.filePath(QStringLiteral("needs.png"));
    const Status rendered = renderScreenshot(request);
    QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
    QCOMPARE(QImage(request.outputPath).size(), QSize(900, 600));

    request.page = QStringLiteral("nowhere");
    const Status refused = renderScreenshot(request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("page"));
    request.page.clear();
    request.dealId = QStringLiteral("no-such-deal");
    QCOMPARE(renderScreenshot(request).error().field, QStringLiteral("view"));
}

QTEST_MAIN(TestWorksheet)
#include "tst_worksheet.moc"
