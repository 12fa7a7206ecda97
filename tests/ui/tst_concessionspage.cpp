#include "common/bookdocument.h"
#include "common/language.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "util/clock.h"
#include "worksheet/concessionlogmodel.h"
#include "worksheet/concessionspage.h"
#include "worksheet/tradeablesmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace Sepakat;
using namespace Sepakat::UiTest;

namespace {

const QString kIdr = QStringLiteral("IDR");

Money idr(qint64 amount)
{
    return Money(amount, kIdr);
}

} // namespace

class TestConcessionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void isMarkedInternal();
    void tradeableGivenWithNothingAskedIsFlagged();
    void growingConcessionsAreFlaggedByRound();
    void totalConcededAgainstTheRoom();
    void invalidValueToThemIsRefused();
    void invalidConcessionIsRefused();
    void typingInOneCellIsOneUndoStep();
    void undoEachStepRestoresTheBook();
    void removedTradeableComesBackLinked();
    void defaultRoundIsTheLatestOffer();

private:
    struct Snapshot
    {
        QList<Tradeable> tradeables;
        QList<Concession> log;
        friend bool operator==(const Snapshot &, const Snapshot &) = default;
    };
    Snapshot snapshot()
    {
        WorksheetRepository sheets = m_document->book().worksheets();
        return {sheets.tradeables(m_dealId), sheets.concessions(m_dealId)};
    }
    QTableView *tradeablesView() { return child<QTableView>(m_page.get(), "tradeablesView"); }
    TradeablesModel *tradeables()
    {
        return static_cast<TradeablesModel *>(tradeablesView()->model());
    }
    ConcessionLogModel *log()
    {
        return static_cast<ConcessionLogModel *>(
            child<QTableView>(m_page.get(), "concessionLogView")->model());
    }
    // The cell editor open in the give-get table, if any (closed ones linger until deleted).
    QLineEdit *openEditor()
    {
        for (QLineEdit *edit : tradeablesView()->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible())
                return edit;
        }
        return nullptr;
    }
    QString labelText(const char *name) { return child<QLabel>(m_page.get(), name)->text(); }
    // Types into the cell's editor the way a user does: open it, replace the text, Enter.
    void typeInCell(int row, int column, const QString &text)
    {
        QTableView *view = tradeablesView();
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QLineEdit *editor = openEditor();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes on the next turn of the event loop.
        QTRY_VERIFY(!openEditor());
    }
    void addTradeable(const QString &give);
    void logConcession(int round, Party party, const QString &change, const QString &price);

    FixedClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<ConcessionsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tradeablesTester;
    std::unique_ptr<QAbstractItemModelTester> m_logTester;
    QString m_dealId;
};

void TestConcessionsPage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
    Clock::install(&m_clock);
}

void TestConcessionsPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("concessions%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = QStringLiteral("d1");
    deal.customerId = customer.id;
    deal.title = QStringLiteral("CRM rollout");
    deal.stage = Stage::Negotiation;
    deal.value = idr(1'000'000'000);
    deal.stageChangedAt = m_clock.now();
    QVERIFY(book->deals().save(deal));
    m_dealId = deal.id;
    Plan plan;
    plan.dealId = deal.id;
    plan.target = idr(980'000'000);
    plan.opening = idr(1'000'000'000);
    plan.walkAway = idr(900'000'000);
    QVERIFY(book->worksheets().savePlan(plan));

    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<ConcessionsPage>();
    m_page->setDocument(m_document.get());
    QVERIFY(m_page->openDeal(m_dealId));
    m_page->resize(1100, 760);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_tradeablesTester = std::make_unique<QAbstractItemModelTester>(
        tradeables(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_logTester = std::make_unique<QAbstractItemModelTester>(
        log(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestConcessionsPage::cleanup()
{
    m_tradeablesTester.reset();
    m_logTester.reset();
    m_page.reset();
    m_document.reset();
}

void TestConcessionsPage::addTradeable(const QString &give)
{
    const int rows = tradeables()->rowCount();
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addTradeableButton"), Qt::LeftButton);
    QCOMPARE(tradeables()->rowCount(), rows + 1);
    // The new row opens for typing what we give.
    QLineEdit *editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(QApplication::focusWidget(), editor);
    editor->selectAll();
    QTest::keyClicks(editor, give);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!openEditor());
    QCOMPARE(snapshot().tradeables.last().give, give);
}

void TestConcessionsPage::logConcession(int round, Party party, const QString &change,
                                        const QString &price)
{
    child<QSpinBox>(m_page.get(), "logRoundSpin")->setValue(round);
    auto *partyCombo = child<QComboBox>(m_page.get(), "logPartyCombo");
    partyCombo->setCurrentIndex(partyCombo->findData(static_cast<int>(party)));
    auto *changeEdit = child<QLineEdit>(m_page.get(), "logChangeEdit");
    changeEdit->clear();
    QTest::keyClicks(changeEdit, change);
    auto *priceEdit = child<QLineEdit>(m_page.get(), "logPriceDeltaEdit");
    priceEdit->clear();
    QTest::keyClicks(priceEdit, price);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "logConcessionButton"), Qt::LeftButton);
}

void TestConcessionsPage::isMarkedInternal()
{
    auto *badge = child<QLabel>(m_page.get(), "internalBadge");
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Internal"));
}

void TestConcessionsPage::tradeableGivenWithNothingAskedIsFlagged()
{
    addTradeable(QStringLiteral("Free training day"));
    QCOMPARE(tradeables()->index(0, 0).data(TradeablesModel::FlaggedRole).toBool(), false);

    tradeables()->setData(tradeables()->index(0, TradeablesModel::Status),
                          static_cast<int>(TradeableStatus::Offered));
    QCOMPARE(snapshot().tradeables.first().status, TradeableStatus::Offered);
    QVERIFY(tradeables()->index(0, 0).data(TradeablesModel::FlaggedRole).toBool());
    QCOMPARE(tradeables()->index(0, TradeablesModel::AskInReturn).data().toString(),
             QStringLiteral("Nothing asked in return"));
    QCOMPARE(labelText("reciprocityLabel"),
             QStringLiteral("• \"Free training day\" is given with nothing asked in return."));

    typeInCell(0, TradeablesModel::AskInReturn, QStringLiteral("Three-year contract"));
    QCOMPARE(snapshot().tradeables.first().askInReturn, QStringLiteral("Three-year contract"));
    QVERIFY(!tradeables()->index(0, 0).data(TradeablesModel::FlaggedRole).toBool());
    QCOMPARE(labelText("reciprocityLabel"),
             QStringLiteral("Everything given so far has something asked or given back."));
}

void TestConcessionsPage::growingConcessionsAreFlaggedByRound()
{
    QCOMPARE(labelText("pacingLabel"), QStringLiteral("No price concession of ours is logged yet."));
    logConcession(1, Party::Us, QStringLiteral("2 % off the licences"), QStringLiteral("-5,000,000"));
    logConcession(2, Party::Us, QStringLiteral("Another 2 %"), QStringLiteral("-10,000,000"));
    logConcession(3, Party::Us, QStringLiteral("Free first year of support"),
                  QStringLiteral("-15,000,000"));
    QCOMPARE(snapshot().log.size(), 3);
    QCOMPARE(log()->rowCount(), 3);
    QCOMPARE(log()->index(2, ConcessionLogModel::PriceChange).data().toString(),
             QStringLiteral("-IDR 15,000,000"));
    QCOMPARE(labelText("pacingLabel"),
             QStringLiteral("• Round 2 concedes IDR 10,000,000, as much or more than round 1 "
                            "(IDR 5,000,000).\n"
                            "• Round 3 concedes IDR 15,000,000, as much or more than round 2 "
                            "(IDR 10,000,000).\n"
                            "• Each price concession should be smaller than the one before."));
    // The customer gave nothing in any round: each of ours is flagged in the log.
    QVERIFY(log()->index(0, 0).data(ConcessionLogModel::FlaggedRole).toBool());
    logConcession(1, Party::Them, QStringLiteral("Signs for 36 months"), QString());
    QCOMPARE(snapshot().log.size(), 4);
    QVERIFY(!log()->index(0, 0).data(ConcessionLogModel::FlaggedRole).toBool());
}

void TestConcessionsPage::totalConcededAgainstTheRoom()
{
    auto *bar = child<QProgressBar>(m_page.get(), "roomBar");
    logConcession(1, Party::Us, QStringLiteral("5 % off"), QStringLiteral("-20,000,000"));
    logConcession(2, Party::Us, QStringLiteral("2 % off"), QStringLiteral("-10,000,000"));
    QCOMPARE(labelText("totalConcededLabel"),
             QStringLiteral("Conceded IDR 30,000,000 of the IDR 100,000,000 room between opening "
                            "(IDR 1,000,000,000) and walk-away (IDR 900,000,000)."));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), 3000);
    QCOMPARE(bar->text(), formatBasisPoints(3000, Language::locale()));
    QCOMPARE(bar->property("overRoom").toBool(), false);

    logConcession(3, Party::Us, QStringLiteral("Everything"), QStringLiteral("-80,000,000"));
    QCOMPARE(bar->value(), 10000);
    QCOMPARE(bar->text(), formatBasisPoints(11000, Language::locale()));
    QCOMPARE(bar->property("overRoom").toBool(), true);
    QVERIFY(labelText("totalConcededLabel").contains(QStringLiteral("below the walk-away")));
}

void TestConcessionsPage::invalidValueToThemIsRefused()
{
    addTradeable(QStringLiteral("Payment in 60 days"));
    const Snapshot before = snapshot();
    const int commands = m_document->undoStack()->count();
    auto *error = child<QLabel>(m_page.get(), "tradeableError");

    typeInCell(0, TradeablesModel::ValueToThem, QStringLiteral("9"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Value to them")), qPrintable(error->text()));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_document->undoStack()->count(), commands);

    QVERIFY(!tradeables()->setData(tradeables()->index(0, TradeablesModel::ValueToThem),
                                   QStringLiteral("many")));
    QVERIFY(error->text().contains(QStringLiteral("Value to them")));
    QVERIFY(!tradeables()->setData(tradeables()->index(0, TradeablesModel::CostToUs),
                                   QStringLiteral("cheap")));
    QVERIFY(error->text().startsWith(QStringLiteral("Cost to us")));
    typeInCell(0, TradeablesModel::Give, QString());
    QVERIFY(error->text().contains(QStringLiteral("What we give")));
    QCOMPARE(snapshot(), before);

    typeInCell(0, TradeablesModel::ValueToThem, QStringLiteral("5"));
    QVERIFY(!error->isVisible());
    QCOMPARE(snapshot().tradeables.first().valueToThem, 5);
}

void TestConcessionsPage::invalidConcessionIsRefused()
{
    logConcession(1, Party::Us, QString(), QStringLiteral("-5,000,000"));
    auto *changeError = child<QLabel>(m_page.get(), "error_change");
    QVERIFY(changeError->isVisible());
    QVERIFY(changeError->text().contains(QStringLiteral("Concession description")));
    logConcession(1, Party::Us, QStringLiteral("Five percent"), QStringLiteral("five million"));
    auto *priceError = child<QLabel>(m_page.get(), "error_priceDelta");
    QVERIFY(priceError->isVisible());
    QVERIFY(priceError->text().startsWith(QStringLiteral("Price change")));
    QVERIFY(snapshot().log.isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestConcessionsPage::typingInOneCellIsOneUndoStep()
{
    addTradeable(QStringLiteral("Extended warranty"));
    const Snapshot before = snapshot();
    const int commands = m_document->undoStack()->count();
    typeInCell(0, TradeablesModel::CostToUs, QStringLiteral("1,000,000"));
    typeInCell(0, TradeablesModel::CostToUs, QStringLiteral("2,500,000"));
    QCOMPARE(snapshot().tradeables.first().costToUs, idr(2'500'000));
    QCOMPARE(m_document->undoStack()->count(), commands + 1);
    // Another cell is another step.
    typeInCell(0, TradeablesModel::ValueToThem, QStringLiteral("4"));
    QCOMPARE(m_document->undoStack()->count(), commands + 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(snapshot(), before);
}

void TestConcessionsPage::undoEachStepRestoresTheBook()
{
    QList<Snapshot> states{snapshot()};
    addTradeable(QStringLiteral("Free training day")); // add, then edit what we give
    states << snapshot();
    tradeables()->setData(tradeables()->index(0, TradeablesModel::Kind),
                          static_cast<int>(TradeableKind::Training));
    states << snapshot();
    tradeables()->setData(tradeables()->index(0, TradeablesModel::Status),
                          static_cast<int>(TradeableStatus::Offered));
    states << snapshot();
    QVERIFY(tradeables()->index(0, 0).data(TradeablesModel::FlaggedRole).toBool());
    logConcession(1, Party::Us, QStringLiteral("2 % off"), QStringLiteral("-5,000,000"));
    states << snapshot();
    logConcession(2, Party::Us, QStringLiteral("3 % off"), QStringLiteral("-10,000,000"));
    states << snapshot();
    QCOMPARE(states.last().log.size(), 2);
    QVERIFY(labelText("pacingLabel").contains(QStringLiteral("Round 2 concedes")));

    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 6); // add and its first edit are two steps
    states.removeLast();
    while (!states.isEmpty()) {
        stack->undo();
        if (states.size() == 1) {
            // The add's give edit and the add itself: one snapshot was taken after both.
            stack->undo();
        }
        QCOMPARE(snapshot(), states.takeLast());
    }
    QVERIFY(!tradeables()->rowCount());
    QCOMPARE(labelText("pacingLabel"), QStringLiteral("No price concession of ours is logged yet."));
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(snapshot().log.size(), 2);
    QCOMPARE(snapshot().tradeables.first().status, TradeableStatus::Offered);
}

void TestConcessionsPage::removedTradeableComesBackLinked()
{
    addTradeable(QStringLiteral("Payment in 60 days"));
    auto *combo = child<QComboBox>(m_page.get(), "logTradeableCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("Payment in 60 days")));
    logConcession(1, Party::Us, QStringLiteral("60 days to pay"), QString());
    const Snapshot before = snapshot();
    QCOMPARE(before.log.first().tradeableId, before.tradeables.first().id);
    QCOMPARE(log()->index(0, ConcessionLogModel::Tradeable).data().toString(),
             QStringLiteral("Payment in 60 days"));

    tradeablesView()->setCurrentIndex(tradeables()->index(0, TradeablesModel::Give));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "removeTradeableButton"), Qt::LeftButton);
    QVERIFY(snapshot().tradeables.isEmpty());
    QVERIFY(snapshot().log.first().tradeableId.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(snapshot(), before);
}

void TestConcessionsPage::defaultRoundIsTheLatestOffer()
{
    for (int version : {1, 2, 3}) {
        Offer offer;
        offer.dealId = m_dealId;
        offer.version = version;
        offer.offerDate = QDate(2025, 3, version);
        offer.validUntil = QDate(2025, 4, version);
        offer.createdAt = m_clock.now();
        QVERIFY2(m_document->book().worksheets().saveOffer(offer).ok(),
                 qPrintable(m_document->book().worksheets().saveOffer(offer).errorMessage()));
    }
    QVERIFY(m_page->openDeal(m_dealId));
    QCOMPARE(child<QSpinBox>(m_page.get(), "logRoundSpin")->value(), 3);
}

QTEST_MAIN(TestConcessionsPage)
#include "tst_concessionspage.moc"
