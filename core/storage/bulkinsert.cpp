#include "storage/bulkinsert.h"

#include "storage/dealbook.h"
#include "storage/rowvalues.h"

namespace Sepakat {

using namespace Rows;

BulkInsert::BulkInsert(DealBook &book) : m_book(book), m_now(timeText(now()))
{
    // The indexes of 100,000 new rows outgrow SQLite's default 2 MB page cache, which would
    // then write pages out and read them back in mid-transaction: 64 MB while the import runs.
    QSqlQuery cache(m_book.database());
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next())
        m_cacheSize = cache.value(0).toLongLong();
    cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

BulkInsert::~BulkInsert()
{
    if (m_cacheSize != 0)
        QSqlQuery(m_book.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

Status BulkInsert::customer(const Customer &c)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO customers (id, name, industry, size, address, city, country, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(insert, {c.id, c.name, c.industry, companySizeKey(c.size), c.address, c.city,
                      c.country, c.notes}))
        return m_book.sqlError(tr("Adding a customer"), insert);
    QSqlQuery &contact = m_book.statement(QStringLiteral(
        "INSERT INTO contacts (id, customer_id, position, name, role, email, phone)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        const Contact &k = c.contacts.at(i);
        if (!run(contact, {ensureId(k.id), c.id, qint64(i), k.name, k.role, k.email, k.phone}))
            return m_book.sqlError(tr("Adding a contact"), contact);
    }
    return Status::success();
}

Status BulkInsert::product(const Product &p)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO products (id, sku, name, unit, currency, unit_price, unit_cost, benefit,"
        " active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(insert, {p.id, p.sku, p.name, p.unit, p.unitPrice.currency(), p.unitPrice.minor(),
                      p.unitCost.minor(), p.benefit, qint64(p.active ? 1 : 0)}))
        return m_book.sqlError(tr("Adding a product"), insert);
    return Status::success();
}

Status BulkInsert::deal(const Deal &d)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO deals (id, customer_id, title, stage, stage_changed_at,"
        " probability_override_bp, currency, value, expected_close, owner, lost_reason,"
        " proposal_language, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant stamp = m_now;
    if (!run(insert, {d.id, d.customerId, d.title, stageKey(d.stage),
                      d.stageChangedAt.isValid() ? QVariant(timeText(d.stageChangedAt)) : stamp,
                      optionalInt(d.probabilityOverride), d.currency(), d.value.minor(),
                      dateValue(d.expectedClose), d.owner, d.lostReason, d.proposalLanguage,
                      d.createdAt.isValid() ? QVariant(timeText(d.createdAt)) : stamp}))
        return m_book.sqlError(tr("Adding a deal"), insert);
    return Status::success();
}

} // namespace Sepakat
