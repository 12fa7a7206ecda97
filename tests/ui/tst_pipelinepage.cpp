#include "uitest.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "pipeline/pipelinemodel.h"
#include "pipeline/pipelinepage.h"
#include "pipeline/stagecolumnmodel.h"
#include "storage/repositories.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Sepakat;
using namespace Sepakat::UiTest;

namespace {

const QString kIdr = QStringLiteral("IDR");
constexpr qint64 kUsdRateMicro = 16'000'000'000; // 1 USD = Rp 16.000

QString id(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestPipelinePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Clock::install(nullptr); }
    void init();
    void cleanup();

    void columnsHoldTheirStages();
    void dragToAnotherColumnAndBackWithUndo();
    void keyboardMovesTheSelectedCard();
    void moveToLostAsksForTheReason();
    void lostWithoutReasonIsNotMoved();
    void forbiddenMoveLeavesTheBookUnchanged();
    void reopeningAsksFirst();
    void filterByText_data();
    void filterByText();
    void filterByOwnerPeriodAndClosed();
    void headerTotalsMatchTheBook();
    void missingRateIsCountedApart();
    void movesKeepTotalsAndForecastAsAFreshSum();
    void enterOpensTheDeal();
    void findKeysGoToTheSearch();

private:
    void seed();
    QListView *column(Stage stage)
    {
        return m_page->findChild<QListView *>(QStringLiteral("column-") + stageKey(stage));
    }
    QStringList shownIds(Stage stage);
    QStringList allShownIds();
    Deal stored(const char *dealId) { return *m_document->book().deals().find(id(dealId)); }

    FixedClock m_clock{QDateTime(QDate(2025, 6, 15), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<PipelinePage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestPipelinePage::initTestCase()
{
    isolateSettings();
    Clock::install(&m_clock);
}

void TestPipelinePage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("pipeline%1").arg(++counter));
    QVERIFY(book);
    m_document = std::make_unique<BookDocument>(std::move(book));
    seed();
    m_page = std::make_unique<PipelinePage>();
    m_page->setDocument(m_document.get());
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    for (const Stage stage : kAllStages)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_page->columnModel(stage), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestPipelinePage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_document.reset();
}

void TestPipelinePage::seed()
{
    DealBook &book = m_document->book();
    BookSettings settings = book.settings().load();
    settings.ratesMicro.insert(QStringLiteral("USD"), kUsdRateMicro);
    QVERIFY(book.settings().save(settings));

    const auto customer = [&](const char *customerId, const char *name, const char *contact) {
        Customer c;
        c.id = id(customerId);
        c.name = QString::fromUtf8(name);
        c.contacts = {Contact{c.id + u"-1", QString::fromUtf8(contact), {}, {}, {}}};
        QVERIFY(book.customers().save(c));
    };
    customer("c1", "PT Maju Surabaya", "Budi Santoso");
    customer("c2", "Café Bogotá", "Ana Gómez");
    customer("c3", "Straits Logistics", "Tan Wei Ming");

    const auto deal = [&](const char *dealId, const char *customerId, const char *title,
                          Stage stage, qint64 minor, const char *currency, const char *owner,
                          QDate close) {
        Deal d;
        d.id = id(dealId);
        d.customerId = id(customerId);
        d.title = QString::fromUtf8(title);
        d.stage = stage;
        d.value = Money(minor, QString::fromLatin1(currency));
        d.owner = QString::fromUtf8(owner);
        d.expectedClose = close;
        d.stageChangedAt = QDateTime(QDate(2025, 6, 1), QTime(9, 0));
        if (stage == Stage::Lost)
            d.lostReason = QStringLiteral("Price");
        QVERIFY2(book.deals().save(d), dealId);
    };
    deal("d1", "c1", "CRM roll-out", Stage::Prospect, 100'000'000, "IDR", "Dewi", {2025, 6, 30});
    deal("d2", "c1", "ERP phase 2", Stage::Qualified, 250'000'000, "IDR", "Budi", {2025, 8, 15});
    deal("d3", "c2", "Coffee POS", Stage::Proposal, 1'200'000, "USD", "Dewi", {2025, 7, 10});
    deal("d4", "c3", "Fleet tracking", Stage::Negotiation, 5'000'000, "SGD", "Rina",
         {2025, 9, 1});
    deal("d5", "c2", "Roasting line", Stage::Won, 500'000'000, "IDR", "Budi", {2025, 5, 20});
    deal("d6", "c3", "Warehouse", Stage::Lost, 80'000'000, "IDR", "Rina", {2025, 4, 2});
    deal("d7", "c1", "Training", Stage::Negotiation, 40'000'000, "IDR", "Dewi", {2025, 5, 31});
    // An override only speaks for an open deal.
    Deal d2 = *book.deals().find(id("d2"));
    d2.probabilityOverride = 4000;
    QVERIFY(book.deals().save(d2));
}

QStringList TestPipelinePage::shownIds(Stage stage)
{
    QStringList ids;
    const StageColumnModel *model = m_page->columnModel(stage);
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row).data(PipelineModel::DealIdRole).toString();
    return ids;
}

