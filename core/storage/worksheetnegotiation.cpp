#include "storage/repositories.h"

#include "storage/dealbook.h"
#include "storage/rowvalues.h"

// Plans, tradeables, concessions and value cases of WorksheetRepository; needs, offers and
// approvals are in worksheetrepository.cpp.

namespace Sepakat {

using namespace Rows;

namespace {

// A plan stores one currency for all its amounts: the first amount that is set names it.
QString planCurrency(const Plan &plan)
{
    for (const Money *m : {&plan.target, &plan.opening, &plan.walkAway, &plan.ourBatnaValue,
                           &plan.theirBatnaEstimate, &plan.theirWalkAwayEstimate}) {
        if (m->isValid())
            return m->currency();
    }
    return {};
}

bool planHasOneCurrency(const Plan &plan, const QString &currency)
{
    for (const Money *m : {&plan.target, &plan.opening, &plan.walkAway, &plan.ourBatnaValue,
                           &plan.theirBatnaEstimate, &plan.theirWalkAwayEstimate}) {
        if (m->isValid() && m->currency() != currency)
            return false;
    }
    return true;
}

Tradeable tradeableFrom(const QSqlQuery &query)
{
    Tradeable t;
    t.id = query.value(0).toString();
    t.dealId = query.value(1).toString();
    t.kind = tradeableKindFromKey(query.value(2).toString());
    t.give = query.value(3).toString();
    t.costToUs = moneyFrom(query.value(5), query.value(4).toString());
    t.valueToThem = query.value(6).toInt();
    t.askInReturn = query.value(7).toString();
    t.status = tradeableStatusFromKey(query.value(8).toString());
    return t;
}

Concession concessionFrom(const QSqlQuery &query)
{
    Concession c;
    c.id = query.value(0).toString();
    c.dealId = query.value(1).toString();
    c.round = query.value(2).toInt();
    c.party = partyFromKey(query.value(3).toString());
    c.change = query.value(4).toString();
    c.priceDelta = moneyFrom(query.value(6), query.value(5).toString());
    c.tradeableId = query.value(7).toString();
    c.at = timeFrom(query.value(8));
    return c;
}

// Time items carry an hourly rate, money items an amount; the other column is zero and reads
// back as "not set", so what was saved is what is loaded.
SavingsItem savingsItemFrom(const QSqlQuery &query, const QString &currency)
{
    SavingsItem item;
    item.id = query.value(0).toString();
    item.needId = query.value(1).toString();
    item.description = query.value(2).toString();
    item.kind = savingsKindFromKey(query.value(3).toString());
    item.hoursPerMonthMilli = query.value(4).toLongLong();
    const qint64 rate = query.value(5).toLongLong();
    if (item.kind == SavingsKind::Time || rate != 0)
        item.hourlyRate = Money(rate, currency);
    item.realizationBasisPoints = query.value(6).toLongLong();
    const qint64 amount = query.value(7).toLongLong();
    if (item.kind == SavingsKind::Money || amount != 0)
        item.amountPerMonth = Money(amount, currency);
    item.startMonth = query.value(8).toInt();
    item.rampMonths = query.value(9).toInt();
    return item;
}

} // namespace

std::optional<Plan> WorksheetRepository::plan(const QString &dealId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral(
        "SELECT deal_id, currency, target, opening, walk_away, our_batna, our_batna_value,"
        " their_batna_estimate, their_walk_away_estimate, style, agenda, internal_notes"
        " FROM plans WHERE deal_id = ?"));
    std::optional<Plan> found;
    if (run(query, {dealId}) && query.next()) {
        Plan p;
        p.dealId = query.value(0).toString();
        const QString currency = query.value(1).toString();
        p.target = moneyFrom(query.value(2), currency);
        p.opening = moneyFrom(query.value(3), currency);
        p.walkAway = moneyFrom(query.value(4), currency);
        p.ourBatna = query.value(5).toString();
        p.ourBatnaValue = moneyFrom(query.value(6), currency);
        p.theirBatnaEstimate = moneyFrom(query.value(7), currency);
        p.theirWalkAwayEstimate = moneyFrom(query.value(8), currency);
        p.style = negotiationStyleFromKey(query.value(9).toString());
        p.agenda = query.value(10).toString();
        p.internalNotes = query.value(11).toString();
        found = p;
    }
    query.finish();
    if (!found)
        return found;

