#pragma once

#include "value/valuefigures.h"

#include <QWidget>

class QLabel;

namespace Sepakat {

// The value case's key figures side by side: hours and money saved per year, the payback month,
// ROI and NPV. Shows only what ValueFigures holds, so the presentation can use it as it is.
class KeyFigures final : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigures(QWidget *parent = nullptr);

    // horizon in months and the yearly discount rate, for the captions.
    void setFigures(const ValueFigures &figures, int horizon, qint64 discountRateBasisPoints);
    void clearFigures();
    // Larger type for a presentation seen from across the table.
    void setLarge(bool large);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Figure
    {
        QLabel *caption;
        QLabel *value;
    };
    Figure addFigure(const QString &objectName);
    // Five figures in a row when they fit the width, else in rows of three or two.
    void arrange(int width);
    void retranslate();
    void showFigures();

    Figure m_hours;
    Figure m_money;
    Figure m_payback;
    Figure m_roi;
    Figure m_npv;
    std::optional<ValueFigures> m_figures;
    int m_columns = 0;
    int m_horizon = 0;
    qint64 m_discountRate = 0;
};

} // namespace Sepakat
