#include "value/valuecharts.h"

#include "domain/money.h"
#include "pipeline/amounttext.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace Sepakat {

namespace {

// Gives the charts' texts one translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ValueCharts)
};

const QColor kSavingsColor(0x2e, 0x7d, 0x32);
const QColor kCostsColor(0xc6, 0x28, 0x28);
const QColor kMarkColor(0x1f, 0x3a, 0x93);

qint64 majorScale(const QString &currency)
{
    qint64 scale = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        scale *= 10;
    return scale;
}

// Converts minor units to the axis unit (whole currency units divided by one short unit, so
// the axis reads "0, 50, 100" with "jt" in its labels). Display only: never summed again.
struct AmountScale
{
    qint64 minorPerUnit = 1;
    QString suffix;

    AmountScale(const QString &currency, qint64 largestMinor, const QLocale &locale)
    {
        const qint64 scale = majorScale(currency);
        const AmountText::ShortUnit unit = AmountText::shortUnitFor(largestMinor / scale, locale);
        minorPerUnit = scale * unit.size;
        suffix = unit.suffix;
    }
    qreal operator()(qint64 minor) const { return qreal(minor) / qreal(minorPerUnit); }
};

// A range that starts or ends on round numbers, with labels that carry the short unit.
void setAmountRange(QValueAxis *axis, qreal low, qreal high, const QString &suffix)
{
    if (high - low < 1e-9)
        high = low + 1;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    const qreal step = (axis->max() - axis->min()) / qMax(1, axis->tickCount() - 1);
    QString escaped = suffix;
    escaped.replace(u'%', QStringLiteral("%%"));
    axis->setLabelFormat((step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")) + escaped);
}

// Months from 0 (or 1) to the horizon, labelled in whole months only.
void setMonthRange(QValueAxis *axis, qreal first, qreal last, int horizon)
{
    axis->setRange(first, last);
    int step = 1;
    for (const int candidate : {1, 2, 3, 6, 12, 24}) {
        step = candidate;
        if (horizon / candidate <= 12)
            break;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void prepareChart(QChart *chart, const QLocale &locale)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QValueAxis *newAxis(QChart *chart, Qt::Alignment alignment)
{
    auto *axis = new QValueAxis;
    axis->setTruncateLabels(false);
    chart->addAxis(axis, alignment);
    return axis;
}

QString hoursText(qint64 milliHours, const QLocale &locale)
{
    const double hours = double(milliHours) / 1000.0;
    return Text::tr("%1 h").arg(locale.toString(hours, 'f', hours < 10 ? 1 : 0));
}

QString monthText(int month)
{
    return Text::tr("Month %1").arg(month);
}

} // namespace

CumulativeChartTexts CumulativeChartTexts::translated()
{
    return CumulativeChartTexts{Text::tr("Money over time"), Text::tr("Savings to date"),
                                Text::tr("Costs to date, upfront price included"),
                                Text::tr("Month"), Text::tr("pays back in month %1"),
                                Text::tr("does not pay back within %1 months")};
}

// ---------------------------------------------------------------------------------------------

CumulativeChart::CumulativeChart()
    : m_benefits(new QLineSeries)
    , m_costs(new QLineSeries)
    , m_breakEven(new QScatterSeries)
    , m_breakEvenLabel(new QGraphicsSimpleTextItem(this))
{
    setObjectName(QStringLiteral("cumulativeChart"));
    m_benefits->setObjectName(QStringLiteral("savingsToDate"));
    m_costs->setObjectName(QStringLiteral("costsToDate"));
    m_breakEven->setObjectName(QStringLiteral("breakEven"));
    for (QLineSeries *line : {m_benefits, m_costs}) {
        QPen pen(line == m_benefits ? kSavingsColor : kCostsColor);
        pen.setWidthF(2.5);
        line->setPen(pen);
        addSeries(line);
    }
    m_breakEven->setColor(kMarkColor);
    m_breakEven->setBorderColor(Qt::white);
    m_breakEven->setMarkerSize(12);
    QFont labelFont = m_breakEvenLabel->font();
    labelFont.setBold(true);
    m_breakEvenLabel->setFont(labelFont);
    m_breakEvenLabel->setBrush(kMarkColor);
    m_breakEvenLabel->setZValue(10);
    addSeries(m_breakEven);
    connect(this, &QChart::plotAreaChanged, this, &CumulativeChart::placeBreakEvenLabel);

    m_months = newAxis(this, Qt::AlignBottom);
    m_amounts = newAxis(this, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_benefits),
                                    static_cast<QAbstractSeries *>(m_costs),
                                    static_cast<QAbstractSeries *>(m_breakEven)}) {
        series->attachAxis(m_months);
        series->attachAxis(m_amounts);
    }
    // The mark is labelled on the chart; a legend entry would only repeat it.
    for (QLegendMarker *marker : legend()->markers(m_breakEven))
        marker->setVisible(false);

    for (QLineSeries *line : {m_benefits, m_costs}) {
        connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool on) {
            if (!on) {
                emit hoverTextChanged(QString());
                return;
            }
            const int month = qBound(0, qRound(point.x()), int(line->count()) - 1);
            const qint64 minor = qRound64(line->at(month).y() * m_amountsMinorPerUnit);
            emit hoverTextChanged(QStringLiteral("%1 · %2: %3")
                                      .arg(monthText(month), line->name(),
                                           Money(minor, m_currency).format(m_locale)));
        });
    }
}