    QSqlQuery &objections = m_book.statement(QStringLiteral(
        "SELECT id, objection, response FROM objections WHERE deal_id = ? ORDER BY position, id"));
    if (run(objections, {dealId})) {
        while (objections.next())
            found->objections << Objection{objections.value(0).toString(),
                                           objections.value(1).toString(),
                                           objections.value(2).toString()};
    }
    objections.finish();
    return found;
}

Status WorksheetRepository::savePlan(const Plan &input)
{
    Plan plan = input;
    for (Objection &o : plan.objections)
        o.id = ensureId(o.id);
    if (const FieldErrors errors = plan.validate(); !errors.isEmpty())
        return invalid(errors);
    const QString currency = planCurrency(plan);
    if (!planHasOneCurrency(plan, currency))
        return refused(tr("All amounts of a plan must be in the same currency."),
                       QStringLiteral("target"));

    return m_book.transact([&]() -> Status {
        if (!dealExists(m_book, plan.dealId))
            return noSuchDeal();
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO plans (deal_id, currency, target, opening, walk_away, our_batna,"
            " our_batna_value, their_batna_estimate, their_walk_away_estimate, style, agenda,"
            " internal_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (deal_id) DO UPDATE SET currency = excluded.currency,"
            " target = excluded.target, opening = excluded.opening,"
            " walk_away = excluded.walk_away, our_batna = excluded.our_batna,"
            " our_batna_value = excluded.our_batna_value,"
            " their_batna_estimate = excluded.their_batna_estimate,"
            " their_walk_away_estimate = excluded.their_walk_away_estimate,"
            " style = excluded.style, agenda = excluded.agenda,"
            " internal_notes = excluded.internal_notes"));
        if (!run(upsert, {plan.dealId, currency, moneyValue(plan.target), moneyValue(plan.opening),
                          moneyValue(plan.walkAway), plan.ourBatna, moneyValue(plan.ourBatnaValue),
                          moneyValue(plan.theirBatnaEstimate),
                          moneyValue(plan.theirWalkAwayEstimate), negotiationStyleKey(plan.style),
                          plan.agenda, plan.internalNotes}))
            return m_book.sqlError(tr("Saving the plan"), upsert);

        QSqlQuery &clear = m_book.statement(
            QStringLiteral("DELETE FROM objections WHERE deal_id = ?"));
        if (!run(clear, {plan.dealId}))
            return m_book.sqlError(tr("Saving the objections"), clear);
        QSqlQuery &insert = m_book.statement(QStringLiteral(
            "INSERT INTO objections (id, deal_id, position, objection, response)"
            " VALUES (?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < plan.objections.size(); ++i) {
            const Objection &o = plan.objections.at(i);
            if (!run(insert, {o.id, plan.dealId, qint64(i), o.objection, o.response}))
                return m_book.sqlError(tr("Saving the objections"), insert);
        }
        // The detail stays free of amounts: the history may be shown to more eyes than the plan.
        return audit(m_book, QStringLiteral("plan"), plan.dealId, plan.dealId,
                     QStringLiteral("plan-saved"), QString());
    });
}

QList<Tradeable> WorksheetRepository::tradeables(const QString &dealId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral(
        "SELECT id, deal_id, kind, give, cost_currency, cost, value_to_them, ask_in_return,"
        " status FROM tradeables WHERE deal_id = ? ORDER BY rowid"));
    QList<Tradeable> result;
    if (run(query, {dealId})) {
        while (query.next())
            result << tradeableFrom(query);
    }
    query.finish();
    return result;
}

Status WorksheetRepository::saveTradeable(const Tradeable &input)
{
    Tradeable t = input;
    t.id = ensureId(t.id);
    if (const FieldErrors errors = t.validate(); !errors.isEmpty())
        return invalid(errors);

    return m_book.transact([&]() -> Status {
        if (!dealExists(m_book, t.dealId))
            return noSuchDeal();
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO tradeables (id, deal_id, kind, give, cost_currency, cost, value_to_them,"
            " ask_in_return, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET deal_id = excluded.deal_id, kind = excluded.kind,"
            " give = excluded.give, cost_currency = excluded.cost_currency,"
            " cost = excluded.cost, value_to_them = excluded.value_to_them,"
            " ask_in_return = excluded.ask_in_return, status = excluded.status"));
        if (!run(upsert, {t.id, t.dealId, tradeableKindKey(t.kind), t.give, t.costToUs.currency(),
                          t.costToUs.minor(), qint64(t.valueToThem), t.askInReturn,
                          tradeableStatusKey(t.status)}))
            return m_book.sqlError(tr("Saving the tradeable"), upsert);
        return audit(m_book, QStringLiteral("tradeable"), t.id, t.dealId,
                     QStringLiteral("tradeable-saved"), t.give);
    });
}

