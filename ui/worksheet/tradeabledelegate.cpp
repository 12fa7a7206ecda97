#include "worksheet/tradeabledelegate.h"

#include "domain/concession.h"
#include "worksheet/tradeablesmodel.h"

#include <QComboBox>

namespace Sepakat {

namespace {

constexpr TradeableKind kKinds[] = {
    TradeableKind::Price,    TradeableKind::PaymentTerms, TradeableKind::Support,
    TradeableKind::Delivery, TradeableKind::Training,     TradeableKind::Warranty,
    TradeableKind::Quality,  TradeableKind::Other};
constexpr TradeableStatus kStatuses[] = {TradeableStatus::Planned, TradeableStatus::Offered,
                                         TradeableStatus::Traded, TradeableStatus::Withdrawn};

bool isChoice(const QModelIndex &index)
{
    return index.column() == TradeablesModel::Kind || index.column() == TradeablesModel::Status;
}

} // namespace

QWidget *TradeableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (!isChoice(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(index.column() == TradeablesModel::Kind ? QStringLiteral("kindEditor")
                                                                  : QStringLiteral("statusEditor"));
    if (index.column() == TradeablesModel::Kind) {
        for (const TradeableKind kind : kKinds)
            combo->addItem(tradeableKindName(kind), static_cast<int>(kind));
    } else {
        for (const TradeableStatus status : kStatuses)
            combo->addItem(tradeableStatusName(status), static_cast<int>(status));
    }
    // A choice is committed as soon as it is made, like any other cell when Enter is pressed.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<TradeableDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void TradeableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && isChoice(index)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TradeableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && isChoice(index)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Sepakat
