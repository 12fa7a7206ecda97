#pragma once

#include "domain/stage.h"

#include <QAbstractTableModel>

namespace Sepakat {

// The stage table as an editable grid: one row per stage, probability in percent and days until
// a deal counts as stale. Text that does not read as a number is refused as it is typed; ranges
// are checked by StageTable::validate() on save, so all problems show together.
class StageTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StageColumn, Probability, StaleDays, ColumnCount };
    Q_ENUM(Column)

    explicit StageTableModel(QObject *parent = nullptr);

    void setTable(const StageTable &table);
    const StageTable &table() const { return m_table; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void inputRefused(const QString &message);
    void edited();

private:
    StageTable m_table;
};

} // namespace Sepakat