Status WorksheetRepository::removeTradeable(const QString &id)
{
    return m_book.transact([&]() -> Status {
        QSqlQuery &find = m_book.statement(
            QStringLiteral("SELECT deal_id, give FROM tradeables WHERE id = ?"));
        QString dealId;
        QString give;
        if (run(find, {id}) && find.next()) {
            dealId = find.value(0).toString();
            give = find.value(1).toString();
        }
        find.finish();
        if (dealId.isEmpty())
            return refused(tr("This tradeable no longer exists."));
        QSqlQuery &remove = m_book.statement(QStringLiteral("DELETE FROM tradeables WHERE id = ?"));
        if (!run(remove, {id}))
            return m_book.sqlError(tr("Removing the tradeable"), remove);
        return audit(m_book, QStringLiteral("tradeable"), id, dealId,
                     QStringLiteral("tradeable-removed"), give);
    });
}

QList<Concession> WorksheetRepository::concessions(const QString &dealId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral(
        "SELECT id, deal_id, round, party, change, currency, price_delta, tradeable_id, at"
        " FROM concessions WHERE deal_id = ? ORDER BY round, at, rowid"));
    QList<Concession> result;
    if (run(query, {dealId})) {
        while (query.next())
            result << concessionFrom(query);
    }
    query.finish();
    return result;
}

Status WorksheetRepository::addConcession(const Concession &input)
{
    Concession c = input;
    c.id = ensureId(c.id);
    if (!c.at.isValid())
        c.at = now();
    if (const FieldErrors errors = c.validate(); !errors.isEmpty())
        return invalid(errors);

    return m_book.transact([&]() -> Status {
        if (!dealExists(m_book, c.dealId))
            return noSuchDeal();
        QSqlQuery &insert = m_book.statement(QStringLiteral(
            "INSERT INTO concessions (id, deal_id, round, party, change, currency, price_delta,"
            " tradeable_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!run(insert, {c.id, c.dealId, qint64(c.round), partyKey(c.party), c.change,
                          c.priceDelta.currency(), c.priceDelta.minor(), idValue(c.tradeableId),
                          timeText(c.at)}))
            return m_book.sqlError(tr("Recording the concession"), insert);
        return audit(m_book, QStringLiteral("concession"), c.id, c.dealId,
                     QStringLiteral("concession-added"),
                     QStringLiteral("%1 %2: %3").arg(c.round).arg(partyKey(c.party), c.change));
    });
}

// Only for taking back a concession logged by mistake (the undo of logging it): the log
// itself stays append-only for the user, and the audit keeps a record of both moves.
Status WorksheetRepository::removeConcession(const QString &id)
{
    return m_book.transact([&]() -> Status {
        QSqlQuery &find = m_book.statement(
            QStringLiteral("SELECT deal_id, change FROM concessions WHERE id = ?"));
        QString dealId;
        QString change;
        if (run(find, {id}) && find.next()) {
            dealId = find.value(0).toString();
            change = find.value(1).toString();
        }
        find.finish();
        if (dealId.isEmpty())
            return refused(tr("This concession no longer exists."));
        QSqlQuery &remove =
            m_book.statement(QStringLiteral("DELETE FROM concessions WHERE id = ?"));
        if (!run(remove, {id}))
            return m_book.sqlError(tr("Removing the concession"), remove);
        return audit(m_book, QStringLiteral("concession"), id, dealId,
                     QStringLiteral("concession-removed"), change);
    });
}

