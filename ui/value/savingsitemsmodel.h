#pragma once

#include "domain/need.h"
#include "domain/valuecase.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sepakat {

// A value case's savings items as a table. Edits do not change the model: setData() checks the
// new item and asks for the new list with changeRequested; the page saves it as a command and
// the model shows what the book then holds. A time item's money column and a money item's time
// columns are not applicable and cannot be edited.
class SavingsItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NeedColumn, Description, Kind, HoursPerMonth, HourlyRate, Realization,
                  AmountPerMonth, StartMonth, RampMonths, MoneyPerMonth, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit SavingsItemsModel(QObject *parent = nullptr);

    void setItems(const QList<SavingsItem> &items, const QString &currency);
    void setNeeds(const QList<Need> &needs);
    const QList<SavingsItem> &items() const { return m_items; }
    const QList<Need> &needs() const { return m_needs; }
    const QString &currency() const { return m_currency; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The items with the text typed into a cell applied, without asking for a save: what the
    // page previews while the user types. False (and a message) when the text does not read.
    bool edited(const QModelIndex &index, const QVariant &value, QList<SavingsItem> *after,
                QString *field, QString *message) const;

signals:
    void changeRequested(const QList<Sepakat::SavingsItem> &after, const QString &mergeKey);
    // An edit was refused: the field's key (SavingsItem::validate) and a message naming it.
    void refused(const QString &field, const QString &message);

private:
    bool applies(const SavingsItem &item, int column) const;
    QString needText(const QString &needId) const;

    QList<SavingsItem> m_items;
    QList<Need> m_needs;
    QString m_currency;
};

// The money an item brings in a month at full speed, scenario 1.0 (display only: rounded once).
Money fullSpeedMoney(const SavingsItem &item, const QString &currency);

} // namespace Sepakat
