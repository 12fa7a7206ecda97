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

Status BulkInsert::addingDeals(qint64 count, const std::function<Status()> &addDeals)
{
    const qint64 existing = scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM deals"));
    if (existing < 0 || count < qMax<qint64>(existing, 1000))
        return addDeals();
    // The indexes the schema declares, by name and by the statement that made them (the
    // primary key's own index has no statement and stays).
    QSqlQuery indexes(m_book.database());
    indexes.setForwardOnly(true);
    if (!indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                     " AND tbl_name = 'deals' AND sql IS NOT NULL")))
        return m_book.sqlError(tr("Preparing to add deals"), indexes);
    QList<std::pair<QString, QString>> dropped;
    while (indexes.next())
        dropped.append({indexes.value(0).toString(), indexes.value(1).toString()});
    indexes.finish();
    QSqlQuery ddl(m_book.database());
    for (const auto &[name, create] : dropped) {
        // The name comes from the schema itself; quoted as an identifier all the same.
        const QString quoted = u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
        if (!ddl.exec(QStringLiteral("DROP INDEX ") + quoted))
            return m_book.sqlError(tr("Preparing to add deals"), ddl);
    }
    if (Status added = addDeals(); !added)
        return added;
    for (const auto &[name, create] : dropped) {
        if (!ddl.exec(create))
            return m_book.sqlError(tr("Indexing the new deals"), ddl);
    }
    return Status::success();
}

Status BulkInsert::customer(const Customer &c)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO customers (id, name, industry, size, address, city, country, notes)"
        " VALUES (:id, :name, :industry, :size, :address, :city, :country, :notes)"));
    if (!runNamed(insert, {{QStringLiteral(":id"), c.id},
                           {QStringLiteral(":name"), c.name},
                           {QStringLiteral(":industry"), c.industry},
                           {QStringLiteral(":size"), companySizeKey(c.size)},
                           {QStringLiteral(":address"), c.address},
                           {QStringLiteral(":city"), c.city},
                           {QStringLiteral(":country"), c.country},
                           {QStringLiteral(":notes"), c.notes}}))
        return m_book.sqlError(tr("Adding a customer"), insert);
    QSqlQuery &contact = m_book.statement(QStringLiteral(
        "INSERT INTO contacts (id, customer_id, position, name, role, email, phone)"
        " VALUES (:id, :customer_id, :position, :name, :role, :email, :phone)"));
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        const Contact &k = c.contacts.at(i);
        if (!runNamed(contact, {{QStringLiteral(":id"), ensureId(k.id)},
                                {QStringLiteral(":customer_id"), c.id},
                                {QStringLiteral(":position"), qint64(i)},
                                {QStringLiteral(":name"), k.name},
                                {QStringLiteral(":role"), k.role},
                                {QStringLiteral(":email"), k.email},
                                {QStringLiteral(":phone"), k.phone}}))
            return m_book.sqlError(tr("Adding a contact"), contact);
    }
    return Status::success();
}

Status BulkInsert::product(const Product &p)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO products (id, sku, name, unit, currency, unit_price, unit_cost, benefit,"
        " active) VALUES (:id, :sku, :name, :unit, :currency, :unit_price, :unit_cost, :benefit,"
        " :active)"));
    if (!runNamed(insert, {{QStringLiteral(":id"), p.id},
                           {QStringLiteral(":sku"), p.sku},
                           {QStringLiteral(":name"), p.name},
                           {QStringLiteral(":unit"), p.unit},
                           {QStringLiteral(":currency"), p.unitPrice.currency()},
                           {QStringLiteral(":unit_price"), p.unitPrice.minor()},
                           {QStringLiteral(":unit_cost"), p.unitCost.minor()},
                           {QStringLiteral(":benefit"), p.benefit},
                           {QStringLiteral(":active"), qint64(p.active ? 1 : 0)}}))
        return m_book.sqlError(tr("Adding a product"), insert);
    return Status::success();
}

Status BulkInsert::deal(const Deal &d)
{
    // Looked up once: finding a statement by its text hashes the whole text, for every deal.
    if (!m_dealInsert)
        m_dealInsert = &m_book.statement(QStringLiteral(
            "INSERT INTO deals (id, customer_id, title, stage, stage_changed_at,"
            " probability_override_bp, currency, value, expected_close, owner, lost_reason,"
            " proposal_language, created_at)"
            " VALUES (:id, :customer_id, :title, :stage, :stage_changed_at,"
            " :probability_override_bp, :currency, :value, :expected_close, :owner, :lost_reason,"
            " :proposal_language, :created_at)"));
    QSqlQuery &insert = *m_dealInsert;
    const QVariant stamp = m_now;
    if (!runNamed(insert,
                  {{QStringLiteral(":id"), d.id},
                   {QStringLiteral(":customer_id"), d.customerId},
                   {QStringLiteral(":title"), d.title},
                   {QStringLiteral(":stage"), stageKey(d.stage)},
                   {QStringLiteral(":stage_changed_at"),
                    d.stageChangedAt.isValid() ? QVariant(timeText(d.stageChangedAt)) : stamp},
                   {QStringLiteral(":probability_override_bp"), optionalInt(d.probabilityOverride)},
                   {QStringLiteral(":currency"), d.currency()},
                   {QStringLiteral(":value"), d.value.minor()},
                   {QStringLiteral(":expected_close"), dateValue(d.expectedClose)},
                   {QStringLiteral(":owner"), d.owner},
                   {QStringLiteral(":lost_reason"), d.lostReason},
                   {QStringLiteral(":proposal_language"), d.proposalLanguage},
                   {QStringLiteral(":created_at"),
                    d.createdAt.isValid() ? QVariant(timeText(d.createdAt)) : stamp}}))
        return m_book.sqlError(tr("Adding a deal"), insert);
    return Status::success();
}

} // namespace Sepakat
