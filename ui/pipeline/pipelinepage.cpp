#include "pipeline/pipelinepage.h"

#include "common/bookdocument.h"
#include "common/findshortcut.h"
#include "common/icons.h"
#include "common/language.h"
#include "common/placeholder.h"
#include "pipeline/forecastchart.h"
#include "pipeline/pipelinefilterbar.h"
#include "pipeline/pipelinemodel.h"
#include "pipeline/stagecolumn.h"
#include "pipeline/stagecolumnmodel.h"
#include "pipeline/stagemover.h"
#include "util/clock.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sepakat {

namespace {

constexpr int kForecastMonths = 12;

// Whether every word of before lies inside a word of after, so that what after matches is
// among what before matched.
bool narrowsTo(const QStringList &before, const QStringList &after)
{
    if (before.isEmpty())
        return false;
    return std::all_of(before.cbegin(), before.cend(), [&](const QString &old) {
        return std::any_of(after.cbegin(), after.cend(),
                           [&](const QString &word) { return word.contains(old); });
    });
}

int stageIndex(Stage stage)
{
    return static_cast<int>(stage);
}

} // namespace

PipelinePage::PipelinePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PipelineModel(this))
    , m_title(new QLabel(this))
    , m_moveLeftButton(new QToolButton(this))
    , m_moveRightButton(new QToolButton(this))
    , m_filterBar(new PipelineFilterBar(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new Placeholder(QStringLiteral("kanban"), this))
    , m_boardScroll(new QScrollArea(this))
    , m_forecastToggle(new QToolButton(this))
    , m_forecastNote(new QLabel(this))
    , m_chart(new ForecastChart(this))
    , m_moveLeft(new QAction(this))
    , m_moveRight(new QAction(this))
{
    setObjectName(QStringLiteral("pipelinePage"));
    addFindShortcut(this, m_filterBar->searchField());
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_moveLeft->setObjectName(QStringLiteral("actionMoveDealLeft"));
    m_moveRight->setObjectName(QStringLiteral("actionMoveDealRight"));
    m_moveLeft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_moveRight->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    for (QAction *action : {m_moveLeft, m_moveRight})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveLeft, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveRight, &QAction::triggered, this, [this] { moveSelected(+1); });
    m_moveLeftButton->setDefaultAction(m_moveLeft);
    m_moveRightButton->setDefaultAction(m_moveRight);
    m_moveLeftButton->setArrowType(Qt::LeftArrow);
    m_moveRightButton->setArrowType(Qt::RightArrow);
    for (QToolButton *button : {m_moveLeftButton, m_moveRightButton})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_moveLeftButton);
    titleRow->addWidget(m_moveRightButton);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(buildBoard());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    connect(m_filterBar, &PipelineFilterBar::changed, this, &PipelinePage::applyFilter);
    connect(m_model, &PipelineModel::dealAboutToChange, this, &PipelinePage::dealAboutToChange);
    connect(m_model, &PipelineModel::dealChanged, this, &PipelinePage::dealChanged);
    setFocusProxy(m_filterBar);
    retranslate();
    updateActions();
}

QWidget *PipelinePage::buildBoard()
{
    auto *columns = new QWidget;
    columns->setObjectName(QStringLiteral("board"));
    auto *row = new QHBoxLayout(columns);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    const int minimumWidth = fontMetrics().averageCharWidth() * 30;
    for (const Stage stage : kAllStages) {
        auto *model = new StageColumnModel(m_model, stage, this);
        auto *column = new StageColumn(model, columns);
        column->setMinimumWidth(minimumWidth);
        m_columnModels[size_t(stageIndex(stage))] = model;
        m_columns[size_t(stageIndex(stage))] = column;
        row->addWidget(column, 1);

        QListView *view = column->view();
        // Queued: the drop's own event has finished before any question is asked.
        connect(model, &StageColumnModel::dropRequested, this,
                [this](const QStringList &ids, Stage to) { moveDeals(ids, to); },
                Qt::QueuedConnection);
        connect(view, &QListView::activated, this, [this, model](const QModelIndex &index) {
            emit openDealRequested(index.data(PipelineModel::DealIdRole).toString());
        });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, stage, view] {
                    if (!view->selectionModel()->hasSelection())
                        return;
                    m_activeStage = stage;
                    // One column holds the selection, so the keyboard knows what it moves.
                    for (StageColumn *other : m_columns) {
                        if (other->view() != view)
                            other->view()->clearSelection();
                    }
                    updateActions();
                });
    }
    columns->addAction(m_moveLeft);
    columns->addAction(m_moveRight);

    m_boardScroll->setObjectName(QStringLiteral("boardScroll"));
    m_boardScroll->setWidget(columns);
    m_boardScroll->setWidgetResizable(true);
    m_boardScroll->setFrameShape(QFrame::NoFrame);
    // Columns scroll their cards themselves; the board only scrolls sideways in a small window.
    m_boardScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_forecastToggle->setObjectName(QStringLiteral("forecast-toggle"));
    m_forecastToggle->setCheckable(true);
    m_forecastToggle->setChecked(true);
    m_forecastToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_forecastToggle->setArrowType(Qt::DownArrow);
    m_forecastToggle->setAutoRaise(true);
    m_forecastNote->setObjectName(QStringLiteral("forecast-note"));
    m_forecastNote->setWordWrap(true);
    m_chart->setFixedHeight(fontMetrics().height() * 8);
    connect(m_forecastToggle, &QToolButton::toggled, this, &PipelinePage::setForecastVisible);

    auto *forecastHeader = new QHBoxLayout;
    forecastHeader->addWidget(m_forecastToggle);
    forecastHeader->addWidget(m_forecastNote, 1);

    auto *board = new QWidget;
    auto *layout = new QVBoxLayout(board);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_boardScroll, 1);
    layout->addLayout(forecastHeader);
    layout->addWidget(m_chart);
    return board;
}

