#include "common/language.h"
#include "uitest.h"
#include "value/valuecharts.h"
#include "value/valuechartview.h"

#include <QBarSet>
#include <QImage>
#include <QLineSeries>
#include <QPaintEngine>
#include <QPainter>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QValueAxis>

using namespace Sepakat;

namespace {

// Counts what a painter draws: vector shapes and text, or raster images.
class CountingEngine final : public QPaintEngine
{
public:
    int vector = 0;
    int text = 0;
    int raster = 0;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return QPaintEngine::User; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++raster; }
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {
        ++raster;
    }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override { ++raster; }
    void drawPath(const QPainterPath &) override { ++vector; }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { ++vector; }
    void drawLines(const QLineF *, int) override { ++vector; }
    void drawRects(const QRectF *, int) override { ++vector; }
    void drawEllipse(const QRectF &) override { ++vector; }
    void drawPoints(const QPointF *, int) override { ++vector; }
    void drawTextItem(const QPointF &, const QTextItem &) override { ++text; }
};

class CountingDevice final : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    CountingEngine &engine() { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 800;
        case PdmHeight:
            return 450;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    mutable CountingEngine m_engine;
};

// The example of issue 5 (payback month 12 after 11.96 months), expected scenario.
ValueCaseResult issueExample()
{
    const QString idr = QStringLiteral("IDR");
    ValueCaseInputs in;
    in.currency = idr;
    in.horizonMonths = 36;
    in.monthlyCost = Money(5'000'000, idr);
    SavingsItem time;
    time.description = QStringLiteral("Faster order entry");
    time.hoursPerMonthMilli = 120'000;
    time.hourlyRate = Money(85'000, idr);
    time.realizationBasisPoints = 7000;
    time.rampMonths = 3;
    SavingsItem money;
    money.description = QStringLiteral("Fewer stock-outs");
    money.kind = SavingsKind::Money;
    money.amountPerMonth = Money(12'000'000, idr);
    money.startMonth = 2;
    in.items = {time, money};
    return *computeValueCase(in, Money(150'000'000, idr), Scenario::Expected);
}

} // namespace

class TestValueCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiTest::isolateSettings(); }
    void cumulativeSeriesAndBreakEven();
    void axisUnitsFollowTheLanguage_data();
    void axisUnitsFollowTheLanguage();
    void noPaybackSaysSo();
    void hoursBarsAndLine();
    void paintsAsVectorGraphics();
    void paintsIntoAnImage();
    void hoverShowsTheValue();
    void exportsAPng();
};

void TestValueCharts::cumulativeSeriesAndBreakEven()
{
    const ValueCaseResult result = issueExample();
    CumulativeChart chart;
    chart.setResult(result, QLocale(QLocale::English), CumulativeChartTexts::translated());
    QLineSeries *savings = chart.benefitsSeries();
    QLineSeries *costs = chart.costsSeries();
    QCOMPARE(savings->count(), 37);
    QCOMPARE(costs->count(), 37);
    // Amounts in millions (the axis unit): costs start at the upfront 150 M and grow 5 M a month.
    QCOMPARE(savings->at(0), QPointF(0, 0));
    QCOMPARE(costs->at(0), QPointF(0, 150));
    QCOMPARE(costs->at(36).y(), 150.0 + 36 * 5);
    QCOMPARE(savings->at(36).y(), 669.9); // the total benefit, Rp 669.900.000
    QCOMPARE(chart.breakEvenSeries()->count(), 1);
    const QPointF mark = chart.breakEvenSeries()->at(0);
    QVERIFY(qAbs(mark.x() - (11.0 + 13.6 / 14.14)) < 1e-9);
    QCOMPARE(chart.breakEvenLabel(), QStringLiteral("pays back in month 12"));
}

void TestValueCharts::axisUnitsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("currency");
    QTest::newRow("English millions") << QStringLiteral("en") << QStringLiteral("M")
                                      << QStringLiteral("IDR");
    QTest::newRow("Indonesian juta") << QStringLiteral("id") << QStringLiteral(" jt")
                                     << QStringLiteral("Rp");
}

