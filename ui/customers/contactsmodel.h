#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>

namespace Sepakat {

// A customer's contacts, edited in place inside the customer dialog (saved with the customer).
class ContactsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Email, Phone, ColumnCount };
    Q_ENUM(Column)

    explicit ContactsModel(QObject *parent = nullptr);

    void setContacts(QList<Contact> contacts);
    QList<Contact> contacts() const { return m_contacts; }
    // Appends an empty contact with a fresh id; returns its row.
    int addContact();
    void removeContact(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString *field(Contact &contact, int column) const;

    QList<Contact> m_contacts;
};

} // namespace Sepakat
