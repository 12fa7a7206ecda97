#pragma once

#include "domain/valuecase.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

namespace Sepakat {

// What-if sliders for a presentation: for each saving its hours per month and hourly rate (time)
// or its amount per month (money). Moving one changes a copy of the inputs, never the saved
// case; "Keep these figures" asks for the copy to be saved, "Back to the saved figures" drops it.
class WhatIfPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);

    // The case as saved: the sliders start there, and the ranges reach well past it.
    void setInputs(const ValueCaseInputs &inputs);
    const ValueCaseInputs &inputs() const { return m_inputs; }
    bool isChanged() const { return m_inputs != m_saved; }
    // Whether "Keep these figures" is offered (not on a read-only book).
    void setKeepAllowed(bool allowed);

    struct Slider
    {
        QSlider *slider;
        QLabel *value;
        qsizetype item;
        enum class Field { Hours, HourlyRate, Amount } field;
        qint64 step; // milli-hours or minor units per slider step
    };
    const QList<Slider> &sliders() const { return m_sliders; }

signals:
    // The figures to show now: after every slider move, and after a reset.
    void inputsChanged(const Sepakat::ValueCaseInputs &inputs);
    void keepRequested(const Sepakat::ValueCaseInputs &inputs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void apply(const Slider &slider, int position);
    void showValue(const Slider &slider);
    void updateButtons();
    void retranslate();

    ValueCaseInputs m_saved;
    ValueCaseInputs m_inputs;
    QList<Slider> m_sliders;
    QWidget *m_rows;
    QLabel *m_title;
    QLabel *m_empty;
    QPushButton *m_reset;
    QPushButton *m_keep;
    bool m_keepAllowed = true;
};

} // namespace Sepakat
