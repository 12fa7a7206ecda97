#pragma once

#include "domain/stage.h"
#include "pipeline/pipelinefilter.h"
#include "pipeline/pipelinetotals.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>
#include <span>

class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace Sepakat {

class BookDocument;
class ForecastChart;
class PipelineFilterBar;
class PipelineModel;
class Placeholder;
class StageColumn;
class StageColumnModel;

// The pipeline board: one column per stage with painted cards, header totals in the book's
// currency, a filter bar that drives columns, totals and the forecast strip, and stage moves by
// drag and drop or the keyboard (undoable, saved at once). The book is read once; a move updates
// one row in place.
class PipelinePage final : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePage(QWidget *parent = nullptr);
    void setDocument(BookDocument *document);

    // The filter, as the filter bar sets it (for tests, benchmarks and the screenshot command).
    void setFilterText(const QString &text);
    void setOwnerFilter(const QString &owner); // empty: everyone
    void setPeriodFilter(ClosePeriod period);
    void setHideClosed(bool hide);
    void setForecastVisible(bool visible);
    PipelineFilter filter() const;

    // Moves deals as a drop would: asks what the move needs, refuses what the stage table
    // forbids. True when the deals moved.
    bool moveDeals(const QStringList &dealIds, Stage to);
    // The keyboard move of the selected cards one stage left (-1) or right (+1).
    bool moveSelected(int direction);
    QStringList selectedDealIds() const;
    // Selects the deal's card (when the filter shows it) and gives its column the focus.
    bool selectDeal(const QString &dealId);

    PipelineModel *model() const { return m_model; }
    StageColumnModel *columnModel(Stage stage) const;
    // Of the deals the filter shows, in the book's currency.
    const PipelineTotals &totals() const { return m_totals; }
    const Forecast &forecast() const { return m_forecast; }
    QAction *moveLeftAction() const { return m_moveLeft; }
    QAction *moveRightAction() const { return m_moveRight; }

signals:
    void openDealRequested(const QString &dealId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildBoard();
    void reload();
    void bookChanged();
    void applyFilter();
    // Empty sums for the shown deals to be added to; updateSummaries adds the columns' deals.
    void startSummaries();
    void updateSummaries();
    // Puts the builders' figures into the headers of these stages, the forecast and its note.
    void showSummaries(std::span<const Stage> stages);
    void dealAboutToChange(int row);
    void dealChanged(int row, Stage oldStage);
    bool passesFilter(int row) const;
    void updateActions();
    void retranslate();

    QPointer<BookDocument> m_document;
    PipelineModel *m_model;
    std::array<StageColumnModel *, kStageCount> m_columnModels{};
    std::array<StageColumn *, kStageCount> m_columns{};
    Stage m_activeStage = Stage::Prospect;
    bool m_reloadPending = false;

    QLabel *m_title;
    QToolButton *m_moveLeftButton;
    QToolButton *m_moveRightButton;
    PipelineFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    Placeholder *m_placeholder;
    QScrollArea *m_boardScroll;
    QToolButton *m_forecastToggle;
    QLabel *m_forecastNote;
    ForecastChart *m_chart;
    QAction *m_moveLeft;
    QAction *m_moveRight;

    PipelineTotals m_totals;
    Forecast m_forecast;
    // The sums behind m_totals and m_forecast, kept so a moved deal is taken out and put back
    // alone; m_summariesInvalid when that could not be done (an overflowed sum).
    std::optional<PipelineTotalsBuilder> m_totalsBuilder;
    std::optional<ForecastBuilder> m_forecastBuilder;
    bool m_summariesInvalid = false;
    // The filter's text matches, as a mark per model row, kept for moves between keystrokes.
    std::vector<char> m_textMatches;
    std::vector<qsizetype> m_textHits; // the same rows, ascending, when there are words
    QStringList m_textWords;
};

} // namespace Sepakat
