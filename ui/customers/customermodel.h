#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Sepakat {

// The customers of a book, one row each.
class CustomerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Industry, City, Country, Contacts, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CustomerModel(QObject *parent = nullptr);

    void setCustomers(QList<Customer> customers);
    const Customer &customer(int row) const { return m_customers.at(row); }
    int rowOf(const QString &id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Customer> m_customers;
};

// Search by name, city, industry and contact names, case-insensitive.
class CustomerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace Sepakat