void PipelinePage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (part != BookDocument::Part::Products && !m_model->isApplyingOwnChange())
                bookChanged();
        });
    }
    reload();
}

void PipelinePage::bookChanged()
{
    // A hidden board waits until it is shown: the deal page may save many edits in a row.
    if (isVisible())
        reload();
    else
        m_reloadPending = true;
}

void PipelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadPending)
        reload();
}

void PipelinePage::reload()
{
    m_reloadPending = false;
    m_model->load(m_document ? &m_document->book() : nullptr);
    m_filterBar->setOwners(m_model->owners());
    m_stack->setCurrentIndex(m_model->size() == 0 ? 0 : 1);
    m_textWords.clear();
    m_textMatches.clear();
    m_textHits.clear();
    applyFilter();
}

void PipelinePage::applyFilter()
{
    const PipelineFilter filter = m_filterBar->filter();
    const QStringList words = foldedSearchWords(filter.text);
    const size_t rows = size_t(m_model->size());
    if (words != m_textWords || m_textMatches.size() != rows) {
        const bool narrows = m_textMatches.size() == rows && narrowsTo(m_textWords, words);
        const SearchIndex &index = m_model->searchIndex();
        std::vector<qsizetype> hits;
        if (!words.isEmpty()) {
            hits = narrows && m_textHits.size() * 2 <= rows
                       ? index.matchingAmong(words, m_textHits)
                       : index.matching(words);
        }
        m_textWords = words;
        m_textMatches.assign(rows, words.isEmpty() ? 1 : 0);
        for (const qsizetype row : hits)
            m_textMatches[size_t(row)] = 1;
        m_textHits = std::move(hits);
    }

    const QDate today = Clock::current().today();
    std::array<std::vector<int>, kStageCount> shown;
    for (size_t i = 0; i < shown.size(); ++i)
        shown[i].reserve(size_t(m_columnModels[i]->rowCount()));
    // Summed in the same pass, while each deal is still in the cache: a second pass over
    // 100,000 scattered rows cost as much as the filter itself.
    startSummaries();
    for (const int row : m_model->rowsInOrder()) {
        if (!m_textMatches[size_t(row)])
            continue;
        const Deal &deal = m_model->deal(row);
        if (filter.accepts(deal, today)) {
            shown[size_t(stageIndex(deal.stage))].push_back(row);
            const ConvertedDeal &converted = m_model->converted(row);
            m_totalsBuilder->add(deal, converted);
            m_forecastBuilder->add(deal, converted);
        }
    }
    for (size_t i = 0; i < shown.size(); ++i)
        m_columnModels[i]->setSourceRows(std::move(shown[i]));
    showSummaries(kAllStages);
    updateActions();
}

bool PipelinePage::passesFilter(int row) const
{
    if (size_t(row) >= m_textMatches.size() || !m_textMatches[size_t(row)])
        return false;
    return m_filterBar->filter().accepts(m_model->deal(row), Clock::current().today());
}

