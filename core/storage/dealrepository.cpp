#include "storage/repositories.h"

#include "storage/dealbook.h"
#include "storage/rowvalues.h"

#include <QHash>

namespace Sepakat {

using namespace Rows;

namespace {

// Qualified with "d." so the same list serves the summary JOIN.
const QString kDealColumns = QStringLiteral(
    "d.id, d.customer_id, d.title, d.stage, d.stage_changed_at, d.probability_override_bp,"
    " d.currency, d.value, d.expected_close, d.owner, d.lost_reason, d.proposal_language,"
    " d.q_budget, d.q_authority, d.q_need, d.q_timing, d.q_budget_note, d.q_authority_note,"
    " d.q_need_note, d.q_timing_note, d.created_at");

Deal dealFrom(const QSqlQuery &query)
{
    Deal deal;
    deal.id = query.value(0).toString();
    deal.customerId = query.value(1).toString();
    deal.title = query.value(2).toString();
    deal.stage = stageFromKey(query.value(3).toString()).value_or(Stage::Prospect);
    deal.stageChangedAt = timeFrom(query.value(4));
    if (const QVariant p = query.value(5); !p.isNull())
        deal.probabilityOverride = p.toInt();
    deal.value = Money(query.value(7).toLongLong(), query.value(6).toString());
    deal.expectedClose = dateFrom(query.value(8));
    deal.owner = query.value(9).toString();
    deal.lostReason = query.value(10).toString();
    deal.proposalLanguage = query.value(11).toString();
    deal.qualification.budget = query.value(12).toInt();
    deal.qualification.authority = query.value(13).toInt();
    deal.qualification.need = query.value(14).toInt();
    deal.qualification.timing = query.value(15).toInt();
    deal.qualification.budgetNote = query.value(16).toString();
    deal.qualification.authorityNote = query.value(17).toString();
    deal.qualification.needNote = query.value(18).toString();
    deal.qualification.timingNote = query.value(19).toString();
    deal.createdAt = timeFrom(query.value(20));
    return deal;
}

} // namespace

QList<DealSummary> DealRepository::summaries() const
{
    // Customer names come from one query of their own and a hash: measured on 100,000 deals,
    // that is cheaper than a JOIN, which looks every customer up again per deal.
    QHash<QString, QString> names;
    QSqlQuery &customers = m_book.statement(QStringLiteral("SELECT id, name FROM customers"));
    if (run(customers, {})) {
        while (customers.next())
            names.insert(customers.value(0).toString(), customers.value(1).toString());
    }
    customers.finish();

    QList<DealSummary> result;
    if (const qint64 expected = count(); expected > 0)
        result.reserve(expected);
    // Storage order (the order deals were made in); lists and boards sort for themselves.
    QSqlQuery &query = m_book.statement(QStringLiteral("SELECT ") + kDealColumns
                                        + QStringLiteral(" FROM deals d"));
    if (run(query, {})) {
        while (query.next()) {
            Deal deal = dealFrom(query);
            QString name = names.value(deal.customerId);
            result.append(DealSummary{std::move(deal), std::move(name)});
        }
    }
    query.finish();
    return result;
}

QList<DealKey> DealRepository::keys() const
{
    QList<DealKey> result;
    QSqlQuery &query =
        m_book.statement(QStringLiteral("SELECT id, customer_id, title FROM deals"));
    if (run(query, {})) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString()});
    }
    query.finish();
    return result;
}

std::optional<Deal> DealRepository::find(const QString &id) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral("SELECT ") + kDealColumns
                                        + QStringLiteral(" FROM deals d WHERE d.id = ?"));
    std::optional<Deal> found;
    if (run(query, {id}) && query.next())
        found = dealFrom(query);
    query.finish();
    return found;
}

