#include "common/language.h"
#include "pipeline/forecastchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace Sepakat;

namespace {

// Twelve months from January 2027, each worth `base` rupiah times its month number, in sen.
QList<ForecastChart::Bar> bars(qint64 base, int firstMonth = 1)
{
    QList<ForecastChart::Bar> result;
    for (int i = 0; i < 12; ++i)
        result << ForecastChart::Bar{QDate(2027, 1, 1).addMonths(firstMonth - 1 + i),
                                     base * (i + 1) * 100};
    return result;
}

} // namespace

// The chart is handed only what changed (see ForecastChart::relabel), so these check that what
// it shows still follows every call: values, months, the axis top and the language.
class TestForecastChart : public QObject
{
    Q_OBJECT

private:
    ForecastChart *m_chart = nullptr;
    QBarSet *set() const
    {
        auto *series = qobject_cast<QBarSeries *>(
            m_chart->findChild<QChartView *>()->chart()->series().constFirst());
        return series->barSets().constFirst();
    }
    QBarCategoryAxis *months() const
    {
        return qobject_cast<QBarCategoryAxis *>(
            m_chart->findChild<QChartView *>()->chart()->axes(Qt::Horizontal).constFirst());
    }
    QValueAxis *amounts() const
    {
        return qobject_cast<QValueAxis *>(
            m_chart->findChild<QChartView *>()->chart()->axes(Qt::Vertical).constFirst());
    }
    // The bar heights relative to the first one: independent of the axis unit ("jt", "M").
    QList<double> shape() const
    {
        QList<double> result;
        for (int i = 0; i < set()->count(); ++i)
            result << set()->at(i) / set()->at(0);
        return result;
    }

private slots:
    void init()
    {
        Language::install(QStringLiteral("en"));
        m_chart = new ForecastChart;
        m_chart->resize(800, 200);
        m_chart->setBars(bars(1'000'000), QStringLiteral("IDR"));
    }
    void cleanup()
    {
        delete m_chart;
        m_chart = nullptr;
    }

    void showsEveryMonthAndValue()
    {
        QCOMPARE(set()->count(), 12);
        QCOMPARE(months()->count(), 12);
        QCOMPARE(months()->at(0), QStringLiteral("Jan 27"));
        QCOMPARE(months()->at(1), QStringLiteral("Feb"));
        QCOMPARE(shape().at(11), 12.0);
        QVERIFY(amounts()->max() >= set()->at(11));
    }

    // Every tick's label shows its value exactly: a top of 10 in four steps needs "2.5".
    void ticksReadExactly_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::newRow("top 10, steps of 2.5") << qint64(750'000);
        QTest::newRow("top 20, steps of 5") << qint64(1'000'000);
        QTest::newRow("top 4, steps of 1") << qint64(300'000);
        QTest::newRow("top 2, steps of 0.5") << qint64(100'000);
        QTest::newRow("thousands") << qint64(70'000);
    }
    void ticksReadExactly()
    {
        QFETCH(qint64, base);
        m_chart->setBars(bars(base), QStringLiteral("IDR"));
        const QString format = amounts()->labelFormat();
        QVERIFY2(format.startsWith(u"%."), qPrintable(format));
        const int decimals = format.mid(2, 1).toInt();
        const double step = amounts()->max() / (amounts()->tickCount() - 1);
        const double scaled = step * std::pow(10.0, decimals);
        QVERIFY2(std::abs(scaled - std::round(scaled)) < 1e-9,
                 qPrintable(QStringLiteral("step %1 shown as %2").arg(step).arg(format)));
        QVERIFY(set()->at(11) <= amounts()->max());
    }

    void followsOneChangedValue()
    {
        QList<ForecastChart::Bar> changed = bars(1'000'000);
        changed[4].minor = 0;
        m_chart->setBars(changed, QStringLiteral("IDR"));
        QCOMPARE(set()->count(), 12);
        QCOMPARE(set()->at(4), 0.0);
        QCOMPARE(shape().at(5), 6.0);
        QCOMPARE(months()->at(0), QStringLiteral("Jan 27"));
    }

    void raisesTheAxisForLargerValues()
    {
        const double before = amounts()->max();
        const QString formatBefore = amounts()->labelFormat();
        m_chart->setBars(bars(50'000'000), QStringLiteral("IDR"));
        // Fifty times the values: either a higher top or a larger unit, never bars past the top.
        QVERIFY(set()->at(11) <= amounts()->max());
        QVERIFY(amounts()->max() != before || amounts()->labelFormat() != formatBefore);
        m_chart->setBars(bars(1'000'000), QStringLiteral("IDR"));
        QCOMPARE(amounts()->max(), before);
    }

    void followsNewMonths()
    {
        m_chart->setBars(bars(1'000'000, 2), QStringLiteral("IDR"));
        QCOMPARE(months()->count(), 12);
        QCOMPARE(months()->at(0), QStringLiteral("Feb 27"));
        QCOMPARE(months()->at(11), QStringLiteral("Jan 28"));
    }

    void relabelsInIndonesian()
    {
        Language::install(QStringLiteral("id"));
        m_chart->relabel();
        QCOMPARE(months()->at(0), QStringLiteral("Jan 27"));
        QCOMPARE(months()->at(4), QStringLiteral("Mei"));
        QCOMPARE(set()->count(), 12);
        Language::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestForecastChart)
#include "tst_forecastchart.moc"
