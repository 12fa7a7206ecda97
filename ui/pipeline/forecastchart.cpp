#include "pipeline/forecastchart.h"

#include "common/language.h"
#include "domain/money.h"
#include "pipeline/amounttext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Sepakat {

namespace {

constexpr int kTicks = 4;

// A round axis top (1, 2, 4 or 8 times a power of ten) at or above the largest bar, in the axis
// unit; kTicks divides it into steps of one significant digit.
double niceCeiling(double value)
{
    double power = 1;
    while (power * 10 < value)
        power *= 10;
    while (power / 10 >= value && power > 1)
        power /= 10;
    for (const double step : {1.0, 2.0, 4.0, 8.0, 10.0}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

// Decimals the tick labels need to read exactly: steps of 2.5 (a top of 10) need one, of 0.25
// two. Rounded labels would read 0, 3, 5, 8, 10 for ticks at 2.5 and 7.5.
int tickDecimals(double top)
{
    const double step = top / kTicks;
    double scale = 1;
    for (int decimals = 0; decimals < 3; ++decimals, scale *= 10) {
        if (std::abs(step * scale - std::round(step * scale)) < 1e-9)
            return decimals;
    }
    return 3;
}

} // namespace

ForecastChart::ForecastChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_set(new QBarSet(QString()))
    , m_series(new QBarSeries)
    , m_months(new QBarCategoryAxis)
    , m_amounts(new QValueAxis)
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
    m_amounts->setTickCount(kTicks + 1);
    // A short strip leaves little height per tick; its labels are short enough to show whole.
    m_amounts->setTruncateLabels(false);
    m_months->setTruncateLabels(false);
    m_chart->setLocalizeNumbers(true);
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
    // Relabelling the chart's axes costs more than a keystroke's whole filter pass.
    const auto same = [](const Bar &a, const Bar &b) {
        return a.month == b.month && a.minor == b.minor;
    };
    if (currency == m_currency && std::equal(bars.cbegin(), bars.cend(), m_bars.cbegin(),
                                             m_bars.cend(), same))
        return;
    m_bars = bars;
    m_currency = currency;
    relabel();
}

void ForecastChart::relabel()
{
    const QLocale locale = Language::locale();
    qint64 scale = 1;
    for (int i = 0; i < Money::minorDigits(m_currency); ++i)
        scale *= 10;
    qint64 largest = 0;
    for (const Bar &bar : std::as_const(m_bars))
        largest = qMax(largest, bar.minor / scale);
    // One unit for every tick ("jt", "M"), so the axis reads 0, 200 jt, 400 jt ...
    const AmountText::ShortUnit unit = AmountText::shortUnitFor(largest, locale);

    QStringList months;
    QList<qreal> values;
    for (const Bar &bar : std::as_const(m_bars)) {
        // The year only where it changes, so twelve labels fit a small window.
        const bool yearShown = months.isEmpty() || bar.month.month() == 1;
        months << (yearShown ? locale.toString(bar.month, QStringLiteral("MMM yy"))
                             : locale.toString(bar.month, QStringLiteral("MMM")));
        // The chart's boundary: display only, never summed again.
        values << qreal(bar.minor / scale) / qreal(unit.size);
    }
    // Only what changed goes to the chart: every new range or set of categories makes Qt Charts
    // lay out and measure both axes again, most of a keystroke's time at 100,000 deals.
    if (m_months->categories() != months) {
        m_months->clear();
        m_months->append(months);
    }
    if (m_set->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i) {
            if (m_set->at(i) != values.at(i))
                m_set->replace(i, values.at(i));
        }
    } else {
        m_set->remove(0, m_set->count());
        m_set->append(values);
    }

    const double top = niceCeiling(qMax(1.0, double(largest) / double(unit.size)));
    if (m_chart->locale() != locale)
        m_chart->setLocale(locale);
    if (m_amounts->min() != 0 || m_amounts->max() != top)
        m_amounts->setRange(0, top);
    QString suffix = unit.suffix;
    suffix.replace(u'%', QStringLiteral("%%"));
    const QString format = QStringLiteral("%.%1f").arg(tickDecimals(top)) + suffix;
    if (m_amounts->labelFormat() != format)
        m_amounts->setLabelFormat(format);
    const QString title = AmountText::currencyPrefix(m_currency, locale);
    if (m_amounts->titleText() != title)
        m_amounts->setTitleText(title);
}

} // namespace Sepakat