std::optional<ValueCaseInputs> WorksheetRepository::valueCase(const QString &dealId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral(
        "SELECT deal_id, currency, horizon_months, annual_discount_rate_bp, upfront_override,"
        " monthly_cost, factor_conservative_bp, factor_expected_bp, factor_optimistic_bp"
        " FROM value_cases WHERE deal_id = ?"));
    std::optional<ValueCaseInputs> found;
    if (run(query, {dealId}) && query.next()) {
        ValueCaseInputs v;
        v.dealId = query.value(0).toString();
        v.currency = query.value(1).toString();
        v.horizonMonths = query.value(2).toInt();
        v.annualDiscountRateBasisPoints = query.value(3).toLongLong();
        if (const QVariant upfront = query.value(4); !upfront.isNull())
            v.upfrontOverride = Money(upfront.toLongLong(), v.currency);
        v.monthlyCost = Money(query.value(5).toLongLong(), v.currency);
        v.scenarios = {query.value(6).toLongLong(), query.value(7).toLongLong(),
                       query.value(8).toLongLong()};
        found = v;
    }
    query.finish();
    if (!found)
        return found;

    QSqlQuery &items = m_book.statement(QStringLiteral(
        "SELECT id, need_id, description, kind, hours_per_month_milli, hourly_rate,"
        " realization_bp, amount_per_month, start_month, ramp_months FROM savings_items"
        " WHERE deal_id = ? ORDER BY position, id"));
    if (run(items, {dealId})) {
        while (items.next())
            found->items << savingsItemFrom(items, found->currency);
    }
    items.finish();
    return found;
}

Status WorksheetRepository::saveValueCase(const ValueCaseInputs &input)
{
    ValueCaseInputs v = input;
    for (SavingsItem &item : v.items)
        item.id = ensureId(item.id);
    if (const FieldErrors errors = v.validate(); !errors.isEmpty())
        return invalid(errors);

    return m_book.transact([&]() -> Status {
        if (!dealExists(m_book, v.dealId))
            return noSuchDeal();
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO value_cases (deal_id, currency, horizon_months, annual_discount_rate_bp,"
            " upfront_override, monthly_cost, factor_conservative_bp, factor_expected_bp,"
            " factor_optimistic_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (deal_id) DO UPDATE SET currency = excluded.currency,"
            " horizon_months = excluded.horizon_months,"
            " annual_discount_rate_bp = excluded.annual_discount_rate_bp,"
            " upfront_override = excluded.upfront_override,"
            " monthly_cost = excluded.monthly_cost,"
            " factor_conservative_bp = excluded.factor_conservative_bp,"
            " factor_expected_bp = excluded.factor_expected_bp,"
            " factor_optimistic_bp = excluded.factor_optimistic_bp"));
        const QVariant upfront = v.upfrontOverride ? moneyValue(*v.upfrontOverride) : nullInteger();
        if (!run(upsert, {v.dealId, v.currency, qint64(v.horizonMonths),
                          v.annualDiscountRateBasisPoints, upfront, v.monthlyCost.minor(),
                          v.scenarios.conservative, v.scenarios.expected,
                          v.scenarios.optimistic}))
            return m_book.sqlError(tr("Saving the value case"), upsert);

        QSqlQuery &clear = m_book.statement(
            QStringLiteral("DELETE FROM savings_items WHERE deal_id = ?"));
        if (!run(clear, {v.dealId}))
            return m_book.sqlError(tr("Saving the savings items"), clear);
        QSqlQuery &insert = m_book.statement(QStringLiteral(
            "INSERT INTO savings_items (id, deal_id, position, need_id, description, kind,"
            " hours_per_month_milli, hourly_rate, realization_bp, amount_per_month, start_month,"
            " ramp_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < v.items.size(); ++i) {
            const SavingsItem &s = v.items.at(i);
            if (!run(insert, {s.id, v.dealId, qint64(i), idValue(s.needId), s.description,
                              savingsKindKey(s.kind), s.hoursPerMonthMilli, s.hourlyRate.minor(),
                              s.realizationBasisPoints, s.amountPerMonth.minor(),
                              qint64(s.startMonth), qint64(s.rampMonths)}))
                return m_book.sqlError(tr("Saving the savings items"), insert);
        }
        return audit(m_book, QStringLiteral("value-case"), v.dealId, v.dealId,
                     QStringLiteral("value-case-saved"),
                     QCoreApplication::translate("Sepakat::Storage", "%n savings item(s)", nullptr,
                                                 int(v.items.size())));
    });
}

Status WorksheetRepository::removeValueCase(const QString &dealId)
{
    return m_book.transact([&]() -> Status {
        // The savings items go with it (ON DELETE CASCADE).
        QSqlQuery &remove =
            m_book.statement(QStringLiteral("DELETE FROM value_cases WHERE deal_id = ?"));
        if (!run(remove, {dealId}))
            return m_book.sqlError(tr("Removing the value case"), remove);
        if (remove.numRowsAffected() == 0)
            return Status::success();
        return audit(m_book, QStringLiteral("value-case"), dealId, dealId,
                     QStringLiteral("value-case-removed"), QString());
    });
}

} // namespace Sepakat
