#include "customers/customermodel.h"

namespace Sepakat {

CustomerModel::CustomerModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomerModel::setCustomers(QList<Customer> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

int CustomerModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).id == id)
            return row;
    }
    return -1;
}

void CustomerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &customer = m_customers.at(index.row());
    if (role == IdRole)
        return customer.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return customer.name;
    case Industry:
        return customer.industry;
    case City:
        return customer.city;
    case Country:
        return customer.country;
    case Contacts: {
        QStringList names;
        for (const Contact &contact : customer.contacts)
            names << contact.name;
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant CustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Customer");
    case Industry:
        return tr("Industry");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Contacts:
        return tr("Contacts");
    default:
        return {};
    }
}

CustomerFilterModel::CustomerFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CustomerFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool CustomerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const CustomerModel *>(sourceModel());
    if (!model || sourceParent.isValid() || m_search.isEmpty())
        return true;
    const Customer &customer = model->customer(sourceRow);
    for (const QString *text : {&customer.name, &customer.city, &customer.industry}) {
        if (text->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return std::any_of(customer.contacts.cbegin(), customer.contacts.cend(),
                       [this](const Contact &contact) {
                           return contact.name.contains(m_search, Qt::CaseInsensitive);
                       });
}

} // namespace Sepakat
