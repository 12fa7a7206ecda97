#include "storage/repositories.h"

#include "negotiation/contenthash.h"
#include "storage/dealbook.h"
#include "storage/rowvalues.h"

#include <QHash>
#include <QSet>

// Needs, offers and approvals. Plans, tradeables, concessions and value cases are in
// worksheetnegotiation.cpp.

namespace Sepakat {

using namespace Rows;

namespace {

Need needFrom(const QSqlQuery &query)
{
    Need need;
    need.id = query.value(0).toString();
    need.dealId = query.value(1).toString();
    need.position = query.value(2).toInt();
    need.description = query.value(3).toString();
    need.priority = priorityFromKey(query.value(4).toString());
    need.urgency = query.value(5).toInt();
    need.painHoursMilli = query.value(6).toLongLong();
    need.painMoney = moneyFrom(query.value(8), query.value(7).toString());
    need.benefit = query.value(9).toString();
    need.productId = query.value(10).toString();
    return need;
}

const QString kOfferColumns = QStringLiteral(
    "id, deal_id, version, status, currency, document_discount_bp, tax_bp, payment_days,"
    " delivery_days, support_level, warranty_months, contract_months, offer_date, valid_until,"
    " customer_note, created_at");

Offer offerFrom(const QSqlQuery &query)
{
    Offer offer;
    offer.id = query.value(0).toString();
    offer.dealId = query.value(1).toString();
    offer.version = query.value(2).toInt();
    offer.status = offerStatusFromKey(query.value(3).toString());
    offer.currency = query.value(4).toString();
    offer.documentDiscountBasisPoints = query.value(5).toLongLong();
    offer.taxBasisPoints = query.value(6).toLongLong();
    offer.terms.paymentDays = query.value(7).toInt();
    offer.terms.deliveryDays = query.value(8).toInt();
    offer.terms.support = supportLevelFromKey(query.value(9).toString());
    offer.terms.warrantyMonths = query.value(10).toInt();
    offer.terms.contractMonths = query.value(11).toInt();
    offer.offerDate = dateFrom(query.value(12));
    offer.validUntil = dateFrom(query.value(13));
    offer.customerNote = query.value(14).toString();
    offer.createdAt = timeFrom(query.value(15));
    return offer;
}

// Column 0 is the offer id; the offer's currency is given, lines carry none of their own.
OfferLine lineFrom(const QSqlQuery &query, const QString &currency)
{
    OfferLine line;
    line.id = query.value(1).toString();
    line.productId = query.value(2).toString();
    line.description = query.value(3).toString();
    line.quantityMilli = query.value(4).toLongLong();
    line.unitPrice = Money(query.value(5).toLongLong(), currency);
    line.unitCost = Money(query.value(6).toLongLong(), currency);
    line.discountBasisPoints = query.value(7).toLongLong();
    return line;
}

const QString kLineColumns = QStringLiteral(
    "l.offer_id, l.id, l.product_id, l.description, l.quantity_milli, l.unit_price, l.unit_cost,"
    " l.discount_bp");

void attachLines(QList<Offer> &offers, QSqlQuery &query, std::initializer_list<QVariant> values)
{
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < offers.size(); ++i)
        indexById.insert(offers.at(i).id, i);
    if (run(query, values)) {
        while (query.next()) {
            const auto it = indexById.constFind(query.value(0).toString());
            if (it != indexById.constEnd())
                offers[*it].lines << lineFrom(query, offers.at(*it).currency);
        }
    }
    query.finish();
}

Approval approvalFrom(const QSqlQuery &query)
{
    Approval approval;
    approval.id = query.value(0).toString();
    approval.offerId = query.value(1).toString();
    approval.offerVersion = query.value(2).toInt();
    approval.reasons = query.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
    approval.status = approvalStatusFromKey(query.value(4).toString());
    approval.submitNote = query.value(5).toString();
    approval.reviewer = query.value(6).toString();
    approval.comment = query.value(7).toString();
    approval.requestedAt = timeFrom(query.value(8));
    approval.decidedAt = timeFrom(query.value(9));
    approval.contentHash = query.value(10).toString();
    return approval;
}

bool isDraft(OfferStatus status)
{
    return status == OfferStatus::Draft || status == OfferStatus::NeedsApproval;
}

QString approvalAction(ApprovalStatus status, bool exists)
{
    switch (status) {
    case ApprovalStatus::Pending:
        return exists ? QStringLiteral("approval-saved") : QStringLiteral("approval-requested");
    case ApprovalStatus::Approved:
    case ApprovalStatus::Rejected:
        return QStringLiteral("approval-decided");
    case ApprovalStatus::Voided:
        return QStringLiteral("approval-voided");
    }
    return QStringLiteral("approval-saved");
}

// In the language of the moment, like every audit detail: the history is read as written.
QString approvalDetail(const Approval &approval)
{
    const QString comment = approval.comment.trimmed();
    switch (approval.status) {
    case ApprovalStatus::Pending: {
        QString detail = QCoreApplication::translate("Sepakat::Storage", "Round %1: %2")
                             .arg(approval.offerVersion)
                             .arg(approval.reasons.join(QStringLiteral("; ")));
        if (!approval.submitNote.trimmed().isEmpty())
            detail += QCoreApplication::translate("Sepakat::Storage", " — note: “%1”").arg(approval.submitNote.trimmed());
        return detail;
    }
    case ApprovalStatus::Approved:
        return comment.isEmpty() ? QCoreApplication::translate("Sepakat::Storage", "Round %1 approved by %2")
                                       .arg(approval.offerVersion)
                                       .arg(approval.reviewer)
                                 : QCoreApplication::translate("Sepakat::Storage", "Round %1 approved by %2: “%3”")
                                       .arg(approval.offerVersion)
                                       .arg(approval.reviewer, comment);
    case ApprovalStatus::Rejected:
        return QCoreApplication::translate("Sepakat::Storage", "Round %1 rejected by %2: “%3”")
            .arg(approval.offerVersion)
            .arg(approval.reviewer, comment);
    case ApprovalStatus::Voided:
        return QCoreApplication::translate("Sepakat::Storage", "Round %1: approval voided by change").arg(approval.offerVersion);
    }
    return {};
}

} // namespace

