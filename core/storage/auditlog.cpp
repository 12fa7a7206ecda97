#include "storage/repositories.h"

#include "storage/dealbook.h"
#include "storage/rowvalues.h"

namespace Sepakat {

using namespace Rows;

namespace {

const QString kColumns = QStringLiteral("sequence, at, who, entity, entity_id, deal_id, action, detail");

AuditEvent eventFrom(const QSqlQuery &query)
{
    AuditEvent event;
    event.sequence = query.value(0).toLongLong();
    event.at = timeFrom(query.value(1));
    event.who = query.value(2).toString();
    event.entity = query.value(3).toString();
    event.entityId = query.value(4).toString();
    event.dealId = query.value(5).toString();
    event.action = query.value(6).toString();
    event.detail = query.value(7).toString();
    return event;
}

QList<AuditEvent> readEvents(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    QList<AuditEvent> events;
    if (run(query, values)) {
        while (query.next())
            events << eventFrom(query);
    }
    query.finish();
    return events;
}

} // namespace

Status AuditLog::append(AuditEvent event)
{
    if (event.entity.isEmpty() || event.action.isEmpty())
        return refused(tr("An audit event needs an entity and an action."));
    if (!event.at.isValid())
        event.at = now();
    if (event.who.isEmpty())
        event.who = m_book.userName();
    return m_book.transact([&]() -> Status {
        QSqlQuery &query = m_book.statement(QStringLiteral(
            "INSERT INTO audit_events (at, who, entity, entity_id, deal_id, action, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!run(query, {timeText(event.at), event.who, event.entity, event.entityId,
                         event.dealId, event.action, event.detail}))
            return m_book.sqlError(tr("Recording the change in the history"), query);
        return Status::success();
    });
}

QList<AuditEvent> AuditLog::forDeal(const QString &dealId) const
{
    return readEvents(m_book.statement(QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM audit_events WHERE deal_id = ?"
                                                        " ORDER BY sequence DESC")),
                      {dealId});
}

QList<AuditEvent> AuditLog::recent(int limit) const
{
    return readEvents(m_book.statement(QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM audit_events"
                                                        " ORDER BY sequence DESC LIMIT ?")),
                      {qint64(qMax(limit, 0))});
}

qint64 AuditLog::count() const
{
    return scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
}

} // namespace Sepakat