QStringList TestPipelinePage::allShownIds()
{
    QStringList ids;
    for (const Stage stage : kAllStages)
        ids << shownIds(stage);
    ids.sort();
    return ids;
}

void TestPipelinePage::columnsHoldTheirStages()
{
    QCOMPARE(shownIds(Stage::Prospect), QStringList{id("d1")});
    QCOMPARE(shownIds(Stage::Qualified), QStringList{id("d2")});
    // Soonest expected close first.
    QCOMPARE(shownIds(Stage::Negotiation), (QStringList{id("d7"), id("d4")}));
    QVERIFY(column(Stage::Lost));
    QVERIFY(column(Stage::Lost)->uniformItemSizes());
    QCOMPARE(column(Stage::Won)->model()->rowCount(), 1);
}

void TestPipelinePage::dragToAnotherColumnAndBackWithUndo()
{
    const Deal before = stored("d1");
    const qint64 auditBefore = m_document->book().audit().count();
    QListView *prospect = column(Stage::Prospect);
    QListView *qualified = column(Stage::Qualified);

    // The real drag path: the source view's mime data dropped on the target view's model.
    std::unique_ptr<QMimeData> mime(prospect->model()->mimeData({prospect->model()->index(0, 0)}));
    QVERIFY(mime);
    QVERIFY(qualified->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    qualified->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
    QTRY_COMPARE(stored("d1").stage, Stage::Qualified);

    const Deal after = stored("d1");
    QCOMPARE(after.stageChangedAt, m_clock.now());
    QCOMPARE(shownIds(Stage::Prospect), QStringList());
    QVERIFY(shownIds(Stage::Qualified).contains(id("d1")));
    QCOMPARE(m_page->totals()[Stage::Qualified].count, 2);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->book().audit().count(), auditBefore + 1);

    m_document->undoStack()->undo();
    QCOMPARE(stored("d1"), before); // stage time included
    QCOMPARE(shownIds(Stage::Prospect), QStringList{id("d1")});
    QCOMPARE(shownIds(Stage::Qualified), QStringList{id("d2")});
    QCOMPARE(m_page->totals()[Stage::Prospect].count, 1);

    m_document->undoStack()->redo();
    QCOMPARE(stored("d1"), after);
    QVERIFY(shownIds(Stage::Qualified).contains(id("d1")));
}