void CumulativeChart::setResult(const ValueCaseResult &result, const QLocale &locale,
                                const CumulativeChartTexts &texts)
{
    prepareChart(this, locale);
    m_currency = result.currency;
    m_locale = locale;
    setTitle(texts.title);
    m_benefits->setName(texts.benefits);
    m_costs->setName(texts.costs);
    m_months->setTitleText(texts.month);
    m_amounts->setTitleText(AmountText::currencyPrefix(result.currency, locale));

    // To date, in minor units: savings from 0, costs from the upfront price.
    QList<qint64> savings{0};
    QList<qint64> costs{result.upfront.minor()};
    savings.reserve(result.months.size() + 1);
    costs.reserve(result.months.size() + 1);
    for (const MonthFigures &month : result.months) {
        savings.append(savings.last() + month.benefit.minor());
        costs.append(costs.last() + month.cost.minor());
    }
    qint64 largest = 1;
    for (const QList<qint64> *series : {&savings, &costs}) {
        for (const qint64 value : *series)
            largest = qMax(largest, qAbs(value));
    }
    const AmountScale scale(result.currency, largest, locale);
    m_amountsMinorPerUnit = scale.minorPerUnit;

    QList<QPointF> savingsPoints;
    QList<QPointF> costsPoints;
    savingsPoints.reserve(savings.size());
    costsPoints.reserve(costs.size());
    for (qsizetype m = 0; m < savings.size(); ++m) {
        savingsPoints.append(QPointF(qreal(m), scale(savings.at(m))));
        costsPoints.append(QPointF(qreal(m), scale(costs.at(m))));
    }
    m_benefits->replace(savingsPoints);
    m_costs->replace(costsPoints);

    // Where the lines cross: the fractional payback month on the savings line.
    QList<QPointF> mark;
    if (result.paybackMonth && result.paybackMonths) {
        const int month = *result.paybackMonth;
        const qreal x = *result.paybackMonths;
        const qreal fraction = x - (month - 1);
        const qreal y = scale(savings.at(month - 1))
                        + fraction * scale(result.months.at(month - 1).benefit.minor());
        mark.append(QPointF(x, y));
        m_breakEven->setName(texts.paysBack.arg(month));
        m_breakEvenLabel->setText(texts.paysBack.arg(month));
        setTitle(texts.title);
    } else {
        m_breakEven->setName(texts.noPayback.arg(result.months.size()));
        m_breakEvenLabel->setText(QString());
        setTitle(QStringLiteral("%1 (%2)").arg(texts.title,
                                               texts.noPayback.arg(result.months.size())));
    }
    m_breakEven->replace(mark);

    const int horizon = int(result.months.size());
    setMonthRange(m_months, 0, qMax(1, horizon), horizon);
    setAmountRange(m_amounts, 0, scale(largest), scale.suffix);
    placeBreakEvenLabel();
}

