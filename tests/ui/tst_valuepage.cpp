#include "common/bookdocument.h"
#include "common/language.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "value/savingsitemsmodel.h"
#include "value/valuecharts.h"
#include "value/valuechartspanel.h"
#include "value/valuepage.h"

#include <QBarSet>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestValuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void upfrontIsTheOffersTotalUnlessOverridden();
    void changingAnItemChangesFiguresAndCharts();
    void typingPreviewsAndLeavingSaves();
    void horizonSetsTheChartLength();
    void needsPainSuggestsItems();
    void firstEditMakesTheCaseAndUndoRemovesIt();
    void badTextIsRefusedAndKeepsTheCase();
    void splitterPlaceIsKept();

private:
    std::optional<ValueCaseInputs> saved()
    {
        return m_document->book().worksheets().valueCase(m_dealId);
    }
    QString figure(const char *name)
    {
        return child<QLabel>(m_page.get(), name)->text();
    }
    ValueChartsPanel *charts() { return m_page->findChild<ValueChartsPanel *>(); }
    CumulativeChart *cumulative() { return charts()->cumulativeChart(); }
    void typeInCell(int row, int column, const QString &text)
    {
        auto *table = child<QTableView>(m_page.get(), "savingsTable");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, column));
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->selectAll();
        QTest::keyClicks(editor, text);
        const QPointer<QWidget> open = editor;
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits and closes the editor on its next turn.
        QTRY_VERIFY(!open || !open->isVisible());
    }
    void saveCase(const QList<SavingsItem> &items)
    {
        ValueCaseInputs in;
        in.dealId = m_dealId;
        in.currency = QStringLiteral("IDR");
        in.horizonMonths = 36;
        in.annualDiscountRateBasisPoints = 1000;
        in.monthlyCost = idr(5'000'000);
        in.items = items;
        QVERIFY(m_document->book().worksheets().saveValueCase(in));
        QVERIFY(m_page->openDeal(m_dealId));
    }
    static Money idr(qint64 amount) { return Money(amount, QStringLiteral("IDR")); }
    static SavingsItem timeItem()
    {
        SavingsItem item;
        item.id = QStringLiteral("s1");
        item.needId = QStringLiteral("n1");
        item.description = QStringLiteral("Faster order entry");
        item.hoursPerMonthMilli = 120'000;
        item.hourlyRate = idr(85'000);
        item.realizationBasisPoints = 7000;
        item.amountPerMonth = idr(0);
        item.rampMonths = 3;
        return item;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<ValuePage> m_page;
    QString m_dealId = QStringLiteral("d1");
};

void TestValuePage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestValuePage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("value%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = m_dealId;
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Order system");
    deal.stage = Stage::Proposal;
    deal.value = idr(150'000'000);
    deal.expectedClose = QDate(2025, 3, 31);
    QVERIFY(book->deals().save(deal));
    Need typing;
    typing.id = QStringLiteral("n1");
    typing.dealId = m_dealId;
    typing.description = QStringLiteral("Orders are typed twice");
    typing.painHoursMilli = 120'000;
    Need stock;
    stock.id = QStringLiteral("n2");
    stock.dealId = m_dealId;
    stock.description = QStringLiteral("Stock-outs");
    stock.painMoney = idr(12'000'000);
    QVERIFY(book->worksheets().saveNeeds(m_dealId, {typing, stock}));
    // The current offer: 100 x Rp 1.350.000 = 135.000.000, 11 % tax: 149.850.000 in all.
    Offer offer;
    offer.id = QStringLiteral("o1");
    offer.dealId = m_dealId;
    OfferLine line;
    line.id = QStringLiteral("l1");
    line.description = QStringLiteral("Order module");
    line.quantityMilli = 100'000;
    line.unitPrice = idr(1'350'000);
    offer.lines << line;
    QVERIFY(book->worksheets().saveOffer(offer));

    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<ValuePage>();
    m_page->setDocument(m_document.get());
    QVERIFY(!m_page->openDeal(QStringLiteral("no-such-deal")));
    QVERIFY(m_page->openDeal(m_dealId));
    m_page->resize(1200, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestValuePage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestValuePage::upfrontIsTheOffersTotalUnlessOverridden()
{
    saveCase({timeItem()});
    QCOMPARE(m_page->results().size(), 3);
    QCOMPARE(m_page->results().at(1).upfront, idr(149'850'000));
    auto *upfront = child<QLineEdit>(m_page.get(), "upfrontEdit");
    QVERIFY(upfront->text().isEmpty());
    QVERIFY(upfront->placeholderText().contains(QStringLiteral("149,850,000")));

    upfront->setFocus();
    QTest::keyClicks(upfront, QStringLiteral("100,000,000"));
    QTest::keyClick(upfront, Qt::Key_Return);
    QCOMPARE(saved()->upfrontOverride, std::optional<Money>(idr(100'000'000)));
    QCOMPARE(m_page->results().at(1).upfront, idr(100'000'000));

    m_document->undoStack()->undo();
    QCOMPARE(saved()->upfrontOverride, std::nullopt);
    QCOMPARE(m_page->results().at(1).upfront, idr(149'850'000));
}

void TestValuePage::changingAnItemChangesFiguresAndCharts()
{
    saveCase({timeItem()});
    const QString hoursBefore = figure("hoursPerYearValue");
    const QString moneyBefore = figure("moneyPerYearValue");
    const QString npvBefore = figure("npvValue");
    QLineSeries *savings = cumulative()->benefitsSeries();
    QCOMPARE(savings->count(), 37); // month 0 to 36
    const qreal endBefore = savings->at(36).y();
    // 120 h a month, 70 % of Rp 85.000: 1.400 hours a year on average (ramp-up included).
    QCOMPARE(hoursBefore, QStringLiteral("1,400 h"));

    typeInCell(0, SavingsItemsModel::HoursPerMonth, QStringLiteral("240"));
    QCOMPARE(saved()->items.at(0).hoursPerMonthMilli, qint64(240'000));
    QCOMPARE(figure("hoursPerYearValue"), QStringLiteral("2,800 h"));
    QVERIFY(figure("moneyPerYearValue") != moneyBefore);
    QVERIFY(figure("npvValue") != npvBefore);
    QVERIFY(savings->at(36).y() > endBefore * 1.9);
    // The hours bars follow too (a chart is brought up to date when its tab shows).
    charts()->tabs()->setCurrentIndex(1);
    HoursChart *hours = charts()->hoursChart();
    QCOMPARE(hours->monthlyHours()->at(36), 240.0);

    m_document->undoStack()->undo();
    QCOMPARE(figure("hoursPerYearValue"), hoursBefore);
    QCOMPARE(hours->monthlyHours()->at(36), 120.0);
    charts()->tabs()->setCurrentIndex(0);
    QCOMPARE(savings->at(36).y(), endBefore);
}

void TestValuePage::typingPreviewsAndLeavingSaves()
{
    saveCase({timeItem()});
    const QString paybackBefore = figure("paybackValue");
    auto *cost = child<QLineEdit>(m_page.get(), "monthlyCostEdit");
    cost->setFocus();
    cost->selectAll();
    QTest::keyClicks(cost, QStringLiteral("0"));
    // Shown at once, not yet saved.
    QVERIFY(figure("paybackValue") != paybackBefore);
    QCOMPARE(saved()->monthlyCost, idr(5'000'000));
    QTest::keyClick(cost, Qt::Key_Return);
    QCOMPARE(saved()->monthlyCost, idr(0));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestValuePage::horizonSetsTheChartLength()
{
    saveCase({timeItem()});
    auto *horizon = child<QSpinBox>(m_page.get(), "horizonSpin");
    horizon->setFocus();
    horizon->selectAll();
    QTest::keyClicks(horizon, QStringLiteral("120"));
    QTest::keyClick(horizon, Qt::Key_Return);
    QCOMPARE(saved()->horizonMonths, 120);
    QCOMPARE(cumulative()->benefitsSeries()->count(), 121);
    QCOMPARE(m_page->results().at(0).months.size(), 120);
}

void TestValuePage::needsPainSuggestsItems()
{
    saveCase({timeItem()}); // answers need n1 only
    auto *suggestions = child<QLabel>(m_page.get(), "suggestions");
    QVERIFY(suggestions->text().contains(QStringLiteral("Stock-outs")));
    QVERIFY(!suggestions->text().contains(QStringLiteral("typed twice")));
    auto *add = child<QToolButton>(m_page.get(), "addSuggestedButton");
    QVERIFY(add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    const QList<SavingsItem> items = saved()->items;
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).needId, QStringLiteral("n2"));
    QCOMPARE(items.at(1).kind, SavingsKind::Money);
    QCOMPARE(items.at(1).amountPerMonth, idr(12'000'000));
    QVERIFY(!add->isVisible());
    m_document->undoStack()->undo();
    QCOMPARE(saved()->items.size(), 1);
}

void TestValuePage::firstEditMakesTheCaseAndUndoRemovesIt()
{
    QVERIFY(!saved());
    QTest::mouseClick(child<QToolButton>(m_page.get(), "addSavingButton"), Qt::LeftButton);
    QVERIFY(saved());
    QCOMPARE(saved()->items.size(), 1);
    QCOMPARE(saved()->currency, QStringLiteral("IDR"));
    if (QWidget *editor = QApplication::focusWidget())
        QTest::keyClick(editor, Qt::Key_Escape);
    m_document->undoStack()->undo();
    QVERIFY(!saved());
    m_document->undoStack()->redo();
    QCOMPARE(saved()->items.size(), 1);
}

void TestValuePage::badTextIsRefusedAndKeepsTheCase()
{
    saveCase({timeItem()});
    const ValueCaseInputs before = *saved();
    auto *rate = child<QLineEdit>(m_page.get(), "discountRateEdit");
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("ten"));
    QTest::keyClick(rate, Qt::Key_Return);
    QCOMPARE(*saved(), before);
    auto *message = child<QLabel>(m_page.get(), "error_discountRate");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());

    typeInCell(0, SavingsItemsModel::StartMonth, QStringLiteral("0"));
    QCOMPARE(*saved(), before);
}

void TestValuePage::splitterPlaceIsKept()
{
    auto *splitter = m_page->findChild<QSplitter *>(QStringLiteral("valueSplitter"));
    QVERIFY(splitter);
    // Drag the handle up by 150 pixels: more room for the savings items.
    QSplitterHandle *handle = splitter->handle(1);
    const QList<int> before = splitter->sizes();
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip - QPoint(0, 150));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(0, 150));
    const QList<int> chosen = splitter->sizes();
    QVERIFY2(chosen.at(0) < before.at(0) - 100,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.at(0)).arg(chosen.at(0))));

    ValuePage other;
    other.setDocument(m_document.get());
    QVERIFY(other.openDeal(m_dealId));
    other.resize(m_page->size());
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    auto *restored = other.findChild<QSplitter *>(QStringLiteral("valueSplitter"));
    QVERIFY(restored);
    QCOMPARE(restored->sizes(), chosen);
}

QTEST_MAIN(TestValuePage)
#include "tst_valuepage.moc"