void TestValueCharts::axisUnitsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, unit);
    QFETCH(QString, currency);
    CumulativeChart chart;
    chart.setResult(issueExample(), Language::localeFor(language),
                    CumulativeChartTexts::translated());
    const auto axes = chart.axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *amounts = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(amounts->labelFormat().endsWith(unit));
    QCOMPARE(amounts->titleText(), currency);
    QVERIFY(amounts->max() >= 669.9);
}

void TestValueCharts::noPaybackSaysSo()
{
    ValueCaseResult result = issueExample();
    result.paybackMonth.reset();
    result.paybackMonths.reset();
    CumulativeChart chart;
    chart.setResult(result, QLocale(QLocale::English), CumulativeChartTexts::translated());
    QCOMPARE(chart.breakEvenSeries()->count(), 0);
    QVERIFY(chart.breakEvenLabel().isEmpty());
    QVERIFY(chart.title().contains(QStringLiteral("does not pay back within 36 months")));
}

void TestValueCharts::hoursBarsAndLine()
{
    HoursChart chart;
    chart.setResult(issueExample(), QLocale(QLocale::English));
    QCOMPARE(chart.monthlyHours()->count(), 37);
    QCOMPARE(chart.monthlyHours()->at(0), 0.0); // month 0 has no bar
    QCOMPARE(chart.monthlyHours()->at(1), 40.0);
    QCOMPARE(chart.monthlyHours()->at(3), 120.0);
    QCOMPARE(chart.cumulativeHours()->at(36).y(), 4200.0);
}

void TestValueCharts::paintsAsVectorGraphics()
{
    CountingDevice device;
    {
        QPainter painter(&device);
        painter.setPen(Qt::red);
        paintCumulativeChart(&painter, QRectF(10, 10, 600, 340), issueExample(),
                             QLocale(QLocale::Indonesian), CumulativeChartTexts::translated());
        // The painter's state is as it was.
        QCOMPARE(painter.pen().color(), QColor(Qt::red));
    }
    QVERIFY2(device.engine().vector > 10, qPrintable(QString::number(device.engine().vector)));
    QVERIFY(device.engine().text > 5);
    QCOMPARE(device.engine().raster, 0);
}

void TestValueCharts::paintsIntoAnImage()
{
    QImage image(800, 450, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintCumulativeChart(&painter, QRectF(0, 0, 800, 450), issueExample(),
                             QLocale(QLocale::English), CumulativeChartTexts::translated());
    }
    // Savings green and costs red lines are both drawn.
    int green = 0;
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.green() > 100 && c.red() < 80 && c.blue() < 80)
                ++green;
            if (c.red() > 170 && c.green() < 80 && c.blue() < 80)
                ++red;
        }
    }
    QVERIFY(green > 100);
    QVERIFY(red > 100);
}

void TestValueCharts::hoverShowsTheValue()
{
    auto *chart = new CumulativeChart;
    ValueChartView view(chart);
    chart->setResult(issueExample(), QLocale(QLocale::English), CumulativeChartTexts::translated());
    // Month 12 on the costs line: Rp 150.000.000 upfront and 12 x Rp 5.000.000.
    emit chart->costsSeries()->hovered(QPointF(11.8, 210), true);
    QCOMPARE(view.hoverText(),
             QStringLiteral("Month 12 · Costs to date, upfront price included: IDR 210,000,000"));
    emit chart->costsSeries()->hovered(QPointF(11.8, 210), false);
    QVERIFY(view.hoverText().isEmpty());
}

void TestValueCharts::exportsAPng()
{
    QTemporaryDir dir;
    auto *chart = new HoursChart;
    ValueChartView view(chart);
    chart->setResult(issueExample(), QLocale(QLocale::English));
    view.resize(640, 360);
    QString error;
    const QString path = dir.filePath(QStringLiteral("hours.png"));
    QVERIFY2(view.exportPng(path, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 720));
    QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("no/such/folder/x.png")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestValueCharts)
#include "tst_valuecharts.moc"
