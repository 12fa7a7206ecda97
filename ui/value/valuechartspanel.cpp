#include "value/valuechartspanel.h"

#include "common/language.h"
#include "value/valuechartview.h"
#include "value/valuecharts.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sepakat {

ValueChartsPanel::ValueChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_cumulative(new ValueChartView(new CumulativeChart, this))
    , m_hours(new ValueChartView(new HoursChart, this))
    , m_scenarios(new ValueChartView(new ScenarioChart, this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("valueCharts"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_export->setObjectName(QStringLiteral("exportChartButton"));
    m_cumulative->setObjectName(QStringLiteral("cumulativeView"));
    m_hours->setObjectName(QStringLiteral("hoursView"));
    m_scenarios->setObjectName(QStringLiteral("scenarioView"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_cumulative, QString());
    m_tabs->addTab(m_hours, QString());
    m_tabs->addTab(m_scenarios, QString());
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    connect(m_export, &QPushButton::clicked, this, &ValueChartsPanel::exportCurrent);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ValueChartsPanel::redrawCurrent);
    retranslate();
}

CumulativeChart *ValueChartsPanel::cumulativeChart() const
{
    return static_cast<CumulativeChart *>(m_cumulative->valueChart());
}

HoursChart *ValueChartsPanel::hoursChart() const
{
    return static_cast<HoursChart *>(m_hours->valueChart());
}

ScenarioChart *ValueChartsPanel::scenarioChart() const
{
    return static_cast<ScenarioChart *>(m_scenarios->valueChart());
}

ValueChartView *ValueChartsPanel::currentView() const
{
    return static_cast<ValueChartView *>(m_tabs->currentWidget());
}

void ValueChartsPanel::setExportVisible(bool visible)
{
    m_export->setVisible(visible);
}

void ValueChartsPanel::setResults(const QList<ValueCaseResult> &results)
{
    m_results = results;
    redraw();
}

// Only the chart on show is brought up to date; the others follow when their tab is chosen, so a
// keystroke pays for one chart, not three.
void ValueChartsPanel::redraw()
{
    m_stale = {true, true, true};
    redrawCurrent();
}

void ValueChartsPanel::redrawCurrent()
{
    const int index = m_tabs->currentIndex();
    if (m_results.size() != 3 || index < 0 || !m_stale[index])
        return;
    m_stale[index] = false;
    const QLocale locale = Language::locale();
    const ValueCaseResult &expected = m_results.at(1);
    if (index == 0)
        cumulativeChart()->setResult(expected, locale, CumulativeChartTexts::translated());
    else if (index == 1)
        hoursChart()->setResult(expected, locale);
    else
        scenarioChart()->setResults(m_results, locale);
}

void ValueChartsPanel::exportCurrent()
{
    ValueChartView *view = currentView();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        QDir(folder).filePath(m_tabs->tabText(m_tabs->currentIndex()).remove(u'&')
                              + QStringLiteral(".png"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested,
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QString error;
    if (!view->exportPng(path, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void ValueChartsPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Money over time"));
    m_tabs->setTabText(1, tr("Hours saved"));
    m_tabs->setTabText(2, tr("Scenarios"));
    m_export->setText(tr("Save as PNG…"));
    m_export->setToolTip(tr("Save the chart on show as a PNG image"));
    redraw();
}

void ValueChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
