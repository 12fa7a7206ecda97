#pragma once

#include "domain/concession.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Sepakat {

class BookDocument;

// A deal's give-get table. An edit in a cell does not change the row here: setData() saves it
// as one undoable command, and the page shows the book's new state. A tradeable given with
// nothing asked in return is flagged in its row.
class TradeablesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Give, CostToUs, ValueToThem, AskInReturn, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, FlaggedRole };

    explicit TradeablesModel(QObject *parent = nullptr);

    // currency: the deal's, which costs are typed in.
    void setDocument(BookDocument *document, const QString &currency);
    // Rows are updated in place while the ids stay the same, so an open editor survives a save.
    void setTradeables(QList<Tradeable> tradeables);
    void setEditable(bool editable);
    const Tradeable &tradeable(int row) const { return m_tradeables.at(row); }
    int rowOf(const QString &id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit was refused; field is the key of Tradeable::validate(), message names it.
    void editRefused(const QString &field, const QString &message);
    void editSaved();

private:
    QVariant display(const Tradeable &t, int column) const;
    QVariant editValue(const Tradeable &t, int column) const;
    // Reads the cell's new text or choice into after; false (and a message) when it cannot.
    bool read(Tradeable &after, int column, const QVariant &value);

    QPointer<BookDocument> m_document;
    QString m_currency;
    QList<Tradeable> m_tradeables;
    bool m_editable = false;
};

} // namespace Sepakat
