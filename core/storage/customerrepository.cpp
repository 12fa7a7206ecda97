#include "storage/repositories.h"

#include "storage/dealbook.h"
#include "storage/rowvalues.h"

#include <QHash>

#include <algorithm>

namespace Sepakat {

using namespace Rows;

namespace {

const QString kSelectCustomers = QStringLiteral(
    "SELECT id, name, industry, size, address, city, country, notes FROM customers");

Customer customerFrom(const QSqlQuery &query)
{
    Customer customer;
    customer.id = query.value(0).toString();
    customer.name = query.value(1).toString();
    customer.industry = query.value(2).toString();
    customer.size = companySizeFromKey(query.value(3).toString());
    customer.address = query.value(4).toString();
    customer.city = query.value(5).toString();
    customer.country = query.value(6).toString();
    customer.notes = query.value(7).toString();
    return customer;
}

// Column 0 is the customer id; the contact follows from column 1.
Contact contactFrom(const QSqlQuery &query)
{
    Contact contact;
    contact.id = query.value(1).toString();
    contact.name = query.value(2).toString();
    contact.role = query.value(3).toString();
    contact.email = query.value(4).toString();
    contact.phone = query.value(5).toString();
    return contact;
}

const QString kSelectContacts = QStringLiteral(
    "SELECT customer_id, id, name, role, email, phone FROM contacts");

QList<Contact> contactsOf(DealBook &book, const QString &customerId)
{
    QSqlQuery &query = book.statement(
        kSelectContacts + QStringLiteral(" WHERE customer_id = ? ORDER BY position, id"));
    QList<Contact> contacts;
    if (run(query, {customerId})) {
        while (query.next())
            contacts << contactFrom(query);
    }
    query.finish();
    return contacts;
}

std::optional<Customer> findWhere(DealBook &book, const QString &where, const QVariant &value)
{
    QSqlQuery &query = book.statement(kSelectCustomers + QStringLiteral(" WHERE ") + where);
    std::optional<Customer> found;
    if (run(query, {value}) && query.next())
        found = customerFrom(query);
    query.finish();
    if (found)
        found->contacts = contactsOf(book, found->id);
    return found;
}

} // namespace

QList<Customer> CustomerRepository::all() const
{
    QList<Customer> customers;
    QHash<QString, qsizetype> indexById;
    QSqlQuery &query = m_book.statement(kSelectCustomers
                                        + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    if (run(query, {})) {
        while (query.next()) {
            customers << customerFrom(query);
            indexById.insert(customers.last().id, customers.size() - 1);
        }
    }
    query.finish();

    // One query for every contact instead of one per customer. Read in storage order and put
    // in position order per customer here: a handful each, cheaper than SQLite sorting them all.
    QList<QList<std::pair<int, Contact>>> contactsOf(customers.size());
    QSqlQuery &contacts = m_book.statement(
        QStringLiteral("SELECT customer_id, id, name, role, email, phone, position FROM contacts"));
    if (run(contacts, {})) {
        while (contacts.next()) {
            const auto it = indexById.constFind(contacts.value(0).toString());
            if (it != indexById.constEnd())
                contactsOf[*it].append({contacts.value(6).toInt(), contactFrom(contacts)});
        }
    }
    contacts.finish();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        auto &list = contactsOf[i];
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        customers[i].contacts.reserve(list.size());
        for (auto &entry : list)
            customers[i].contacts.append(std::move(entry.second));
    }
    return customers;
}

std::optional<Customer> CustomerRepository::find(const QString &id) const
{
    return findWhere(m_book, QStringLiteral("id = ?"), id);
}

std::optional<Customer> CustomerRepository::findByName(const QString &name) const
{
    // SQLite's NOCASE folds only ASCII; names such as "Universitas Padjadjaran" or "Café Bogotá"
    // need Unicode folding, so the comparison is Qt's.
    const QString wanted = name.trimmed();
    QSqlQuery &query = m_book.statement(QStringLiteral("SELECT id, name FROM customers"));
    QString foundId;
    if (run(query, {})) {
        while (query.next()) {
            if (query.value(1).toString().trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
                foundId = query.value(0).toString();
                break;
            }
        }
    }
    query.finish();
    if (foundId.isEmpty())
        return std::nullopt;
    return find(foundId);
}

Status CustomerRepository::save(const Customer &input)
{
    Customer customer = input;
    customer.id = ensureId(customer.id);
    for (Contact &contact : customer.contacts)
        contact.id = ensureId(contact.id);
    if (const FieldErrors errors = customer.validate(); !errors.isEmpty())
        return invalid(errors);

    return m_book.transact([&]() -> Status {
        const bool exists = scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"),
                                   {customer.id})
                            > 0;
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO customers (id, name, industry, size, address, city, country, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, industry = excluded.industry,"
            " size = excluded.size, address = excluded.address, city = excluded.city,"
            " country = excluded.country, notes = excluded.notes"));
        if (!run(upsert, {customer.id, customer.name, customer.industry,
                          companySizeKey(customer.size), customer.address, customer.city,
                          customer.country, customer.notes}))
            return m_book.sqlError(tr("Saving the customer"), upsert);

        QSqlQuery &clear = m_book.statement(
            QStringLiteral("DELETE FROM contacts WHERE customer_id = ?"));
        if (!run(clear, {customer.id}))
            return m_book.sqlError(tr("Saving the customer's contacts"), clear);
        QSqlQuery &insert = m_book.statement(QStringLiteral(
            "INSERT INTO contacts (id, customer_id, position, name, role, email, phone)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < customer.contacts.size(); ++i) {
            const Contact &c = customer.contacts.at(i);
            if (!run(insert, {c.id, customer.id, qint64(i), c.name, c.role, c.email, c.phone}))
                return m_book.sqlError(tr("Saving the customer's contacts"), insert);
        }
        return audit(m_book, QStringLiteral("customer"), customer.id, {},
                     exists ? QStringLiteral("customer-saved") : QStringLiteral("customer-created"),
                     customer.name);
    });
}

Status CustomerRepository::remove(const QString &id)
{
    return m_book.transact([&]() -> Status {
        const std::optional<Customer> customer = find(id);
        if (!customer)
            return refused(tr("This customer no longer exists."));
        const qint64 deals = scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM deals WHERE customer_id = ?"), {id});
        if (deals > 0)
            return refused(QCoreApplication::translate(
                               "Sepakat::Storage",
                               "%1 cannot be removed while %n deal(s) refer to it. Remove those "
                               "deals or move them to another customer first.",
                               nullptr, int(deals))
                               .arg(customer->name));
        QSqlQuery &remove = m_book.statement(QStringLiteral("DELETE FROM customers WHERE id = ?"));
        if (!run(remove, {id}))
            return m_book.sqlError(tr("Removing the customer"), remove);
        return audit(m_book, QStringLiteral("customer"), id, {},
                     QStringLiteral("customer-removed"), customer->name);
    });
}

qint64 CustomerRepository::count() const
{
    return scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM customers"));
}

} // namespace Sepakat
