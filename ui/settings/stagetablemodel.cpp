#include "settings/stagetablemodel.h"

#include "common/language.h"
#include "domain/money.h"

#include <algorithm>
#include <limits>

namespace Sepakat {

StageTableModel::StageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StageTableModel::setTable(const StageTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void StageTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kStageCount;
}

int StageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage stage = kAllStages[static_cast<size_t>(index.row())];
    const StageSetting &setting = m_table.setting(stage);
    const QLocale locale = Language::locale();
    if (role == Qt::TextAlignmentRole)
        return index.column() == StageColumn
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case StageColumn:
        return stageName(stage);
    case Probability:
        return role == Qt::EditRole ? formatBasisPoints(setting.probabilityBasisPoints, locale)
                                          .remove(u'%')
                                          .trimmed()
                                    : formatBasisPoints(setting.probabilityBasisPoints, locale);
    case StaleDays:
        if (role == Qt::DisplayRole && setting.staleDays == 0)
            return tr("never");
        return locale.toString(setting.staleDays);
    default:
        return {};
    }
}

bool StageTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Stage stage = kAllStages[static_cast<size_t>(index.row())];
    StageSetting setting = m_table.setting(stage);
    const QString text = value.toString().trimmed();
    const QLocale locale = Language::locale();
    if (index.column() == Probability) {
        const auto parsed = parseBasisPoints(text, locale);
        if (!parsed) {
            emit inputRefused(tr("%1: %2").arg(stageName(stage), parsed.errorMessage()));
            return false;
        }
        setting.probabilityBasisPoints = static_cast<int>(
            std::clamp<qint64>(*parsed, std::numeric_limits<int>::min(),
                               std::numeric_limits<int>::max()));
    } else if (index.column() == StaleDays) {
        bool ok = false;
        const int days = text.isEmpty() ? 0 : locale.toInt(text, &ok);
        if (!text.isEmpty() && !ok) {
            emit inputRefused(
                tr("%1: days until stale must be a whole number of days.").arg(stageName(stage)));
            return false;
        }
        setting.staleDays = days;
    } else {
        return false;
    }
    m_table.setSetting(stage, setting);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags StageTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == StageColumn ? base : base | Qt::ItemIsEditable;
}

QVariant StageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case Probability:
        return tr("Probability");
    case StaleDays:
        return tr("Days until stale");
    default:
        return {};
    }
}

} // namespace Sepakat
