#include "catalog/productmodel.h"

#include "common/language.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <limits>

namespace Sepakat {

ProductModel::ProductModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProductModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

int ProductModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).id == id)
            return row;
    }
    return -1;
}

void ProductModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_products.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProductModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(product, index.column());
    case Qt::ToolTipRole:
        return index.column() == Name && !product.benefit.isEmpty() ? QVariant(product.benefit)
                                                                     : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Cost || index.column() == Margin)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!product.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        return sortValue(product, index.column());
    case IdRole:
        return product.id;
    case ActiveRole:
        return product.active;
    default:
        return {};
    }
}

QVariant ProductModel::display(const Product &product, int column) const
{
    const QLocale locale = Language::locale();
    switch (column) {
    case Sku:
        return product.sku;
    case Name:
        return product.name;
    case Unit:
        return product.unit;
    case Price:
        return product.unitPrice.format(locale);
    case Cost:
        return product.unitCost.format(locale);
    case Margin: {
        const auto margin = product.marginBasisPoints();
        return margin ? formatBasisPoints(*margin, locale) : QStringLiteral("–");
    }
    case Active:
        return product.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant ProductModel::sortValue(const Product &product, int column) const
{
    switch (column) {
    case Price:
        return product.unitPrice.minor();
    case Cost:
        return product.unitCost.minor();
    case Margin:
        return product.marginBasisPoints().value_or(std::numeric_limits<qint64>::min());
    case Active:
        return product.active;
    default:
        return display(product, column).toString().toLower();
    }
}

QVariant ProductModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Unit price");
    case Cost:
        return tr("Unit cost");
    case Margin:
        return tr("Margin");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

ProductFilterModel::ProductFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ProductModel::SortRole);
}

void ProductFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ProductFilterModel::setShowInactive(bool show)
{
    m_showInactive = show;
    invalidateFilter();
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ProductModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const Product &product = model->product(sourceRow);
    if (!m_showInactive && !product.active)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString *text : {&product.sku, &product.name, &product.unit, &product.benefit}) {
        if (text->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Sepakat
