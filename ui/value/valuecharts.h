#pragma once

#include "value/valueengine.h"

#include <QChart>
#include <QLocale>
#include <QRectF>
#include <QString>

class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QPainter;
class QScatterSeries;
class QValueAxis;

// The value case's three charts. All Qt Charts code of the value case lives here and takes a
// ValueCaseResult from core, so moving to Qt Graphs (Qt Charts is deprecated from Qt 6.10)
// stays in this file. Amounts are drawn in the currency's major units, scaled to one short unit
// for the whole axis (Indonesian rb / jt / M, English K / M / B) with the currency as the axis
// title; the numbers stay integer minor units everywhere else.
namespace Sepakat {

// The texts the cumulative chart shows, in whatever language the caller wants (a proposal may be
// written in a language other than the window's).
struct CumulativeChartTexts
{
    QString title;     // "Money over time"
    QString benefits;  // series: savings to date
    QString costs;     // series: costs to date, the upfront price included
    QString month;     // horizontal axis title
    QString paysBack;  // break-even label, %1 the payback month: "pays back in month %1"
    QString noPayback; // %1 the horizon in months: "does not pay back within %1 months"

    // The texts in the language installed now (Language::install).
    static CumulativeChartTexts translated();
};

// Paints the cumulative-money chart (savings vs costs to date, break-even marked and labelled)
// into rect as vector graphics: on a QPdfWriter's painter it stays sharp at any zoom. Drawn for
// paper: dark ink on a white background, whatever the window's palette. Needs a QApplication
// (Qt Charts draws through QGraphicsWidget). The painter's state is left as it was.
void paintCumulativeChart(QPainter *painter, const QRectF &rect, const ValueCaseResult &result,
                          const QLocale &locale, const CumulativeChartTexts &texts);

// A chart of the value case: tells its view what the pointer is over, in full
// ("Month 7 · Savings to date: Rp 45.000.000"), so the view can show it as a tooltip.
class ValueChart : public QChart
{
    Q_OBJECT

signals:
    // Empty when the pointer leaves.
    void hoverTextChanged(const QString &text);
};

// Savings to date against costs to date (upfront included) from month 0 to the horizon; where
// they cross the case pays back, marked and labelled on the chart.
class CumulativeChart final : public ValueChart
{
    Q_OBJECT

public:
    CumulativeChart();
    void setResult(const ValueCaseResult &result, const QLocale &locale,
                   const CumulativeChartTexts &texts);

    QLineSeries *benefitsSeries() const { return m_benefits; }
    QLineSeries *costsSeries() const { return m_costs; }
    QScatterSeries *breakEvenSeries() const { return m_breakEven; }
    // The break-even label ("pays back in month 7"); empty when the case does not pay back.
    QString breakEvenLabel() const;

private:
    // Above the mark, kept inside the plot so a late payback is not cut off at the edge.
    void placeBreakEvenLabel();

    QLineSeries *m_benefits;
    QLineSeries *m_costs;
    QScatterSeries *m_breakEven;
    QGraphicsSimpleTextItem *m_breakEvenLabel;
    QValueAxis *m_months;
    QValueAxis *m_amounts;
    qint64 m_amountsMinorPerUnit = 1;
    QString m_currency;
    QLocale m_locale;
};

// Hours saved each month as bars, with the hours saved to date as a line on a second axis.
class HoursChart final : public ValueChart
{
    Q_OBJECT

public:
    HoursChart();
    // Texts in the language installed now.
    void setResult(const ValueCaseResult &result, const QLocale &locale);

    QBarSet *monthlyHours() const { return m_monthly; }
    QLineSeries *cumulativeHours() const { return m_cumulative; }

private:
    QBarSet *m_monthly;
    QLineSeries *m_cumulative;
    QValueAxis *m_months;
    QValueAxis *m_perMonth;
    QValueAxis *m_toDate;
    QLocale m_locale;
};

// The three scenarios side by side: each one's money position to date (cumulative net, starting
// at minus the upfront price), so the reader sees when each pays back and by how much it ends.
class ScenarioChart final : public ValueChart
{
    Q_OBJECT

public:
    ScenarioChart();
    // results in the order conservative, expected, optimistic. Texts in the language installed.
    void setResults(const QList<ValueCaseResult> &results, const QLocale &locale);

    QList<QLineSeries *> scenarioSeries() const { return m_lines; }

private:
    QList<QLineSeries *> m_lines;
    QValueAxis *m_months;
    QValueAxis *m_amounts;
    qint64 m_amountsMinorPerUnit = 1;
    QString m_currency;
    QLocale m_locale;
};

} // namespace Sepakat