QString CumulativeChart::breakEvenLabel() const
{
    return m_breakEvenLabel->text();
}

void CumulativeChart::placeBreakEvenLabel()
{
    if (m_breakEven->count() == 0 || m_breakEvenLabel->text().isEmpty()) {
        m_breakEvenLabel->hide();
        return;
    }
    const QRectF plot = plotArea();
    const QPointF mark = mapToPosition(m_breakEven->at(0), m_breakEven);
    const QRectF text = m_breakEvenLabel->boundingRect();
    // Centred on the mark, kept inside the plot; a label wider than the plot starts at its left.
    const qreal x =
        qMax(plot.left(), qMin(mark.x() - text.width() / 2, plot.right() - text.width()));
    qreal y = mark.y() - text.height() - 8;
    if (y < plot.top())
        y = mark.y() + 8;
    m_breakEvenLabel->setPos(x, y);
    m_breakEvenLabel->show();
}

// ---------------------------------------------------------------------------------------------

HoursChart::HoursChart()
    : m_monthly(new QBarSet(QString()))
    , m_cumulative(new QLineSeries)
{
    setObjectName(QStringLiteral("hoursChart"));
    m_monthly->setObjectName(QStringLiteral("hoursPerMonth"));
    m_cumulative->setObjectName(QStringLiteral("hoursToDate"));
    m_monthly->setColor(kSavingsColor.lighter(150));
    m_monthly->setBorderColor(kSavingsColor);
    auto *bars = new QBarSeries;
    bars->append(m_monthly);
    bars->setBarWidth(0.8);
    addSeries(bars);
    QPen pen(kMarkColor);
    pen.setWidthF(2.5);
    m_cumulative->setPen(pen);
    addSeries(m_cumulative);

    m_months = newAxis(this, Qt::AlignBottom);
    m_perMonth = newAxis(this, Qt::AlignLeft);
    m_toDate = newAxis(this, Qt::AlignRight);
    bars->attachAxis(m_months);
    bars->attachAxis(m_perMonth);
    m_cumulative->attachAxis(m_months);
    m_cumulative->attachAxis(m_toDate);

    connect(m_monthly, &QBarSet::hovered, this, [this](bool on, int index) {
        emit hoverTextChanged(on ? QStringLiteral("%1 · %2: %3")
                                       .arg(monthText(index), m_monthly->label(),
                                            hoursText(qRound64(m_monthly->at(index) * 1000),
                                                      m_locale))
                                 : QString());
    });
    connect(m_cumulative, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
        const int month = qBound(0, qRound(point.x()), int(m_cumulative->count()) - 1);
        emit hoverTextChanged(
            on ? QStringLiteral("%1 · %2: %3")
                     .arg(monthText(month), m_cumulative->name(),
                          hoursText(qRound64(m_cumulative->at(month).y() * 1000), m_locale))
               : QString());
    });
}

void HoursChart::setResult(const ValueCaseResult &result, const QLocale &locale)
{
    prepareChart(this, locale);
    m_locale = locale;
    setTitle(Text::tr("Hours saved"));
    m_monthly->setLabel(Text::tr("Hours saved in the month"));
    m_cumulative->setName(Text::tr("Hours saved to date"));
    m_months->setTitleText(Text::tr("Month"));
    m_perMonth->setTitleText(Text::tr("Hours per month"));
    m_toDate->setTitleText(Text::tr("Hours to date"));

    // Bar i stands at x = i, so month m's bar is at index m and index 0 (month 0) stays empty.
    QList<qreal> perMonth{0};
    QList<QPointF> toDate{QPointF(0, 0)};
    perMonth.reserve(result.months.size() + 1);
    toDate.reserve(result.months.size() + 1);
    qint64 sum = 0;
    qint64 largest = 0;
    for (const MonthFigures &month : result.months) {
        sum += month.hoursSavedMilli;
        largest = qMax(largest, month.hoursSavedMilli);
        perMonth.append(qreal(month.hoursSavedMilli) / 1000.0);
        toDate.append(QPointF(month.month, qreal(sum) / 1000.0));
    }
    // Changing bars in place is far cheaper than making them again (one item per bar).
    if (m_monthly->count() == perMonth.size()) {
        for (int i = 0; i < perMonth.size(); ++i) {
            if (m_monthly->at(i) != perMonth.at(i))
                m_monthly->replace(i, perMonth.at(i));
        }
    } else {
        m_monthly->remove(0, m_monthly->count());
        m_monthly->append(perMonth);
    }
    m_cumulative->replace(toDate);

    const int horizon = int(result.months.size());
    setMonthRange(m_months, 0.5, horizon + 0.5, horizon);
    setAmountRange(m_perMonth, 0, qreal(largest) / 1000.0, QString());
    setAmountRange(m_toDate, 0, qreal(sum) / 1000.0, QString());
}