QList<Need> WorksheetRepository::needs(const QString &dealId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral(
        "SELECT id, deal_id, position, description, priority, urgency, pain_hours_milli,"
        " pain_currency, pain_money, benefit, product_id FROM needs WHERE deal_id = ?"
        " ORDER BY position, id"));
    QList<Need> result;
    if (run(query, {dealId})) {
        while (query.next())
            result << needFrom(query);
    }
    query.finish();
    return result;
}

Status WorksheetRepository::saveNeeds(const QString &dealId, const QList<Need> &input)
{
    // The list order is the salesperson's order: positions follow it.
    QList<Need> list = input;
    QSet<QString> keep;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Need &need = list[i];
        need.id = ensureId(need.id);
        need.dealId = dealId;
        need.position = int(i);
        keep.insert(need.id);
        if (const FieldErrors errors = need.validate(); !errors.isEmpty())
            return invalid(errors);
    }

    return m_book.transact([&]() -> Status {
        if (!dealExists(m_book, dealId))
            return noSuchDeal();
        // Needs that stay keep their ids, so savings items that point at them stay linked.
        QSqlQuery &existing = m_book.statement(
            QStringLiteral("SELECT id FROM needs WHERE deal_id = ?"));
        QStringList gone;
        if (!run(existing, {dealId}))
            return m_book.sqlError(tr("Reading the deal's needs"), existing);
        while (existing.next()) {
            if (!keep.contains(existing.value(0).toString()))
                gone << existing.value(0).toString();
        }
        existing.finish();
        QSqlQuery &remove = m_book.statement(
            QStringLiteral("DELETE FROM needs WHERE id = ? AND deal_id = ?"));
        for (const QString &id : std::as_const(gone)) {
            if (!run(remove, {id, dealId}))
                return m_book.sqlError(tr("Removing a need"), remove);
        }
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO needs (id, deal_id, position, description, priority, urgency,"
            " pain_hours_milli, pain_currency, pain_money, benefit, product_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET deal_id = excluded.deal_id,"
            " position = excluded.position, description = excluded.description,"
            " priority = excluded.priority, urgency = excluded.urgency,"
            " pain_hours_milli = excluded.pain_hours_milli,"
            " pain_currency = excluded.pain_currency, pain_money = excluded.pain_money,"
            " benefit = excluded.benefit, product_id = excluded.product_id"));
        for (const Need &n : std::as_const(list)) {
            if (!run(upsert, {n.id, dealId, qint64(n.position), n.description,
                              priorityKey(n.priority), qint64(n.urgency), n.painHoursMilli,
                              n.painMoney.currency(), n.painMoney.minor(), n.benefit,
                              idValue(n.productId)}))
                return m_book.sqlError(tr("Saving a need"), upsert);
        }
        return audit(m_book, QStringLiteral("need"), {}, dealId, QStringLiteral("needs-saved"),
                     QCoreApplication::translate("Sepakat::Storage", "%n need(s)", nullptr,
                                                 int(list.size())));
    });
}

