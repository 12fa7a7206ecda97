#include "common/bookdocument.h"
#include "common/language.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "worksheet/needsmodel.h"
#include "worksheet/needspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QTableView>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestNeedsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTheTester();
    void addEditReorderRankAndUndo();
    void invalidUrgencyIsRefused();
    void typingInOneCellMergesIntoOneStep();
    void hoursParse_data();
    void hoursParse();

private:
    QList<Need> stored() { return m_document->book().worksheets().needs(m_dealId); }
    void setCell(int row, int column, const QVariant &value)
    {
        QVERIFY(m_page->model()->setData(m_page->model()->index(row, column), value));
    }
    void trigger(const char *action)
    {
        m_page->findChild<QAction *>(QString::fromLatin1(action))->trigger();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<NeedsPage> m_page;
    QString m_dealId = QStringLiteral("d1");
};

void TestNeedsPage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestNeedsPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("needs%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = m_dealId;
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Warehouse scanners");
    deal.value = Money(250'000'000, QStringLiteral("IDR"));
    QVERIFY(book->deals().save(deal));
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<NeedsPage>();
    m_page->setDocument(m_document.get());
    QVERIFY(m_page->openDeal(m_dealId));
    m_page->resize(900, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestNeedsPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestNeedsPage::modelPassesTheTester()
{
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    trigger("addNeedAction");
    trigger("addNeedAction");
    m_page->findChild<QCheckBox *>(QStringLiteral("mostPressingFirstCheck"))->setChecked(true);
    setCell(1, NeedsModel::Priority, QStringLiteral("must"));
    m_document->undoStack()->undo();
}

void TestNeedsPage::addEditReorderRankAndUndo()
{
    NeedsModel *model = m_page->model();
    auto *table = child<QTableView>(m_page.get(), "needsTable");
    // Add with the keyboard: Ctrl+Shift+E, then Insert.
    QTest::keyClick(table, Qt::Key_Escape);
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(model->rowCount(), 1);
    QTest::keyClick(table, Qt::Key_Escape);
    QTest::keyClick(table, Qt::Key_Insert);
    QTRY_COMPARE(model->rowCount(), 2);
    QTest::keyClick(table, Qt::Key_Escape);
    QCOMPARE(stored().size(), 2);

    setCell(0, NeedsModel::Description, QStringLiteral("Stock counts take two days"));
    setCell(1, NeedsModel::Description, QStringLiteral("Orders are typed twice"));
    setCell(1, NeedsModel::Priority, QStringLiteral("must"));
    setCell(0, NeedsModel::PainHours, QStringLiteral("12.5"));
    QCOMPARE(stored().at(0).painHoursMilli, 12'500);
    QCOMPARE(stored().at(1).priority, Priority::Must);

    // The must-have ranks first; both have no answer yet, so both are flagged.
    QCOMPARE(model->index(1, NeedsModel::Rank).data().toInt(), 1);
    QCOMPARE(model->index(0, NeedsModel::Rank).data().toInt(), 2);
    QVERIFY(model->index(0, NeedsModel::Benefit).data(NeedsModel::UnansweredRole).toBool());
    QCOMPARE(model->index(0, NeedsModel::Benefit).data().toString(), QStringLiteral("No answer yet"));
    QVERIFY(child<QLabel>(m_page.get(), "needsSummary")->text().contains(u'2'));
    setCell(1, NeedsModel::Benefit, QStringLiteral("Orders flow from the scanner"));
    QVERIFY(!model->index(1, NeedsModel::Benefit).data(NeedsModel::UnansweredRole).toBool());

    // Most pressing first shows the must-have on top; the own order stays as it was.
    auto *ranked = child<QCheckBox>(m_page.get(), "mostPressingFirstCheck");
    ranked->setChecked(true);
    QCOMPARE(model->index(0, NeedsModel::Description).data().toString(),
             QStringLiteral("Orders are typed twice"));
    QCOMPARE(stored().at(0).description, QStringLiteral("Stock counts take two days"));
    ranked->setChecked(false);

    // Alt+Up moves the second need to the top, saved in that order.
    table->setFocus();
    table->setCurrentIndex(model->index(1, NeedsModel::Description));
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stored().at(0).description, QStringLiteral("Orders are typed twice"));
    QCOMPARE(stored().at(0).position, 0);
    QCOMPARE(table->currentIndex().row(), 0);

    // Reopening shows the same list.
    NeedsPage reopened;
    reopened.setDocument(m_document.get());
    QVERIFY(reopened.openDeal(m_dealId));
    QCOMPARE(reopened.model()->needs(), model->needs());

    // Undo each step, back to no needs at all.
    QUndoStack *stack = m_document->undoStack();
    stack->undo(); // move
    QCOMPARE(stored().at(0).description, QStringLiteral("Stock counts take two days"));
    stack->undo(); // benefit
    QVERIFY(stored().at(1).benefit.isEmpty());
    stack->undo(); // hours
    QCOMPARE(stored().at(0).painHoursMilli, 0);
    stack->undo(); // priority
    QCOMPARE(stored().at(1).priority, Priority::Should);
    stack->undo();
    stack->undo(); // descriptions
    QCOMPARE(stored().at(0).description, QStringLiteral("New need"));
    stack->undo();
    stack->undo(); // the two additions
    QVERIFY(stored().isEmpty());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!stack->canUndo());
}

void TestNeedsPage::invalidUrgencyIsRefused()
{
    trigger("addNeedAction");
    QTest::keyClick(child<QTableView>(m_page.get(), "needsTable"), Qt::Key_Escape);
    const int steps = m_document->undoStack()->count();
    QVERIFY(!m_page->model()->setData(m_page->model()->index(0, NeedsModel::Urgency), 9));
    auto *error = child<QLabel>(m_page.get(), "needsError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Urgency")), qPrintable(error->text()));
    QCOMPARE(stored().at(0).urgency, 3);
    QCOMPARE(m_document->undoStack()->count(), steps);
    QVERIFY(!m_page->model()->setData(m_page->model()->index(0, NeedsModel::Description),
                                      QStringLiteral("  ")));
    QVERIFY(!m_page->model()->setData(m_page->model()->index(0, NeedsModel::PainHours),
                                      QStringLiteral("many")));
    QCOMPARE(m_document->undoStack()->count(), steps);
}

