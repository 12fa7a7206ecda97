#include "customers/contactsmodel.h"

#include "util/uuid.h"

namespace Sepakat {

ContactsModel::ContactsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContactsModel::setContacts(QList<Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactsModel::addContact()
{
    const int row = static_cast<int>(m_contacts.size());
    beginInsertRows({}, row, row);
    Contact contact;
    contact.id = newId();
    m_contacts.append(contact);
    endInsertRows();
    return row;
}

void ContactsModel::removeContact(int row)
{
    if (row < 0 || row >= m_contacts.size())
        return;
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    endRemoveRows();
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString *ContactsModel::field(Contact &contact, int column) const
{
    switch (column) {
    case Name:
        return &contact.name;
    case Role:
        return &contact.role;
    case Email:
        return &contact.email;
    case Phone:
        return &contact.phone;
    default:
        return nullptr;
    }
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    Contact contact = m_contacts.at(index.row());
    const QString *value = field(contact, index.column());
    return value ? QVariant(*value) : QVariant();
}

bool ContactsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString *target = field(m_contacts[index.row()], index.column());
    if (!target)
        return false;
    const QString text = value.toString().trimmed();
    if (*target == text)
        return true;
    *target = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ContactsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role in the decision");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace Sepakat
