#pragma once

#include <QChartView>

namespace Sepakat {

class ValueChart;

// Shows one value-case chart: hovering shows the value under the pointer as a tooltip, and the
// chart can be saved as a PNG.
class ValueChartView final : public QChartView
{
    Q_OBJECT

public:
    // Takes ownership of chart.
    explicit ValueChartView(ValueChart *chart, QWidget *parent = nullptr);

    ValueChart *valueChart() const { return m_chart; }
    // Writes the chart as a PNG at twice the view's size (sharp on a slide), atomically.
    // False with *error set when the file cannot be written.
    bool exportPng(const QString &path, QString *error) const;
    // The tooltip text shown last; empty when the pointer is over no value.
    QString hoverText() const { return m_hoverText; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    ValueChart *m_chart;
    QString m_hoverText;
};

} // namespace Sepakat