// ---------------------------------------------------------------------------------------------

ScenarioChart::ScenarioChart()
{
    setObjectName(QStringLiteral("scenarioChart"));
    m_months = newAxis(this, Qt::AlignBottom);
    m_amounts = newAxis(this, Qt::AlignLeft);
    const QColor colors[] = {kCostsColor.lighter(120), kMarkColor, kSavingsColor};
    for (const QColor &color : colors) {
        auto *line = new QLineSeries;
        QPen pen(color);
        pen.setWidthF(color == kMarkColor ? 3.0 : 2.0);
        if (color != kMarkColor)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        addSeries(line);
        line->attachAxis(m_months);
        line->attachAxis(m_amounts);
        m_lines.append(line);
        connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool on) {
            if (!on) {
                emit hoverTextChanged(QString());
                return;
            }
            const int month = qBound(0, qRound(point.x()), int(line->count()) - 1);
            const qint64 minor = qRound64(line->at(month).y() * m_amountsMinorPerUnit);
            emit hoverTextChanged(QStringLiteral("%1 · %2: %3")
                                      .arg(monthText(month), line->name(),
                                           Money(minor, m_currency).format(m_locale)));
        });
    }
}

void ScenarioChart::setResults(const QList<ValueCaseResult> &results, const QLocale &locale)
{
    prepareChart(this, locale);
    m_locale = locale;
    setTitle(Text::tr("Money back to date, by scenario"));
    m_months->setTitleText(Text::tr("Month"));
    if (results.isEmpty())
        return;
    m_currency = results.first().currency;
    m_amounts->setTitleText(AmountText::currencyPrefix(m_currency, locale));

    qint64 largest = 1;
    qint64 lowest = 0;
    qint64 highest = 0;
    for (const ValueCaseResult &result : results) {
        lowest = qMin(lowest, -result.upfront.minor());
        for (const MonthFigures &month : result.months) {
            lowest = qMin(lowest, month.cumulative.minor());
            highest = qMax(highest, month.cumulative.minor());
        }
    }
    largest = std::max({largest, qAbs(lowest), qAbs(highest)});
    const AmountScale scale(m_currency, largest, locale);
    m_amountsMinorPerUnit = scale.minorPerUnit;

    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        QLineSeries *line = m_lines.at(i);
        if (i >= results.size()) {
            line->clear();
            continue;
        }
        const ValueCaseResult &result = results.at(i);
        line->setName(scenarioName(result.scenario));
        QList<QPointF> points{QPointF(0, scale(-result.upfront.minor()))};
        points.reserve(result.months.size() + 1);
        for (const MonthFigures &month : result.months)
            points.append(QPointF(month.month, scale(month.cumulative.minor())));
        line->replace(points);
    }
    const int horizon = int(results.first().months.size());
    setMonthRange(m_months, 0, qMax(1, horizon), horizon);
    setAmountRange(m_amounts, scale(lowest), scale(highest), scale.suffix);
}

// ---------------------------------------------------------------------------------------------

void paintCumulativeChart(QPainter *painter, const QRectF &rect, const ValueCaseResult &result,
                          const QLocale &locale, const CumulativeChartTexts &texts)
{
    if (!painter || rect.isEmpty())
        return;
    QGraphicsScene scene;
    auto *chart = new CumulativeChart;
    scene.addItem(chart);
    chart->setResult(result, locale, texts);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Laid out at the target's own size (in the painter's units), so text keeps its point size
    // relative to the page instead of being stretched.
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    scene.setSceneRect(chart->geometry());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace Sepakat