void PipelinePage::startSummaries()
{
    const BookSettings &settings = m_model->settings();
    m_totalsBuilder.emplace(settings.stages, settings.currency, settings.ratesMicro);
    const QDate today = Clock::current().today();
    const QDate firstMonth(today.year(), today.month(), 1);
    m_forecastBuilder.emplace(settings.stages, settings.currency, settings.ratesMicro, firstMonth,
                              kForecastMonths);
    m_summariesInvalid = false;
    m_totals.currency = settings.currency;
}

void PipelinePage::updateSummaries()
{
    startSummaries();
    for (const StageColumnModel *column : m_columnModels) {
        for (const int row : column->sourceRows()) {
            const Deal &deal = m_model->deal(row);
            const ConvertedDeal &converted = m_model->converted(row);
            m_totalsBuilder->add(deal, converted);
            m_forecastBuilder->add(deal, converted);
        }
    }
    showSummaries(kAllStages);
}

void PipelinePage::showSummaries(std::span<const Stage> stages)
{
    const BookSettings &settings = m_model->settings();
    for (const Stage stage : stages) {
        StageTotals &totals = m_totals.stages[size_t(stageIndex(stage))];
        totals = m_totalsBuilder->result(stage);
        m_columns[size_t(stageIndex(stage))]->setTotals(totals, settings.currency);
    }
    m_forecast = m_forecastBuilder->result();

    QList<ForecastChart::Bar> bars;
    for (const MonthForecast &month : std::as_const(m_forecast.months))
        bars << ForecastChart::Bar{month.month, month.overflow ? 0 : month.weighted.minor()};
    m_chart->setBars(bars, m_forecast.currency);

    QStringList notes;
    if (m_forecast.earlierCount > 0)
        notes << tr("%n overdue", nullptr, m_forecast.earlierCount);
    if (m_forecast.laterCount > 0)
        notes << tr("%n later", nullptr, m_forecast.laterCount);
    if (m_forecast.undatedCount > 0)
        notes << tr("%n without a close date", nullptr, m_forecast.undatedCount);
    if (!m_forecast.missingRate.isEmpty())
        notes << tr("%n in other currencies without a rate (%1)", nullptr,
                    m_forecast.missingRate.count)
                     .arg(m_forecast.missingRate.currencies.join(QStringLiteral(", ")));
    const QString summary = tr("Weighted value of open deals by expected close month, in %1")
                                .arg(m_forecast.currency);
    m_forecastNote->setText(notes.isEmpty()
                                ? summary
                                : tr("%1. Not shown: %2.").arg(summary,
                                                                 notes.join(QStringLiteral(", "))));
}

void PipelinePage::dealAboutToChange(int row)
{
    if (!m_totalsBuilder || m_summariesInvalid)
        return;
    const Deal &deal = m_model->deal(row);
    if (columnModel(deal.stage)->rowOfSource(row) < 0)
        return;
    const ConvertedDeal &converted = m_model->converted(row);
    // Both, even when the first fails: either way the sums are built again below.
    const bool totalsTaken = m_totalsBuilder->remove(deal, converted);
    const bool forecastTaken = m_forecastBuilder->remove(deal, converted);
    m_summariesInvalid = !totalsTaken || !forecastTaken;
}

void PipelinePage::dealChanged(int row, Stage oldStage)
{
    const Deal &deal = m_model->deal(row);
    StageColumnModel *from = m_columnModels[size_t(stageIndex(oldStage))];
    StageColumnModel *to = m_columnModels[size_t(stageIndex(deal.stage))];
    const bool wasSelected = [&] {
        const int shown = from->rowOfSource(row);
        QListView *view = m_columns[size_t(stageIndex(oldStage))]->view();
        return shown >= 0 && view->selectionModel()->isSelected(from->index(shown));
    }();
    if (from != to)
        from->removeSourceRow(row);
    if (passesFilter(row)) {
        const int shown = to->insertSourceRow(row);
        if (wasSelected && from != to) {
            QListView *view = m_columns[size_t(stageIndex(deal.stage))]->view();
            view->selectionModel()->select(to->index(shown), QItemSelectionModel::Select);
        }
    } else {
        to->removeSourceRow(row);
    }
    const bool shown = to->rowOfSource(row) >= 0;
    if (shown && m_totalsBuilder && !m_summariesInvalid) {
        m_totalsBuilder->add(deal, m_model->converted(row));
        m_forecastBuilder->add(deal, m_model->converted(row));
    }
    if (m_summariesInvalid || !m_totalsBuilder)
        updateSummaries();
    else
        showSummaries(std::array{oldStage, deal.stage});
    updateActions();
}

StageColumnModel *PipelinePage::columnModel(Stage stage) const
{
    return m_columnModels[size_t(stageIndex(stage))];
}