QList<Offer> WorksheetRepository::offers(const QString &dealId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral("SELECT ") + kOfferColumns
                                        + QStringLiteral(" FROM offers WHERE deal_id = ?"
                                                         " ORDER BY version"));
    QList<Offer> result;
    if (run(query, {dealId})) {
        while (query.next())
            result << offerFrom(query);
    }
    query.finish();
    if (!result.isEmpty())
        attachLines(result,
                    m_book.statement(QStringLiteral("SELECT ") + kLineColumns
                                     + QStringLiteral(" FROM offer_lines l JOIN offers o"
                                                      " ON o.id = l.offer_id WHERE o.deal_id = ?"
                                                      " ORDER BY l.offer_id, l.position")),
                    {dealId});
    return result;
}

std::optional<Offer> WorksheetRepository::offer(const QString &offerId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral("SELECT ") + kOfferColumns
                                        + QStringLiteral(" FROM offers WHERE id = ?"));
    QList<Offer> result;
    if (run(query, {offerId}) && query.next())
        result << offerFrom(query);
    query.finish();
    if (result.isEmpty())
        return std::nullopt;
    attachLines(result,
                m_book.statement(QStringLiteral("SELECT ") + kLineColumns
                                 + QStringLiteral(" FROM offer_lines l WHERE l.offer_id = ?"
                                                  " ORDER BY l.position")),
                {offerId});
    return result.first();
}

// Only for taking back a round made by mistake (the undo of making it). Its lines and approvals
// go with it (ON DELETE CASCADE); the audit keeps a record of both moves.
Status WorksheetRepository::removeOffer(const QString &offerId)
{
    return m_book.transact([&]() -> Status {
        QSqlQuery &find =
            m_book.statement(QStringLiteral("SELECT deal_id, version FROM offers WHERE id = ?"));
        QString dealId;
        int version = 0;
        if (run(find, {offerId}) && find.next()) {
            dealId = find.value(0).toString();
            version = find.value(1).toInt();
        }
        find.finish();
        if (dealId.isEmpty())
            return refused(tr("This offer round no longer exists."));
        QSqlQuery &remove = m_book.statement(QStringLiteral("DELETE FROM offers WHERE id = ?"));
        if (!run(remove, {offerId}))
            return m_book.sqlError(tr("Removing the offer round"), remove);
        return audit(m_book, QStringLiteral("offer"), offerId, dealId,
                     QStringLiteral("offer-removed"), QStringLiteral("v%1").arg(version));
    });
}

Status WorksheetRepository::saveOffer(const Offer &input)
{
    Offer offer = input;
    offer.id = ensureId(offer.id);
    for (OfferLine &line : offer.lines)
        line.id = ensureId(line.id);
    if (!offer.createdAt.isValid())
        offer.createdAt = now();
    if (const FieldErrors errors = offer.validate(); !errors.isEmpty())
        return invalid(errors);
    for (qsizetype i = 0; i < offer.lines.size(); ++i) {
        const OfferLine &line = offer.lines.at(i);
        if (line.unitPrice.currency() != offer.currency
            || (line.unitCost.isValid() && line.unitCost.currency() != offer.currency))
            return refused(tr("Line %1 is not in the offer's currency (%2).")
                               .arg(i + 1)
                               .arg(offer.currency),
                           QStringLiteral("lines[%1].unitPrice").arg(i));
    }

    return m_book.transact([&]() -> Status {
        if (!dealExists(m_book, offer.dealId))
            return noSuchDeal();
        const qint64 clash = scalar(
            m_book,
            QStringLiteral("SELECT COUNT(*) FROM offers WHERE deal_id = ? AND version = ? AND id <> ?"),
            {offer.dealId, qint64(offer.version), offer.id});
        if (clash > 0)
            return refused(tr("This deal already has an offer version %1.").arg(offer.version),
                           QStringLiteral("version"));
        const std::optional<Offer> stored = this->offer(offer.id);
        if (stored) {
            // Status moves go through ApprovalFlow; a save only changes content, and a change of
            // content voids what was decided on the content before.
            offer.status = stored->status;
            if (offerContentHash(*stored) != offerContentHash(offer)
                && !isDraft(stored->status)) {
                offer.status = OfferStatus::Draft;
                if (const Status voided = voidLiveApprovals(offer); !voided)
                    return voided;
            }
        }

        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO offers (id, deal_id, version, status, currency, document_discount_bp,"
            " tax_bp, payment_days, delivery_days, support_level, warranty_months,"
            " contract_months, offer_date, valid_until, customer_note, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET deal_id = excluded.deal_id,"
            " version = excluded.version, status = excluded.status,"
            " currency = excluded.currency, document_discount_bp = excluded.document_discount_bp,"
            " tax_bp = excluded.tax_bp, payment_days = excluded.payment_days,"
            " delivery_days = excluded.delivery_days, support_level = excluded.support_level,"
            " warranty_months = excluded.warranty_months,"
            " contract_months = excluded.contract_months, offer_date = excluded.offer_date,"
            " valid_until = excluded.valid_until, customer_note = excluded.customer_note,"
            " created_at = excluded.created_at"));
        const OfferTerms &t = offer.terms;
        if (!run(upsert, {offer.id, offer.dealId, qint64(offer.version),
                          offerStatusKey(offer.status), offer.currency,
                          offer.documentDiscountBasisPoints, offer.taxBasisPoints,
                          qint64(t.paymentDays), qint64(t.deliveryDays),
                          supportLevelKey(t.support), qint64(t.warrantyMonths),
                          qint64(t.contractMonths), dateValue(offer.offerDate),
                          dateValue(offer.validUntil), offer.customerNote,
                          timeText(offer.createdAt)}))
            return m_book.sqlError(tr("Saving the offer"), upsert);

        QSqlQuery &clear = m_book.statement(
            QStringLiteral("DELETE FROM offer_lines WHERE offer_id = ?"));
        if (!run(clear, {offer.id}))
            return m_book.sqlError(tr("Saving the offer's lines"), clear);
        QSqlQuery &insert = m_book.statement(QStringLiteral(
            "INSERT INTO offer_lines (id, offer_id, position, product_id, description,"
            " quantity_milli, unit_price, unit_cost, discount_bp)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < offer.lines.size(); ++i) {
            const OfferLine &l = offer.lines.at(i);
            if (!run(insert, {l.id, offer.id, qint64(i), idValue(l.productId), l.description,
                              l.quantityMilli, l.unitPrice.minor(), l.unitCost.minor(),
                              l.discountBasisPoints}))
                return m_book.sqlError(tr("Saving the offer's lines"), insert);
        }
        return audit(m_book, QStringLiteral("offer"), offer.id, offer.dealId,
                     stored ? QStringLiteral("offer-saved") : QStringLiteral("offer-created"),
                     QStringLiteral("v%1 %2").arg(offer.version).arg(offerStatusKey(offer.status)));
    });
}

