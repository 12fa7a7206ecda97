#include "common/tableselection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace Sepakat {

int selectedSourceRow(const QAbstractItemView *view, const QSortFilterProxyModel *filter)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return filter->mapToSource(rows.first()).row();
}

void selectSourceIndex(QAbstractItemView *view, const QSortFilterProxyModel *filter,
                       const QModelIndex &sourceIndex)
{
    const QModelIndex index = filter->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace Sepakat