void PipelinePage::setFilterText(const QString &text)
{
    m_filterBar->setText(text);
}

void PipelinePage::setOwnerFilter(const QString &owner)
{
    m_filterBar->setOwner(owner);
}

void PipelinePage::setPeriodFilter(ClosePeriod period)
{
    m_filterBar->setPeriod(period);
}

void PipelinePage::setHideClosed(bool hide)
{
    m_filterBar->setHideClosed(hide);
}

void PipelinePage::setForecastVisible(bool visible)
{
    m_chart->setVisible(visible);
    m_forecastToggle->setChecked(visible);
    m_forecastToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

PipelineFilter PipelinePage::filter() const
{
    return m_filterBar->filter();
}

bool PipelinePage::moveDeals(const QStringList &dealIds, Stage to)
{
    StageMover mover(this, m_document, m_model);
    return mover.move(dealIds, to);
}

QStringList PipelinePage::selectedDealIds() const
{
    QStringList ids;
    const QListView *view = m_columns[size_t(stageIndex(m_activeStage))]->view();
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        ids << index.data(PipelineModel::DealIdRole).toString();
    return ids;
}

bool PipelinePage::moveSelected(int direction)
{
    const QStringList ids = selectedDealIds();
    if (ids.isEmpty())
        return false;
    const std::optional<Stage> to =
        direction < 0 ? stageLeft(m_activeStage) : stageRight(m_activeStage);
    if (!to)
        return false;
    const QString current = m_columns[size_t(stageIndex(m_activeStage))]
                                ->view()
                                ->currentIndex()
                                .data(PipelineModel::DealIdRole)
                                .toString();
    if (!moveDeals(ids, *to))
        return false;
    selectDeal(ids.contains(current) ? current : ids.first());
    return true;
}

bool PipelinePage::selectDeal(const QString &dealId)
{
    const int row = m_model->rowOf(dealId);
    if (row < 0)
        return false;
    const Stage stage = m_model->deal(row).stage;
    StageColumnModel *column = m_columnModels[size_t(stageIndex(stage))];
    const int shown = column->rowOfSource(row);
    if (shown < 0)
        return false;
    QListView *view = m_columns[size_t(stageIndex(stage))]->view();
    const QModelIndex index = column->index(shown);
    // Keep the other selected cards of a multi-card move selected with it.
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select);
    view->scrollTo(index);
    view->setFocus(Qt::OtherFocusReason);
    m_activeStage = stage;
    updateActions();
    return true;
}

void PipelinePage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool selected =
        m_columns[size_t(stageIndex(m_activeStage))]->view()->selectionModel()->hasSelection();
    m_moveLeft->setEnabled(writable && selected && stageLeft(m_activeStage).has_value());
    m_moveRight->setEnabled(writable && selected && stageRight(m_activeStage).has_value());
}

void PipelinePage::retranslate()
{
    m_title->setText(tr("Pipeline"));
    m_moveLeft->setText(tr("Move &left"));
    m_moveRight->setText(tr("Move &right"));
    m_moveLeft->setToolTip(tr("Move the selected deal one stage left (%1)")
                               .arg(m_moveLeft->shortcut().toString(QKeySequence::NativeText)));
    m_moveRight->setToolTip(tr("Move the selected deal one stage right (%1)")
                                .arg(m_moveRight->shortcut().toString(QKeySequence::NativeText)));
    m_forecastToggle->setText(tr("Forecast"));
    m_forecastToggle->setToolTip(tr("Show or hide the 12-month forecast"));
    m_filterBar->retranslate();
    for (StageColumn *column : m_columns)
        column->retranslate();
    m_placeholder->setTexts(
        tr("No deals yet"),
        tr("The pipeline shows every deal of this deal book by stage, from first contact to won "
           "or lost."),
        {tr("A board with one column per stage: Prospect, Qualified, Proposal, Negotiation, Won, "
            "Lost"),
         tr("Cards with customer, value, probability, expected close and days in stage"),
         tr("Drag and drop between stages, undoable"),
         tr("Totals and weighted value per stage, and a 12-month forecast")});
    // Money, dates and chart labels follow the language's locale.
    for (StageColumnModel *column : m_columnModels) {
        if (column->rowCount() > 0)
            emit column->dataChanged(column->index(0), column->index(column->rowCount() - 1));
    }
    if (m_model->size() > 0) {
        updateSummaries();
        // The bars did not change, so setBars kept the old language's month names.
        m_chart->relabel();
    }
}

void PipelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
