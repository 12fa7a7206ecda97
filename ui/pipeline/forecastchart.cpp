#include "pipeline/forecastchart.h"

#include "common/language.h"
#include "domain/money.h"
#include "pipeline/amounttext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

constexpr int kTicks = 5;

// A round axis top (1, 2 or 5 times a power of ten, at least 10) at or above the largest bar,
// which kTicks divides without a remainder.
qint64 niceCeiling(qint64 value)
{
    qint64 power = 10;
    while (power <= value / 10)
        power *= 10;
    for (const qint64 step : {1, 2, 5, 10}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

} // namespace

ForecastChart::ForecastChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_set(new QBarSet(QString()))
    , m_series(new QBarSeries)
    , m_months(new QBarCategoryAxis)
    , m_amounts(new QCategoryAxis)
{
    setObjectName(QStringLiteral("forecast-chart"));
    m_series->append(m_set);
    m_set->setColor(palette().color(QPalette::Highlight));
    m_set->setBorderColor(palette().color(QPalette::Highlight));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_months, Qt::AlignBottom);
    m_chart->addAxis(m_amounts, Qt::AlignLeft);
    m_series->attachAxis(m_months);
    m_series->attachAxis(m_amounts);
    m_amounts->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ForecastChart::setBars(const QList<Bar> &bars, const QString &currency)
{
    m_bars = bars;
    m_currency = currency;
    relabel();
}

void ForecastChart::relabel()
{
    const QLocale locale = Language::locale();
    QStringList months;
    QList<qreal> values;
    qint64 largest = 0;
    qint64 scale = 1;
    for (int i = 0; i < Money::minorDigits(m_currency); ++i)
        scale *= 10;
    for (const Bar &bar : std::as_const(m_bars)) {
        // The year only where it changes, so twelve labels fit a small window.
        const bool yearShown = months.isEmpty() || bar.month.month() == 1;
        months << (yearShown ? locale.toString(bar.month, QStringLiteral("MMM yy"))
                             : locale.toString(bar.month, QStringLiteral("MMM")));
        const qint64 whole = bar.minor / scale;
        largest = qMax(largest, whole);
        values << qreal(whole); // the chart's boundary: display only, never summed again
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_months->clear();
    m_months->append(months);

    const qint64 top = niceCeiling(largest);
    for (const QString &label : m_amounts->categoriesLabels())
        m_amounts->remove(label);
    m_amounts->setStartValue(0);
    for (int i = 0; i <= kTicks; ++i) {
        const qint64 value = top / kTicks * i;
        m_amounts->append(AmountText::shortNumber(value, locale), qreal(value));
    }
    m_amounts->setRange(0, qreal(top));
    m_amounts->setTitleText(AmountText::currencyPrefix(m_currency, locale));
}

} // namespace Sepakat
