#pragma once

#include "domain/product.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace Sepakat {

// The catalog as a table. Money and margins display in the UI language; SortRole gives the raw
// values so columns sort by amount, not by text.
class ProductModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Unit, Price, Cost, Margin, Active, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ActiveRole };

    explicit ProductModel(QObject *parent = nullptr);

    void setProducts(QList<Product> products);
    const Product &product(int row) const { return m_products.at(row); }
    int rowOf(const QString &id) const;
    // The language changed: headers and formatted numbers read differently now.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Product &product, int column) const;
    QVariant sortValue(const Product &product, int column) const;

    QList<Product> m_products;
};

// Search over SKU, name, unit and benefit, case-insensitive; hides inactive products on request.
class ProductFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProductFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setShowInactive(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_showInactive = true;
};

} // namespace Sepakat