// Pending and granted approvals of the offer's earlier content stop counting, each with its own
// audit event, in the caller's transaction.
Status WorksheetRepository::voidLiveApprovals(const Offer &offer)
{
    for (Approval approval : approvals(offer.id)) {
        if (approval.status != ApprovalStatus::Pending
            && approval.status != ApprovalStatus::Approved)
            continue;
        approval.status = ApprovalStatus::Voided;
        if (const Status saved = saveApproval(approval); !saved)
            return saved;
    }
    return Status::success();
}

QList<Approval> WorksheetRepository::approvals(const QString &offerId) const
{
    QSqlQuery &query = m_book.statement(QStringLiteral(
        "SELECT id, offer_id, offer_version, reasons, status, submit_note, reviewer, comment,"
        " requested_at, decided_at, content_hash FROM approvals WHERE offer_id = ?"
        " ORDER BY requested_at, rowid"));
    QList<Approval> result;
    if (run(query, {offerId})) {
        while (query.next())
            result << approvalFrom(query);
    }
    query.finish();
    return result;
}

Status WorksheetRepository::saveApproval(const Approval &input)
{
    Approval approval = input;
    approval.id = ensureId(approval.id);
    if (!approval.requestedAt.isValid())
        approval.requestedAt = now();
    if (const FieldErrors errors = approval.validate(); !errors.isEmpty())
        return invalid(errors);

    return m_book.transact([&]() -> Status {
        QSqlQuery &owner = m_book.statement(QStringLiteral("SELECT deal_id FROM offers WHERE id = ?"));
        QString dealId;
        if (run(owner, {approval.offerId}) && owner.next())
            dealId = owner.value(0).toString();
        owner.finish();
        if (dealId.isEmpty())
            return refused(tr("The offer to approve does not exist in this deal book."),
                           QStringLiteral("offerId"));
        const bool exists = scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM approvals WHERE id = ?"),
                                   {approval.id})
                            > 0;
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO approvals (id, offer_id, offer_version, reasons, status, submit_note,"
            " reviewer, comment, requested_at, decided_at, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET offer_id = excluded.offer_id,"
            " offer_version = excluded.offer_version, reasons = excluded.reasons,"
            " status = excluded.status, submit_note = excluded.submit_note,"
            " reviewer = excluded.reviewer, comment = excluded.comment,"
            " requested_at = excluded.requested_at, decided_at = excluded.decided_at,"
            " content_hash = excluded.content_hash"));
        if (!run(upsert, {approval.id, approval.offerId, qint64(approval.offerVersion),
                          approval.reasons.join(u'\n'), approvalStatusKey(approval.status),
                          approval.submitNote, approval.reviewer, approval.comment,
                          timeText(approval.requestedAt), timeValue(approval.decidedAt),
                          approval.contentHash}))
            return m_book.sqlError(tr("Saving the approval"), upsert);
        return audit(m_book, QStringLiteral("approval"), approval.id, dealId,
                     approvalAction(approval.status, exists), approvalDetail(approval));
    });
}

} // namespace Sepakat
