#pragma once

#include "pipeline/pipelinetotals.h"
#include "pipeline/searchtext.h"
#include "storage/booksettings.h"
#include "storage/repositories.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace Sepakat {

class DealBook;

// Every deal of the book as one flat list: the single source the board's stage columns filter.
// Loaded once per book (summaries, contact names and offer badges in a fixed number of bulk
// queries); a stage move updates its row in place instead of reloading 100,000 rows.
class PipelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        CustomerRole,
        TitleRole,
        StageRole,          // int (Stage)
        ValueTextRole,      // the value in the deal's currency, in the UI locale
        ProbabilityRole,    // int, basis points (Deal::probability)
        ExpectedCloseRole,  // QDate, invalid when not set
        DaysInStageRole,    // int, or an invalid QVariant when the stage date is unknown
        OwnerRole,
        StaleRole,          // bool
        ApprovalRole,       // int (ApprovalBadge)
        BelowWalkAwayRole,  // bool
        LostReasonRole,
    };
    Q_ENUM(Role)

    enum class ApprovalBadge { None, Pending, Approved, Rejected };
    Q_ENUM(ApprovalBadge)

    static QString mimeType(); // a list of deal ids, one per line

    explicit PipelineModel(QObject *parent = nullptr);

    // Reads the whole book (nullptr empties the model). "Days in stage" and staleness count to
    // Clock::current() at this moment, so one board shows one consistent day.
    void load(DealBook *book);

    const BookSettings &settings() const { return m_settings; }
    const SearchIndex &searchIndex() const { return m_search; }
    const DealSummary &summary(int row) const { return m_rows[size_t(row)].summary; }
    const Deal &deal(int row) const { return m_rows[size_t(row)].summary.deal; }
    // The deal's value in the book currency, for totals that run on every keystroke.
    const ConvertedDeal &converted(int row) const { return m_rows[size_t(row)].converted; }
    // Position in the board's order within a column (expected close, soonest first).
    int rank(int row) const { return m_rows[size_t(row)].rank; }
    // Every row, in rank order: filtering in this order fills each column already sorted.
    const std::vector<int> &rowsInOrder() const { return m_order; }
    int rowOf(const QString &dealId) const { return m_rowById.value(dealId, -1); }
    int size() const { return int(m_rows.size()); }
    QStringList owners() const; // sorted, each once, no empty name

    // A saved change of a deal already in the model (a stage move, its undo). The row keeps its
    // place; dealChanged tells the columns to move it.
    void updateDeal(const Deal &deal);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // The data() of one row, for the column models that forward to it.
    QVariant rowData(int row, int role) const;
    static QStringList dealIdsFrom(const QMimeData *mime);

    // Held while the board saves its own change, so the page does not reload the whole book
    // for a change it applies in place.
    class OwnChange
    {
    public:
        explicit OwnChange(PipelineModel *model) : m_model(model) { ++m_model->m_ownChanges; }
        ~OwnChange() { --m_model->m_ownChanges; }
        OwnChange(const OwnChange &) = delete;
        OwnChange &operator=(const OwnChange &) = delete;

    private:
        PipelineModel *m_model;
    };
    bool isApplyingOwnChange() const { return m_ownChanges > 0; }

signals:
    // Around updateDeal(): before it, the row still holds the deal as it was.
    void dealAboutToChange(int row);
    void dealChanged(int row, Sepakat::Stage oldStage);

private:
    struct Row
    {
        DealSummary summary;
        ConvertedDeal converted;
        int rank = 0;
        bool stale = false;
        ApprovalBadge approval = ApprovalBadge::None;
        bool belowWalkAway = false;
    };

    void assignRanks();

    std::vector<Row> m_rows;
    std::vector<int> m_order;
    QHash<QString, int> m_rowById;
    SearchIndex m_search;
    BookSettings m_settings;
    QDateTime m_now;
    int m_ownChanges = 0;
};

} // namespace Sepakat
