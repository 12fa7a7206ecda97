#include "value/whatifpanel.h"

#include "common/language.h"
#include "worksheet/needsmodel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace Sepakat {

namespace {

constexpr int kSteps = 200;

// A round step (1, 2 or 5 times a power of ten) so that kSteps of them reach at least top.
qint64 roundStep(qint64 top)
{
    const qint64 wanted = qMax<qint64>(1, (top + kSteps - 1) / kSteps);
    for (qint64 power = 1;; power *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            if (factor * power >= wanted)
                return factor * power;
        }
    }
}

qint64 unitOf(const QString &currency)
{
    qint64 unit = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        unit *= 10;
    return unit;
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QWidget(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_reset(new QPushButton(this))
    , m_keep(new QPushButton(this))
{
    setObjectName(QStringLiteral("whatIfPanel"));
    m_reset->setObjectName(QStringLiteral("whatIfReset"));
    m_keep->setObjectName(QStringLiteral("whatIfKeep"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_empty->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rows);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addWidget(m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_reset, &QPushButton::clicked, this, [this] {
        setInputs(m_saved);
        emit inputsChanged(m_inputs);
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (isChanged())
            emit keepRequested(m_inputs);
    });
    retranslate();
}

void WhatIfPanel::setInputs(const ValueCaseInputs &inputs)
{
    m_saved = inputs;
    m_inputs = inputs;
    build();
    updateButtons();
}

void WhatIfPanel::setKeepAllowed(bool allowed)
{
    m_keepAllowed = allowed;
    updateButtons();
}

void WhatIfPanel::build()
{
    delete m_rows->layout();
    qDeleteAll(m_rows->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_sliders.clear();
    auto *grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 8, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const qint64 unit = unitOf(m_inputs.currency);
    const auto add = [&](qsizetype item, Slider::Field field, qint64 saved, qint64 current,
                         qint64 floor, const QString &caption) {
        // Twice the saved figure (at least floor) leaves room to ask "what if it were double?".
        const qint64 top = std::max({saved * 2, current, floor});
        const qint64 step = roundStep(top);
        auto *name = new QLabel(caption, m_rows);
        name->setWordWrap(true);
        auto *slider = new QSlider(Qt::Horizontal, m_rows);
        slider->setObjectName(QStringLiteral("whatIf_%1_%2").arg(item).arg(int(field)));
        slider->setRange(0, int(top / step) + 1);
        slider->setValue(int((current + step / 2) / step));
        auto *value = new QLabel(m_rows);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("Rp 000.000.000")));
        grid->addWidget(name, row, 0, 1, 2);
        grid->addWidget(slider, row + 1, 0, 1, 2);
        grid->addWidget(value, row + 1, 2);
        row += 2;
        m_sliders.append(Slider{slider, value, item, field, step});
        const Slider made = m_sliders.last();
        showValue(made);
        connect(slider, &QSlider::valueChanged, this,
                [this, made](int position) { apply(made, position); });
        name->setBuddy(slider);
    };
    for (qsizetype i = 0; i < m_inputs.items.size(); ++i) {
        const SavingsItem &saved = m_saved.items.at(i);
        const SavingsItem &item = m_inputs.items.at(i);
        if (item.kind == SavingsKind::Time) {
            add(i, Slider::Field::Hours, saved.hoursPerMonthMilli, item.hoursPerMonthMilli,
                10 * 1000, tr("%1: hours saved a month").arg(item.description));
            add(i, Slider::Field::HourlyRate, saved.hourlyRate.minor(), item.hourlyRate.minor(),
                100 * unit, tr("%1: value of an hour").arg(item.description));
        } else {
            add(i, Slider::Field::Amount, saved.amountPerMonth.minor(),
                item.amountPerMonth.minor(), 1000 * unit,
                tr("%1: saved a month").arg(item.description));
        }
    }
    grid->setRowStretch(row, 1);
    m_empty->setVisible(m_sliders.isEmpty());
}

void WhatIfPanel::apply(const Slider &slider, int position)
{
    SavingsItem &item = m_inputs.items[slider.item];
    const qint64 value = qint64(position) * slider.step;
    switch (slider.field) {
    case Slider::Field::Hours:
        item.hoursPerMonthMilli = value;
        break;
    case Slider::Field::HourlyRate:
        item.hourlyRate = Money(value, m_inputs.currency);
        break;
    case Slider::Field::Amount:
        item.amountPerMonth = Money(value, m_inputs.currency);
        break;
    }
    showValue(slider);
    updateButtons();
    emit inputsChanged(m_inputs);
}

void WhatIfPanel::showValue(const Slider &slider)
{
    const SavingsItem &item = m_inputs.items.at(slider.item);
    const QLocale locale = Language::locale();
    switch (slider.field) {
    case Slider::Field::Hours:
        slider.value->setText(tr("%1 h a month").arg(item.hoursPerMonthMilli == 0
                                                         ? locale.toString(0)
                                                         : formatHours(item.hoursPerMonthMilli,
                                                                       locale)));
        break;
    case Slider::Field::HourlyRate:
        slider.value->setText(item.hourlyRate.format(locale));
        break;
    case Slider::Field::Amount:
        slider.value->setText(item.amountPerMonth.format(locale));
        break;
    }
}

void WhatIfPanel::updateButtons()
{
    m_reset->setEnabled(isChanged());
    m_keep->setEnabled(isChanged() && m_keepAllowed);
    m_keep->setVisible(m_keepAllowed);
}

void WhatIfPanel::retranslate()
{
    m_title->setText(tr("What if…"));
    m_empty->setText(tr("This value case has no savings to vary yet."));
    m_reset->setText(tr("Back to the saved figures"));
    m_keep->setText(tr("Keep these figures"));
    m_keep->setToolTip(tr("Save these figures in the deal's value case (Ctrl+Z undoes it)"));
    build();
}

void WhatIfPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
