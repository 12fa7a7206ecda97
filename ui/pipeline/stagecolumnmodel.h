#pragma once

#include "domain/stage.h"

#include <QAbstractListModel>

#include <vector>

namespace Sepakat {

class PipelineModel;

// One board column: the rows of the PipelineModel in one stage that pass the filter, in the
// board's order. A plain list of source rows rather than a QSortFilterProxyModel: the board
// filters all six columns in one pass over the deals, which a proxy per column (six passes with
// a virtual call per row) cannot match at 100,000 deals. Drops become dropRequested; moving the
// deal is the page's business.
class StageColumnModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    StageColumnModel(PipelineModel *source, Stage stage, QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    PipelineModel *source() const { return m_source; }

    // The rows to show, already in the board's order (PipelineModel::rank ascending).
    void setSourceRows(std::vector<int> rows);
    const std::vector<int> &sourceRows() const { return m_rows; }
    int sourceRow(int row) const { return m_rows[size_t(row)]; }
    int rowOfSource(int sourceRow) const; // -1 when not shown
    // Keeps the order; returns the row the source row got.
    int insertSourceRow(int sourceRow);
    void removeSourceRow(int sourceRow);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Emits dropRequested and returns false: nothing is inserted here, the page moves the deals
    // and the column follows the model.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void dropRequested(const QStringList &dealIds, Sepakat::Stage stage);

private:
    std::vector<int>::const_iterator positionFor(int sourceRow) const;
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    PipelineModel *m_source;
    Stage m_stage;
    std::vector<int> m_rows;
};

} // namespace Sepakat