void TestPipelinePage::keyboardMovesTheSelectedCard()
{
    QVERIFY(m_page->selectDeal(id("d1")));
    QVERIFY(m_page->moveRightAction()->isEnabled());
    QVERIFY(!m_page->moveRightAction()->toolTip().isEmpty());
    QTest::keyClick(column(Stage::Prospect), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored("d1").stage, Stage::Qualified);
    // The card stays selected in its new column, so the next key press moves it on.
    QCOMPARE(m_page->selectedDealIds(), QStringList{id("d1")});
    QTRY_VERIFY(column(Stage::Qualified)->hasFocus());
    QTest::keyClick(column(Stage::Qualified), Qt::Key_Left,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored("d1").stage, Stage::Prospect);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestPipelinePage::moveToLostAsksForTheReason()
{
    bool okWasDisabled = false;
    whenModal([&](QWidget *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        okWasDisabled = !buttons->button(QDialogButtonBox::Ok)->isEnabled();
        auto *reason = child<QComboBox>(dialog, "lostReasonEdit");
        QTest::keyClicks(reason->lineEdit(), QStringLiteral("Chose a local vendor"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    const Deal before = stored("d2");
    QVERIFY(m_page->moveDeals({id("d2")}, Stage::Lost));
    QVERIFY(okWasDisabled);
    const Deal lost = stored("d2");
    QCOMPARE(lost.stage, Stage::Lost);
    QCOMPARE(lost.lostReason, QStringLiteral("Chose a local vendor"));
    QVERIFY(shownIds(Stage::Lost).contains(id("d2")));
    // Closed: the stage's probability, whatever the override said.
    QCOMPARE(m_page->totals()[Stage::Lost].weighted.minor(), 0);

    m_document->undoStack()->undo();
    QCOMPARE(stored("d2"), before);
    QCOMPARE(stored("d2").lostReason, QString());
}

void TestPipelinePage::lostWithoutReasonIsNotMoved()
{
    whenModal([](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QVERIFY(!m_page->moveDeals({id("d2")}, Stage::Lost));
    QCOMPARE(stored("d2").stage, Stage::Qualified);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestPipelinePage::forbiddenMoveLeavesTheBookUnchanged()
{
    const Deal before = stored("d1");
    const qint64 auditBefore = m_document->book().audit().count();
    QString message;
    whenModal([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        message = box ? box->text() : QString();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(!m_page->moveDeals({id("d1")}, Stage::Won)); // Prospect cannot jump to Won
    QCOMPARE(message, transitionRefusal(Stage::Prospect, Stage::Won));
    QCOMPARE(stored("d1"), before);
    QCOMPARE(m_document->book().audit().count(), auditBefore);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(shownIds(Stage::Prospect), QStringList{id("d1")});
}

void TestPipelinePage::reopeningAsksFirst()
{
    whenModal([](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QVERIFY(!m_page->moveDeals({id("d5")}, Stage::Negotiation));
    QCOMPARE(stored("d5").stage, Stage::Won);

    whenModal([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        // The button says what it does, and Enter does not reopen a closed deal by accident.
        QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("Reopen"));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(m_page->moveDeals({id("d5")}, Stage::Negotiation));
    QCOMPARE(stored("d5").stage, Stage::Negotiation);
}

void TestPipelinePage::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("customer, any case") << QStringLiteral("SURABAYA")
                                        << QStringList{id("d1"), id("d2"), id("d7")};
    QTest::newRow("accent-insensitive") << QStringLiteral("bogota")
                                        << QStringList{id("d3"), id("d5")};
    QTest::newRow("contact name") << QStringLiteral("gomez") << QStringList{id("d3"), id("d5")};
    QTest::newRow("title") << QStringLiteral("fleet") << QStringList{id("d4")};
    QTest::newRow("two words") << QStringLiteral("maju training") << QStringList{id("d7")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList();
}

void TestPipelinePage::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    auto *edit = child<QLineEdit>(m_page.get(), "filter-text");
    QVERIFY(edit);
    QTest::keyClicks(edit, text);
    QCOMPARE(allShownIds(), expected);
    int counted = 0;
    for (const Stage stage : kAllStages)
        counted += m_page->totals()[stage].count;
    QCOMPARE(counted, expected.size());
    edit->clear();
    QCOMPARE(allShownIds().size(), 7);
}

void TestPipelinePage::filterByOwnerPeriodAndClosed()
{
    auto *owner = child<QComboBox>(m_page.get(), "filter-owner");
    QVERIFY(owner);
    QCOMPARE(owner->count(), 4); // everyone, Budi, Dewi, Rina
    owner->setCurrentIndex(owner->findData(QStringLiteral("Dewi")));
    QCOMPARE(allShownIds(), (QStringList{id("d1"), id("d3"), id("d7")}));

    m_page->setPeriodFilter(ClosePeriod::Overdue);
    QCOMPARE(allShownIds(), QStringList{id("d7")});
    m_page->setPeriodFilter(ClosePeriod::ThisMonth);
    QCOMPARE(allShownIds(), QStringList{id("d1")});

    m_page->setOwnerFilter(QString());
    m_page->setPeriodFilter(ClosePeriod::Any);
    QTest::mouseClick(child<QCheckBox>(m_page.get(), "filter-hide-closed"), Qt::LeftButton);
    QCOMPARE(allShownIds(), (QStringList{id("d1"), id("d2"), id("d3"), id("d4"), id("d7")}));
    QCOMPARE(m_page->totals()[Stage::Won].count, 0);
}

void TestPipelinePage::headerTotalsMatchTheBook()
{
    // Worked out here from the book itself, not through the board's code.
    const BookSettings settings = m_document->book().settings().load();
    std::array<qint64, kStageCount> total{};
    std::array<qint64, kStageCount> weightedBp{};
    for (const DealSummary &summary : m_document->book().deals().summaries()) {
        const Deal &deal = summary.deal;
        qint64 idr = 0;
        if (deal.currency() == kIdr)
            idr = deal.value.minor();
        else if (deal.currency() == QStringLiteral("USD"))
            idr = deal.value.minor() * (kUsdRateMicro / 1'000'000) / 100; // cents to rupiah
        else
            continue;
        const size_t s = size_t(deal.stage);
        total[s] += idr;
        weightedBp[s] += idr * deal.probability(settings.stages);
    }
    const QLocale locale = Language::locale();
    for (const Stage stage : kAllStages) {
        const StageTotals &t = m_page->totals()[stage];
        const size_t s = size_t(stage);
        QCOMPARE(t.total.minor(), total[s]);
        QCOMPARE(t.weighted.minor(), (weightedBp[s] + 5000) / 10000);
        auto *label = m_page->findChild<QLabel *>(QStringLiteral("total-") + stageKey(stage));
        QVERIFY(label);
        QVERIFY2(label->toolTip().contains(Money(total[s], kIdr).format(locale)),
                 qPrintable(label->toolTip()));
    }
    QCOMPARE(m_page->totals()[Stage::Proposal].total.minor(), 192'000'000); // USD 12,000
    QCOMPARE(m_page->totals()[Stage::Qualified].weighted.minor(), 100'000'000); // 40 % override
}

void TestPipelinePage::missingRateIsCountedApart()
{
    const StageTotals &negotiation = m_page->totals()[Stage::Negotiation];
    QCOMPARE(negotiation.count, 2);
    QCOMPARE(negotiation.total.minor(), 40'000'000); // the SGD deal is not in it
    QCOMPARE(negotiation.missingRate.count, 1);
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("missing-rate-negotiation"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("SGD")), qPrintable(note->text()));
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("missing-rate-prospect"))->isVisible());
}

void TestPipelinePage::movesKeepTotalsAndForecastAsAFreshSum()
{
    // A move takes the one deal out of the sums and puts it back; after any sequence of moves
    // the board must say what a sum over the shown deals says.
    const auto checkAgainstFreshSums = [this] {
        const BookSettings settings = m_document->book().settings().load();
        QList<DealSummary> shown;
        for (const DealSummary &summary : m_document->book().deals().summaries()) {
            if (m_page->columnModel(summary.deal.stage)
                    ->rowOfSource(m_page->model()->rowOf(summary.deal.id)) >= 0)
                shown << summary;
        }
        const std::span<const DealSummary> deals(shown.constData(), size_t(shown.size()));
        const PipelineTotals totals =
            pipelineTotals(deals, settings.stages, settings.currency, settings.ratesMicro);
        for (const Stage stage : kAllStages) {
            const StageTotals &board = m_page->totals()[stage];
            QCOMPARE(board.count, totals[stage].count);
            QCOMPARE(board.total, totals[stage].total);
            QCOMPARE(board.weighted, totals[stage].weighted);
            QCOMPARE(board.missingRate, totals[stage].missingRate);
            QCOMPARE(board.overflow, totals[stage].overflow);
        }
        const Forecast &board = m_page->forecast();
        const Forecast forecast =
            forecastByMonth(deals, settings.stages, settings.currency, settings.ratesMicro,
                            m_clock.today(), int(board.months.size()));
        QCOMPARE(board.earlierCount, forecast.earlierCount);
        QCOMPARE(board.laterCount, forecast.laterCount);
        QCOMPARE(board.undatedCount, forecast.undatedCount);
        QCOMPARE(board.missingRate, forecast.missingRate);
        QCOMPARE(board.months.size(), forecast.months.size());
        for (qsizetype i = 0; i < forecast.months.size(); ++i) {
            QCOMPARE(board.months.at(i).count, forecast.months.at(i).count);
            QCOMPARE(board.months.at(i).weighted, forecast.months.at(i).weighted);
        }
    };
    checkAgainstFreshSums();
    QVERIFY(m_page->moveDeals({id("d1")}, Stage::Qualified));
    checkAgainstFreshSums();
    QVERIFY(m_page->moveDeals({id("d4")}, Stage::Won)); // the SGD deal without a rate
    QCOMPARE(m_page->totals()[Stage::Negotiation].missingRate.count, 0);
    QCOMPARE(m_page->totals()[Stage::Won].missingRate.currencies,
             QStringList{QStringLiteral("SGD")});
    checkAgainstFreshSums();
    m_page->setFilterText(QStringLiteral("Surabaya"));
    QVERIFY(m_page->moveDeals({id("d2")}, Stage::Proposal));
    checkAgainstFreshSums();
    m_document->undoStack()->undo();
    checkAgainstFreshSums();
    m_page->setFilterText(QString());
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    checkAgainstFreshSums();
    QCOMPARE(m_page->totals()[Stage::Negotiation].missingRate.count, 1);
}

void TestPipelinePage::enterOpensTheDeal()
{
    QSignalSpy opened(m_page.get(), &PipelinePage::openDealRequested);
    QVERIFY(m_page->selectDeal(id("d3")));
    QListView *view = column(Stage::Proposal);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), id("d3"));
    const QRect card = view->visualRect(view->model()->index(0, 0));
    // A double click is a press, a release and the double click itself.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, card.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, card.center());
    QCOMPARE(opened.count(), 2);
}

void TestPipelinePage::findKeysGoToTheSearch()
{
    auto *edit = child<QLineEdit>(m_page.get(), "filter-text");
    QVERIFY(edit);
    edit->setText(QStringLiteral("maju"));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QListView *view = column(Stage::Proposal);
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keySequence(view, QKeySequence::Find);
    QVERIFY(edit->hasFocus());
    // Typing replaces the last search.
    QCOMPARE(edit->selectedText(), QStringLiteral("maju"));
}

QTEST_MAIN(TestPipelinePage)
#include "tst_pipelinepage.moc"
