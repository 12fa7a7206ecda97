#pragma once

#include "value/valueengine.h"

#include <QWidget>

#include <array>

class QPushButton;
class QTabWidget;

namespace Sepakat {

class CumulativeChart;
class HoursChart;
class ScenarioChart;
class ValueChartView;

// The value case's three charts on tabs (money over time, hours saved, the scenarios), with a
// button that saves the chart on show as a PNG.
class ValueChartsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ValueChartsPanel(QWidget *parent = nullptr);

    // results: conservative, expected, optimistic (computeScenarios). Money and hours charts
    // show the expected one.
    void setResults(const QList<ValueCaseResult> &results);
    void setExportVisible(bool visible);

    CumulativeChart *cumulativeChart() const;
    HoursChart *hoursChart() const;
    ScenarioChart *scenarioChart() const;
    ValueChartView *currentView() const;
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportCurrent();
    void retranslate();
    void redraw();
    void redrawCurrent();

    QList<ValueCaseResult> m_results;
    std::array<bool, 3> m_stale{true, true, true};
    QTabWidget *m_tabs;
    ValueChartView *m_cumulative;
    ValueChartView *m_hours;
    ValueChartView *m_scenarios;
    QPushButton *m_export;
};

} // namespace Sepakat