Status DealRepository::save(const Deal &input)
{
    Deal deal = input;
    deal.id = ensureId(deal.id);
    if (const FieldErrors errors = deal.validate(); !errors.isEmpty())
        return invalid(errors);

    return m_book.transact([&]() -> Status {
        if (scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"),
                   {deal.customerId})
            <= 0)
            return refused(tr("The deal's customer does not exist in this deal book."),
                           QStringLiteral("customerId"));

        const std::optional<Deal> stored = find(deal.id);
        const QDateTime time = now();
        const bool stageMoved = stored && stored->stage != deal.stage;
        // A move stamps the time, unless the caller brings its own: undo restores the old one.
        if (stageMoved && (!deal.stageChangedAt.isValid()
                           || deal.stageChangedAt == stored->stageChangedAt))
            deal.stageChangedAt = time;
        else if (!deal.stageChangedAt.isValid())
            deal.stageChangedAt = stored ? stored->stageChangedAt : time;
        if (!deal.createdAt.isValid())
            deal.createdAt = stored ? stored->createdAt : time;

        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO deals (id, customer_id, title, stage, stage_changed_at,"
            " probability_override_bp, currency, value, expected_close, owner, lost_reason,"
            " proposal_language, q_budget, q_authority, q_need, q_timing, q_budget_note,"
            " q_authority_note, q_need_note, q_timing_note, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id,"
            " title = excluded.title, stage = excluded.stage,"
            " stage_changed_at = excluded.stage_changed_at,"
            " probability_override_bp = excluded.probability_override_bp,"
            " currency = excluded.currency, value = excluded.value,"
            " expected_close = excluded.expected_close, owner = excluded.owner,"
            " lost_reason = excluded.lost_reason, proposal_language = excluded.proposal_language,"
            " q_budget = excluded.q_budget, q_authority = excluded.q_authority,"
            " q_need = excluded.q_need, q_timing = excluded.q_timing,"
            " q_budget_note = excluded.q_budget_note, q_authority_note = excluded.q_authority_note,"
            " q_need_note = excluded.q_need_note, q_timing_note = excluded.q_timing_note,"
            " created_at = excluded.created_at"));
        const Qualification &q = deal.qualification;
        if (!run(upsert,
                 {deal.id, deal.customerId, deal.title, stageKey(deal.stage),
                  timeText(deal.stageChangedAt), optionalInt(deal.probabilityOverride),
                  deal.currency(), deal.value.minor(), dateValue(deal.expectedClose), deal.owner,
                  deal.lostReason, deal.proposalLanguage, qint64(q.budget), qint64(q.authority),
                  qint64(q.need), qint64(q.timing), q.budgetNote, q.authorityNote, q.needNote,
                  q.timingNote, timeText(deal.createdAt)}))
            return m_book.sqlError(tr("Saving the deal"), upsert);

        const QString entity = QStringLiteral("deal");
        if (stageMoved)
            return audit(m_book, entity, deal.id, deal.id, QStringLiteral("deal-stage-moved"),
                         QStringLiteral("%1 → %2").arg(stageKey(stored->stage), stageKey(deal.stage)));
        return audit(m_book, entity, deal.id, deal.id,
                     stored ? QStringLiteral("deal-saved") : QStringLiteral("deal-created"),
                     deal.title);
    });
}

Status DealRepository::remove(const QString &id)
{
    return m_book.transact([&]() -> Status {
        const std::optional<Deal> deal = find(id);
        if (!deal)
            return refused(tr("This deal no longer exists."));
        // The worksheet goes with it: needs, offers, plan and the rest cascade.
        QSqlQuery &remove = m_book.statement(QStringLiteral("DELETE FROM deals WHERE id = ?"));
        if (!run(remove, {id}))
            return m_book.sqlError(tr("Removing the deal"), remove);
        return audit(m_book, QStringLiteral("deal"), id, id, QStringLiteral("deal-removed"),
                     deal->title);
    });
}

qint64 DealRepository::count() const
{
    return scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM deals"));
}

} // namespace Sepakat