void TestNeedsPage::typingInOneCellMergesIntoOneStep()
{
    trigger("addNeedAction");
    QTest::keyClick(child<QTableView>(m_page.get(), "needsTable"), Qt::Key_Escape);
    const int steps = m_document->undoStack()->count();
    setCell(0, NeedsModel::Description, QStringLiteral("S"));
    setCell(0, NeedsModel::Description, QStringLiteral("St"));
    setCell(0, NeedsModel::Description, QStringLiteral("Stock"));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(stored().at(0).description, QStringLiteral("Stock"));
    m_document->undoStack()->undo();
    QCOMPARE(stored().at(0).description, QStringLiteral("New need"));
}

void TestNeedsPage::hoursParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<bool>("ok");
    QTest::newRow("whole") << QStringLiteral("12") << QStringLiteral("en") << qint64(12'000) << true;
    QTest::newRow("decimal") << QStringLiteral("2.5") << QStringLiteral("en") << qint64(2'500) << true;
    QTest::newRow("indonesian") << QStringLiteral("1.002,25") << QStringLiteral("id") << qint64(1'002'250) << true;
    QTest::newRow("empty") << QString() << QStringLiteral("en") << qint64(0) << true;
    QTest::newRow("four decimals") << QStringLiteral("1.2345") << QStringLiteral("en") << qint64(0) << false;
    QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("en") << qint64(0) << false;
    QTest::newRow("words") << QStringLiteral("lots") << QStringLiteral("en") << qint64(0) << false;
}

void TestNeedsPage::hoursParse()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(qint64, milli);
    QFETCH(bool, ok);
    const QLocale locale(language == u"id" ? QLocale::Indonesian : QLocale::English);
    const Result<qint64> parsed = parseHours(text, locale);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(*parsed, milli);
        if (milli != 0)
            QCOMPARE(*parseHours(formatHours(milli, locale), locale), milli);
    }
}

QTEST_MAIN(TestNeedsPage)
#include "tst_needspage.moc"
