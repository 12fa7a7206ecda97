#include "value/keyfigures.h"

#include "common/language.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>

namespace Sepakat {

KeyFigures::KeyFigures(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keyFigures"));
    m_hours = addFigure(QStringLiteral("hoursPerYear"));
    m_money = addFigure(QStringLiteral("moneyPerYear"));
    m_payback = addFigure(QStringLiteral("payback"));
    m_roi = addFigure(QStringLiteral("roi"));
    m_npv = addFigure(QStringLiteral("npv"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    // The width decides the rows (arrange), so a long amount never widens the window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setLarge(false);
    retranslate();
}

KeyFigures::Figure KeyFigures::addFigure(const QString &objectName)
{
    Figure figure{new QLabel(this), new QLabel(this)};
    figure.caption->setObjectName(objectName + QStringLiteral("Caption"));
    figure.value->setObjectName(objectName + QStringLiteral("Value"));
    figure.caption->setWordWrap(true);
    figure.caption->setForegroundRole(QPalette::PlaceholderText);
    figure.value->setTextFormat(Qt::PlainText);
    figure.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return figure;
}

void KeyFigures::arrange(int width)
{
    const Figure figures[] = {m_hours, m_money, m_payback, m_roi, m_npv};
    auto *grid = static_cast<QGridLayout *>(layout());
    int needed = grid->horizontalSpacing() * 4;
    for (const Figure &figure : figures)
        needed += qMax(figure.value->sizeHint().width(), 120);
    const int columns = needed <= width ? 5 : (needed * 3 / 5 <= width ? 3 : 2);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < 5; ++i) {
        grid->removeWidget(figures[i].caption);
        grid->removeWidget(figures[i].value);
        grid->setColumnStretch(i, i < columns ? 1 : 0);
    }
    for (int i = 0; i < 5; ++i) {
        const int row = (i / columns) * 2;
        grid->addWidget(figures[i].caption, row, i % columns, Qt::AlignBottom);
        grid->addWidget(figures[i].value, row + 1, i % columns, Qt::AlignTop);
    }
    updateGeometry();
}

void KeyFigures::resizeEvent(QResizeEvent *event)
{
    arrange(event->size().width());
    QWidget::resizeEvent(event);
}

void KeyFigures::setLarge(bool large)
{
    for (const Figure &figure : {m_hours, m_money, m_payback, m_roi, m_npv}) {
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * (large ? 1.9 : 1.35));
        font.setBold(true);
        figure.value->setFont(font);
        QFont caption = this->font();
        if (large)
            caption.setPointSizeF(caption.pointSizeF() * 1.3);
        figure.caption->setFont(caption);
    }
    m_columns = 0;
    arrange(width());
}

void KeyFigures::setFigures(const ValueFigures &figures, int horizon,
                            qint64 discountRateBasisPoints)
{
    m_figures = figures;
    m_horizon = horizon;
    m_discountRate = discountRateBasisPoints;
    showFigures();
}

void KeyFigures::clearFigures()
{
    m_figures.reset();
    showFigures();
}

void KeyFigures::showFigures()
{
    const QLocale locale = Language::locale();
    m_npv.caption->setText(tr("Net present value (%1 a year)")
                               .arg(formatBasisPoints(m_discountRate, locale)));
    if (!m_figures) {
        for (const Figure &figure : {m_hours, m_money, m_payback, m_roi, m_npv})
            figure.value->setText(QStringLiteral("—"));
        return;
    }
    const ValueFigures &f = *m_figures;
    const double hours = double(f.hoursPerYearMilli) / 1000.0;
    m_hours.value->setText(tr("%1 h").arg(locale.toString(hours, 'f', hours < 10 ? 1 : 0)));
    m_money.value->setText(f.moneyPerYear.format(locale));
    if (f.paybackMonth && f.paybackMonths) {
        m_payback.value->setText(tr("Month %1").arg(*f.paybackMonth));
        m_payback.value->setToolTip(
            tr("Pays back after %1 months").arg(locale.toString(*f.paybackMonths, 'f', 1)));
    } else {
        m_payback.value->setText(tr("Not within %n month(s)", nullptr, m_horizon));
        m_payback.value->setToolTip(QString());
    }
    m_roi.value->setText(f.roiPercent ? tr("%1 %").arg(locale.toString(*f.roiPercent, 'f', 0))
                                      : QStringLiteral("—"));
    m_npv.value->setText(f.npv.format(locale));
    arrange(width());
}

void KeyFigures::retranslate()
{
    m_hours.caption->setText(tr("Hours saved per year"));
    m_money.caption->setText(tr("Money saved per year"));
    m_payback.caption->setText(tr("Pays back in"));
    m_roi.caption->setText(tr("Return on investment"));
    showFigures();
}

void KeyFigures::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
