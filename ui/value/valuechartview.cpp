#include "value/valuechartview.h"

#include "value/valuecharts.h"

#include <QCursor>
#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QToolTip>

namespace Sepakat {

ValueChartView::ValueChartView(ValueChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_chart(chart)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(220);
    followPalette();
    connect(chart, &ValueChart::hoverTextChanged, this, [this](const QString &text) {
        m_hoverText = text;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, this);
    });
}

bool ValueChartView::exportPng(const QString &path, QString *error) const
{
    const QSize size = (this->size().isEmpty() ? QSize(800, 450) : this->size()) * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const_cast<ValueChartView *>(this)->render(&painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("The chart could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Titles, labels and the legend in the window's text colour, so a dark palette reads too, and
// in the window's font, so a presentation's larger type reaches the charts.
void ValueChartView::followPalette()
{
    const QPalette colors = palette();
    QFont title = font();
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chart->legend()->setFont(font());
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(font());
        QFont axisTitle = font();
        axisTitle.setBold(true);
        axis->setTitleFont(axisTitle);
    }
    m_chart->setBackgroundBrush(colors.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(colors.color(QPalette::Text));
    m_chart->legend()->setLabelColor(colors.color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(colors.color(QPalette::Text));
        axis->setTitleBrush(colors.color(QPalette::Text));
    }
}

void ValueChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        followPalette();
    QChartView::changeEvent(event);
}

} // namespace Sepakat
