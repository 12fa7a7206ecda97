#pragma once

class QAbstractItemView;
class QModelIndex;
class QSortFilterProxyModel;

namespace Sepakat {

// Row selection on a view that shows a source model through a filter: list pages keep their
// own models in source rows, whatever the user's search hides.

// The source row of the first selected row, or -1.
int selectedSourceRow(const QAbstractItemView *view, const QSortFilterProxyModel *filter);
// Selects and reveals the row of sourceIndex when the filter shows it.
void selectSourceIndex(QAbstractItemView *view, const QSortFilterProxyModel *filter,
                       const QModelIndex &sourceIndex);

} // namespace Sepakat
