#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace Sepakat {

// The forecast bars: weighted value per expected-close month. All Qt Charts code of the board is
// here and takes plain numbers, so moving to Qt Graphs (Qt Charts is deprecated from Qt 6.10)
// touches this class only.
class ForecastChart final : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QDate month;  // first day of the month
        qint64 minor = 0; // weighted value in the currency's minor units
    };

    explicit ForecastChart(QWidget *parent = nullptr);
    void setBars(const QList<Bar> &bars, const QString &currency);
    const QList<Bar> &bars() const { return m_bars; }
    // Axis labels in the UI language, after a language switch.
    void relabel();

private:
    QList<Bar> m_bars;
    QString m_currency;
    QChart *m_chart;
    QChartView *m_view;
    QBarSet *m_set;
    QBarSeries *m_series;
    QBarCategoryAxis *m_months;
    QValueAxis *m_amounts;
};

} // namespace Sepakat
