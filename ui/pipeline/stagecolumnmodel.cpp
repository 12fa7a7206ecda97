#include "pipeline/stagecolumnmodel.h"

#include "pipeline/pipelinemodel.h"

#include <QMimeData>

#include <algorithm>

namespace Sepakat {

StageColumnModel::StageColumnModel(PipelineModel *source, Stage stage, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_stage(stage)
{
    connect(m_source, &QAbstractItemModel::dataChanged, this,
            &StageColumnModel::sourceDataChanged);
    connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

void StageColumnModel::setSourceRows(std::vector<int> rows)
{
    // Most keystrokes leave some columns as they were: a reset would still relayout and
    // repaint them, and lose their scroll position and selection.
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::vector<int>::const_iterator StageColumnModel::positionFor(int sourceRow) const
{
    const int rank = m_source->rank(sourceRow);
    return std::lower_bound(m_rows.cbegin(), m_rows.cend(), rank,
                            [this](int row, int r) { return m_source->rank(row) < r; });
}

int StageColumnModel::rowOfSource(int sourceRow) const
{
    const auto it = positionFor(sourceRow);
    return it != m_rows.cend() && *it == sourceRow ? int(it - m_rows.cbegin()) : -1;
}

int StageColumnModel::insertSourceRow(int sourceRow)
{
    const auto it = positionFor(sourceRow);
    const int row = int(it - m_rows.cbegin());
    if (it != m_rows.cend() && *it == sourceRow)
        return row;
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, sourceRow);
    endInsertRows();
    return row;
}

void StageColumnModel::removeSourceRow(int sourceRow)
{
    const int row = rowOfSource(sourceRow);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void StageColumnModel::sourceDataChanged(const QModelIndex &topLeft,
                                         const QModelIndex &bottomRight)
{
    // The source changes one deal at a time (a move or its undo), so a lookup per row is cheap.
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        if (const int row = rowOfSource(r); row >= 0)
            emit dataChanged(index(row), index(row));
    }
}

int StageColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->rowData(m_rows[size_t(index.row())], role);
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList StageColumnModel::mimeTypes() const
{
    return {PipelineModel::mimeType()};
}

QMimeData *StageColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList sourceIndexes;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            sourceIndexes << m_source->index(m_rows[size_t(index.row())]);
    }
    return m_source->mimeData(sourceIndexes);
}

bool StageColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return action == Qt::MoveAction && !PipelineModel::dealIdsFrom(data).isEmpty();
}

bool StageColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit dropRequested(PipelineModel::dealIdsFrom(data), m_stage);
    return false;
}

} // namespace Sepakat
