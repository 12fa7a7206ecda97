#include "common/bookdocument.h"
#include "common/language.h"
#include "deal/dealpage.h"
#include "negotiation/offertotals.h"
#include "pipeline/amounttext.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "value/presentation.h"
#include "value/valuecharts.h"
#include "value/valuechartspanel.h"
#include "value/whatifpanel.h"

#include <QAbstractButton>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSlider>
#include <QTabWidget>
#include <QTextDocument>
#include <QValueAxis>

using namespace Sepakat;
using namespace Sepakat::UiTest;

namespace {

Money idr(qint64 amount)
{
    return Money(amount, QStringLiteral("IDR"));
}

// Every text a widget tree shows or can show on hover, charts included.
QStringList shownTexts(QWidget *root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    const auto plain = [](const QString &text) {
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->statusTip() << widget->whatsThis()
              << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text() << plain(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
    }
    // Charts live in their views' scenes, not among the widget's QObject children.
    for (QChartView *view : root->findChildren<QChartView *>()) {
        QChart *chart = view->chart();
        texts << chart->title();
        for (QAbstractAxis *axis : chart->axes()) {
            texts << axis->titleText();
            if (auto *values = qobject_cast<QValueAxis *>(axis))
                texts << values->labelFormat();
        }
        for (QAbstractSeries *series : chart->series()) {
            texts << series->name();
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                texts << xy->pointLabelsFormat();
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    texts << set->label();
            }
        }
        for (QLegendMarker *marker : chart->legend()->markers())
            texts << marker->label();
        // Labels drawn on the chart itself, such as the break-even mark's.
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts << text->text();
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                texts << text->toPlainText();
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Every way an amount could be written on screen, in both languages.
QStringList writings(const Money &money)
{
    QStringList forms{QString::number(money.minor())};
    for (const char *code : {"en", "id"}) {
        const QLocale locale = Language::localeFor(QString::fromLatin1(code));
        forms << money.format(locale) << money.formatNumber(locale)
              << AmountText::shortMoney(money.minor(), money.currency(), locale)
              << AmountText::shortNumber(money.minor(), locale);
    }
    return forms;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsNoInternalNumberOrNote();
    void arrowsPageAndEscapeLeaves();
    void whatIfMovesFiguresNotTheBook();
    void keepingTheFiguresIsOneUndoableSave();

private:
    PresentationWindow *present()
    {
        PresentationWindow *window = m_deal->makePresentation();
        if (window) {
            window->resize(1366, 768);
            window->show();
        }
        return window;
    }
    std::optional<ValueCaseInputs> saved()
    {
        return m_document->book().worksheets().valueCase(m_dealId);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<DealPage> m_deal;
    QString m_dealId = QStringLiteral("d1");
    QStringList m_forbidden;
};

void TestPresentation::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestPresentation::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("presentation%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    customer.notes = QStringLiteral("Owner plays golf with our director");
    QVERIFY(book->customers().save(customer));
    Deal deal;
    deal.id = m_dealId;
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Order system");
    deal.stage = Stage::Negotiation;
    deal.value = idr(150'000'000);
    deal.expectedClose = QDate(2025, 3, 31);
    QVERIFY(book->deals().save(deal));

    Need need;
    need.id = QStringLiteral("n1");
    need.dealId = m_dealId;
    need.description = QStringLiteral("Orders are typed twice");
    need.painHoursMilli = 120'000;
    need.benefit = QStringLiteral("Orders flow from the web shop");
    QVERIFY(book->worksheets().saveNeeds(m_dealId, {need}));

    Offer offer;
    offer.id = QStringLiteral("o1");
    offer.dealId = m_dealId;
    OfferLine line;
    line.id = QStringLiteral("l1");
    line.description = QStringLiteral("Order module");
    line.quantityMilli = 100'000;
    line.unitPrice = idr(1'350'000);
    line.unitCost = idr(612'345);
    offer.lines << line;
    offer.customerNote = QStringLiteral("Prices include installation.");
    QVERIFY(book->worksheets().saveOffer(offer));

    Plan plan;
    plan.dealId = m_dealId;
    plan.opening = idr(187'654'321);
    plan.target = idr(176'543'219);
    plan.walkAway = idr(123'456'789);
    plan.ourBatna = QStringLiteral("Sell the slot to PT Rival Niaga");
    plan.ourBatnaValue = idr(98'765'432);
    plan.theirBatnaEstimate = idr(165'432'198);
    plan.theirWalkAwayEstimate = idr(192'345'678);
    plan.agenda = QStringLiteral("Push the annual contract first");
    plan.objections = {Objection{QStringLiteral("ob1"), QStringLiteral("Too expensive"),
                                 QStringLiteral("Fall back to the 24-month price")}};
    plan.internalNotes = QStringLiteral("Budget freezes in March; do not go below walk-away");
    QVERIFY(book->worksheets().savePlan(plan));

    Tradeable tradeable;
    tradeable.id = QStringLiteral("t1");
    tradeable.dealId = m_dealId;
    tradeable.give = QStringLiteral("Free onsite training week");
    tradeable.costToUs = idr(7'654'321);
    tradeable.askInReturn = QStringLiteral("Case study rights");
    QVERIFY(book->worksheets().saveTradeable(tradeable));
    Concession concession;
    concession.id = QStringLiteral("k1");
    concession.dealId = m_dealId;
    concession.change = QStringLiteral("Dropped setup fee to close");
    concession.priceDelta = idr(-3'456'789);
    concession.at = QDateTime(QDate(2025, 2, 1), QTime(10, 0));
    QVERIFY(book->worksheets().addConcession(concession));

    ValueCaseInputs value;
    value.dealId = m_dealId;
    value.currency = QStringLiteral("IDR");
    value.monthlyCost = idr(5'000'000);
    SavingsItem item;
    item.id = QStringLiteral("s1");
    item.needId = need.id;
    item.description = QStringLiteral("Faster order entry");
    item.hoursPerMonthMilli = 120'000;
    item.hourlyRate = idr(85'000);
    item.realizationBasisPoints = 7000;
    item.amountPerMonth = idr(0);
    item.rampMonths = 3;
    value.items = {item};
    QVERIFY(book->worksheets().saveValueCase(value));

    // What must never show: every internal amount in every writing, the margin, the notes.
    m_forbidden.clear();
    const OfferTotals totals = *computeTotals(offer);
    for (const Money &amount : {plan.opening, plan.target, plan.walkAway, plan.ourBatnaValue,
                                plan.theirBatnaEstimate, plan.theirWalkAwayEstimate,
                                line.unitCost, totals.cost, tradeable.costToUs,
                                concession.priceDelta, idr(-concession.priceDelta.minor()),
                                idr(totals.netBeforeTax.minor() - totals.cost.minor())})
        m_forbidden << writings(amount);
    QVERIFY(totals.marginBasisPoints);
    for (const char *code : {"en", "id"}) {
        const QString margin = formatBasisPoints(*totals.marginBasisPoints,
                                                 Language::localeFor(QString::fromLatin1(code)));
        m_forbidden << margin << margin.section(u' ', 0, 0);
    }
    m_forbidden << plan.ourBatna << plan.agenda << plan.internalNotes
                << plan.objections.at(0).objection << plan.objections.at(0).response
                << customer.notes << tradeable.give << tradeable.askInReturn << concession.change;

    m_document = std::make_unique<BookDocument>(std::move(book));
    m_deal = std::make_unique<DealPage>();
    m_deal->setDocument(m_document.get());
    QVERIFY(m_deal->openDeal(m_dealId));
}

void TestPresentation::cleanup()
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (qobject_cast<PresentationWindow *>(window))
            delete window;
    }
    m_deal.reset();
    m_document.reset();
    Language::install(QStringLiteral("en"));
}

void TestPresentation::showsNoInternalNumberOrNote()
{
    PresentationWindow *window = present();
    QVERIFY(window);
    const auto check = [&](const char *when) {
        const QStringList texts = shownTexts(window);
        // The customer's own figures are there, so the walk is really reading the screen.
        QVERIFY2(texts.join(u'\n').contains(QStringLiteral("Orders are typed twice")), when);
        QVERIFY2(texts.join(u'\n').contains(QStringLiteral("Order module")), when);
        for (const QString &text : texts) {
            for (const QString &secret : std::as_const(m_forbidden)) {
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("%1: \"%2\" shows \"%3\"")
                                        .arg(QLatin1String(when), text, secret)));
            }
        }
    };
    for (const QString &page : PresentationWindow::pageKeys()) {
        QVERIFY(window->showPage(page));
        check(qPrintable(page));
    }
    // Sliders at both ends show other numbers: none of them may be an internal one either.
    for (QSlider *slider : window->findChildren<QSlider *>()) {
        slider->setValue(slider->maximum());
        check("sliders at the top");
        slider->setValue(slider->minimum());
        check("sliders at the bottom");
    }
    Language::install(QStringLiteral("id"));
    for (const QString &page : PresentationWindow::pageKeys()) {
        QVERIFY(window->showPage(page));
        check("Indonesian");
    }
}

void TestPresentation::arrowsPageAndEscapeLeaves()
{
    QPointer<PresentationWindow> window = present();
    QVERIFY(window);
    QCOMPARE(window->currentPage(), 0);
    QTest::keyClick(window, Qt::Key_Right);
    QCOMPARE(window->currentPage(), 1);
    QTest::keyClick(window, Qt::Key_Right);
    QTest::keyClick(window, Qt::Key_Right);
    QTest::keyClick(window, Qt::Key_Right);
    QCOMPARE(window->currentPage(), 3);
    QTest::keyClick(window, Qt::Key_Left);
    QCOMPARE(window->currentPage(), 2);
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!window);
}

void TestPresentation::whatIfMovesFiguresNotTheBook()
{
    PresentationWindow *window = present();
    QVERIFY(window->showPage(QStringLiteral("savings")));
    const ValueCaseInputs before = *saved();
    const Money npvBefore = window->results().at(1).npv;
    CumulativeChart *cumulative = window->findChild<ValueChartsPanel *>()->cumulativeChart();
    const qreal endBefore = cumulative->benefitsSeries()->at(36).y();
    auto *panel = window->findChild<WhatIfPanel *>();
    QCOMPARE(panel->sliders().size(), 2); // hours and hourly rate of the one time item
    QSlider *hours = panel->sliders().at(0).slider;
    hours->setValue(hours->maximum());
    QVERIFY(window->results().at(1).npv.minor() > npvBefore.minor());
    QVERIFY(cumulative->benefitsSeries()->at(36).y() > endBefore);
    QCOMPARE(*saved(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);

    QTest::mouseClick(window->findChild<QAbstractButton *>(QStringLiteral("whatIfReset")),
                      Qt::LeftButton);
    QCOMPARE(window->results().at(1).npv, npvBefore);
}

void TestPresentation::keepingTheFiguresIsOneUndoableSave()
{
    PresentationWindow *window = present();
    const ValueCaseInputs before = *saved();
    auto *panel = window->findChild<WhatIfPanel *>();
    auto *keep = window->findChild<QAbstractButton *>(QStringLiteral("whatIfKeep"));
    QVERIFY(!keep->isEnabled());
    QSlider *rate = panel->sliders().at(1).slider;
    rate->setValue(rate->maximum() / 2 + 3);
    const Money kept = panel->inputs().items.at(0).hourlyRate;
    QVERIFY(kept != before.items.at(0).hourlyRate);
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(saved()->items.at(0).hourlyRate, kept);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(!keep->isEnabled());
    m_document->undoStack()->undo();
    QCOMPARE(*saved(), before);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
