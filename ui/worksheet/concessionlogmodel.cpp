#include "worksheet/concessionlogmodel.h"

#include "common/language.h"

#include <QApplication>
#include <QStyle>

namespace Sepakat {

ConcessionLogModel::ConcessionLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConcessionLogModel::setLog(QList<Concession> log, QHash<QString, QString> tradeableNames,
                                QSet<QString> unanswered)
{
    beginResetModel();
    m_log = std::move(log);
    m_tradeableNames = std::move(tradeableNames);
    m_unanswered = std::move(unanswered);
    endResetModel();
}

void ConcessionLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_log.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConcessionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_log.size());
}

int ConcessionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcessionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Concession &c = m_log.at(index.row());
    const bool flagged = m_unanswered.contains(c.id);
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Round || index.column() == PriceChange)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (flagged && index.column() == Change)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (flagged && index.column() == Change)
            return tr("The customer gave nothing in this round.");
        if (index.column() == Change)
            return c.change;
        return {};
    case IdRole:
        return c.id;
    case FlaggedRole:
        return flagged;
    case PriceDeltaMinorRole:
        return c.priceDelta.isValid() ? QVariant(c.priceDelta.minor()) : QVariant();
    default:
        return {};
    }
}

QVariant ConcessionLogModel::display(const Concession &c, int column) const
{
    switch (column) {
    case Round:
        return c.round;
    case Party:
        return partyName(c.party);
    case Change:
        return c.change;
    case PriceChange:
        return c.priceDelta.isValid() ? c.priceDelta.format(Language::locale()) : QString();
    case Tradeable:
        return m_tradeableNames.value(c.tradeableId);
    default:
        return {};
    }
}

QVariant ConcessionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Round:
        return tr("Round");
    case Party:
        return tr("Party");
    case Change:
        return tr("Change");
    case PriceChange:
        return tr("Price change");
    case Tradeable:
        return tr("Tradeable");
    default:
        return {};
    }
}

} // namespace Sepakat
