#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/valuecase.h"
#include "negotiation/approvalpolicy.h"
#include "negotiation/contenthash.h"
#include "negotiation/offertotals.h"
#include "storage/demotext.h"
#include "storage/demowriter.h"

// One demo deal and its worksheet. The numbers hang together the way a real negotiation's do:
// offer rounds give away discount step by step, the plan's target is the latest offer, the
// walk-away sits below it (but for a few deals that conceded too much), concessions record the
// price moves between rounds.

namespace Sepakat::Demo {

using namespace Rows;
using namespace DemoText;

namespace {

// Roughly how a pipeline looks: many early deals, fewer late ones, a fair number closed.
Stage stageFor(Dice &dice)
{
    const int roll = dice.between(1, 100);
    if (roll <= 22)
        return Stage::Prospect;
    if (roll <= 40)
        return Stage::Qualified;
    if (roll <= 58)
        return Stage::Proposal;
    if (roll <= 72)
        return Stage::Negotiation;
    if (roll <= 88)
        return Stage::Won;
    return Stage::Lost;
}

int offerVersionsFor(Stage stage, Dice &dice)
{
    switch (stage) {
    case Stage::Prospect:
        return 0;
    case Stage::Qualified:
        return dice.chance(20) ? 1 : 0;
    case Stage::Proposal:
        return dice.between(1, 2);
    case Stage::Negotiation:
        return dice.between(2, 3);
    case Stage::Won:
        return dice.between(1, 3);
    case Stage::Lost:
        return dice.chance(70) ? dice.between(1, 2) : 0;
    }
    return 0;
}

// The stage a deal most plausibly came from, for its history.
Stage previousStage(Stage stage)
{
    switch (stage) {
    case Stage::Qualified:
        return Stage::Prospect;
    case Stage::Proposal:
        return Stage::Qualified;
    case Stage::Negotiation:
        return Stage::Proposal;
    case Stage::Won:
        return Stage::Negotiation;
    case Stage::Lost:
        return Stage::Proposal;
    case Stage::Prospect:
        break;
    }
    return Stage::Prospect;
}

int qualificationScore(Stage stage, Dice &dice)
{
    static constexpr int base[kStageCount] = {0, 1, 2, 2, 3, 1};
    return qBound(0, base[static_cast<int>(stage)] + dice.between(-1, 1), 3);
}

// The rules the demo's last round breaks under the default policy (the plan comes later and
// tradeables are not offered yet, so only the offer's own figures count).
QList<PolicyBreach> breachesOf(const Offer &offer)
{
    const Result<OfferTotals> totals = computeTotals(offer);
    if (!totals)
        return {};
    return checkOffer(offer, *totals, std::nullopt, {}, ApprovalPolicy(), QLocale(QLocale::English));
}

// A round within the policy was never waiting for a manager; one beyond it was not sent
// without one.
OfferStatus consistentStatus(OfferStatus picked, bool breaks)
{
    if (!breaks && (picked == OfferStatus::Pending || picked == OfferStatus::Approved
                    || picked == OfferStatus::NeedsApproval))
        return OfferStatus::Sent;
    if (breaks && picked == OfferStatus::NeedsApproval)
        return OfferStatus::Draft;
    return picked;
}

} // namespace

Status DemoWriter::writeDeal(int number)
{
    DealDraft deal;
    deal.id = m_dice.uuid();
    deal.stage = number < kStageCount ? kAllStages[number] : stageFor(m_dice);
    const DemoCustomer &customer = number < m_customers.size()
                                       ? m_customers.at(number)
                                       : m_customers.at(m_dice.between(0, int(m_customers.size()) - 1));
    const City &city = kCities[customer.city];
    deal.currency = text(city.currency);
    deal.size = customer.size;
    deal.owner = text(m_dice.pick(kOwners));
    const bool closed = isClosed(deal.stage);
    deal.stageChangedAt = daysAgo(m_dice.between(0, closed ? 200 : 45));
    deal.createdAt = deal.stageChangedAt.addSecs(-qint64(m_dice.between(3, 150)) * 86400
                                                 - m_dice.between(0, 86399));

    // Needs first: the products of the deal answer them.
    const int needCount = deal.stage == Stage::Prospect ? (m_dice.chance(30) ? m_dice.between(1, 2) : 0)
                                                        : (m_dice.chance(85) ? m_dice.between(2, 4) : 0);
    while (deal.needs.size() < needCount) {
        const int n = m_dice.index(kNeeds);
        if (!deal.needs.contains(n))
            deal.needs << n;
    }
    for (const int n : std::as_const(deal.needs)) {
        if (!deal.products.contains(kNeeds[n].product))
            deal.products << kNeeds[n].product;
    }
    const int productCount = qMax(int(deal.products.size()), m_dice.between(2, 5));
    while (deal.products.size() < productCount) {
        const int p = m_dice.index(kProducts);
        if (!deal.products.contains(p))
            deal.products << p;
    }
    for (const int p : std::as_const(deal.products)) {
        const ProductText &product = kProducts[p];
        const qint64 quantity = m_dice.between(product.quantityMin, product.quantityMax);
        deal.quantities << quantity * 1000;
        deal.listTotal += quantity * convert(product.price, deal.currency);
    }

    const int versions = offerVersionsFor(deal.stage, m_dice);
    // Offer rounds need the deal row to exist (foreign keys), so the value is worked out first.
    qint64 lineDiscount = m_dice.between(0, 2) * 500;
    deal.documentDiscount = m_dice.chance(30) ? 250 : 0;
    for (int v = 0; v < versions; ++v) {
        qint64 total = 0;
        for (qsizetype i = 0; i < deal.products.size(); ++i) {
            const qint64 price = convert(kProducts[deal.products.at(i)].price, deal.currency);
            const qint64 gross = deal.quantities.at(i) / 1000 * price;
            total += gross - percentOf(gross, lineDiscount);
        }
        if (v == versions - 1)
            total -= percentOf(total, deal.documentDiscount);
        deal.offerTotals << total;
        deal.lineDiscounts << lineDiscount;
        lineDiscount = qMin<qint64>(lineDiscount + 500, 2500);
    }
    deal.value = deal.offerTotals.isEmpty() ? deal.listTotal : deal.offerTotals.last();

    const QString title = text(m_dice.pick(kTitles))
                          + (m_dice.chance(25) ? QStringLiteral(", phase 2") : QString());
    const bool indonesian = qstrcmp(city.country, "ID") == 0;
    const QDate expectedClose = closed ? deal.stageChangedAt.date()
                                       : m_today.addDays(m_dice.between(7, 150));
    const QVariant probability = !closed && m_dice.chance(10)
                                     ? QVariant(qint64(m_dice.between(1, 19) * 500))
                                     : nullInteger();
    const int budget = qualificationScore(deal.stage, m_dice);
    const QString budgetNote = budget >= 2 && m_dice.chance(40)
                                   ? QStringLiteral("Budget confirmed by the finance director")
                                   : QString();
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO deals (id, customer_id, title, stage, stage_changed_at,"
        " probability_override_bp, currency, value, expected_close, owner, lost_reason,"
        " proposal_language, q_budget, q_authority, q_need, q_timing, q_budget_note,"
        " q_authority_note, q_need_note, q_timing_note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', ?)"));
    if (!run(insert, {deal.id, customer.id, title, stageKey(deal.stage),
                      timeText(deal.stageChangedAt), probability, deal.currency, deal.value,
                      dateValue(expectedClose), deal.owner,
                      deal.stage == Stage::Lost ? text(m_dice.pick(kLostReasons)) : QString(),
                      indonesian ? QStringLiteral("id") : QStringLiteral("en"), qint64(budget),
                      qint64(qualificationScore(deal.stage, m_dice)),
                      qint64(qualificationScore(deal.stage, m_dice)),
                      qint64(qualificationScore(deal.stage, m_dice)), budgetNote,
                      timeText(deal.createdAt)}))
        return fail(tr("Writing the demo deals"), insert);

    // A history for the first deals, so the History page has a story without a huge log.
    if (number < 300) {
        const QString entity = QStringLiteral("deal");
        if (Status s = writeAudit(deal.createdAt, deal.owner, entity, deal.id, deal.id,
                                  QStringLiteral("deal-created"), title);
            !s)
            return s;
        if (deal.stage != Stage::Prospect) {
            if (Status s = writeAudit(deal.stageChangedAt, deal.owner, entity, deal.id, deal.id,
                                      QStringLiteral("deal-stage-moved"),
                                      QStringLiteral("%1 → %2").arg(stageKey(previousStage(deal.stage)),
                                                                   stageKey(deal.stage)));
                !s)
                return s;
        }
    }

    if (Status s = writeNeeds(deal); !s)
        return s;
    if (Status s = writeOffers(deal, versions); !s)
        return s;
    const bool planned = deal.stage >= Stage::Proposal || (deal.stage == Stage::Qualified && m_dice.chance(40));
    if (planned && m_dice.chance(85)) {
        if (Status s = writePlan(deal); !s)
            return s;
    }
    if ((deal.stage == Stage::Negotiation || (closed && versions > 1)) && m_dice.chance(75)) {
        if (Status s = writeTradeables(deal); !s)
            return s;
    }
    if (Status s = writeConcessions(deal); !s)
        return s;
    if (!deal.needIds.isEmpty() && versions > 0 && m_dice.chance(70))
        return writeValueCase(deal);
    return Status::success();
}

Status DemoWriter::writeNeeds(DealDraft &deal)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO needs (id, deal_id, position, description, priority, urgency,"
        " pain_hours_milli, pain_currency, pain_money, benefit, product_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < deal.needs.size(); ++i) {
        const NeedText &need = kNeeds[deal.needs.at(i)];
        const QString id = m_dice.uuid();
        const Priority priority = i == 0 ? Priority::Must
                                         : static_cast<Priority>(m_dice.between(0, 2));
        const bool money = need.moneyMillions > 0;
        if (!run(insert, {id, deal.id, qint64(i), text(need.description), priorityKey(priority),
                          qint64(m_dice.between(2, 5)), qint64(need.hoursPerMonth) * 1000,
                          money ? deal.currency : QString(),
                          money ? convert(qint64(need.moneyMillions) * 1'000'000, deal.currency)
                                : qint64(0),
                          text(need.benefit), m_products.at(need.product).id}))
            return fail(tr("Writing the demo needs"), insert);
        deal.needIds << id;
    }
    return Status::success();
}

Status DemoWriter::writeOffers(DealDraft &deal, int versions)
{
    if (versions == 0)
        return Status::success();
    QSqlQuery &offer = m_book.statement(QStringLiteral(
        "INSERT INTO offers (id, deal_id, version, status, currency, document_discount_bp,"
        " tax_bp, payment_days, delivery_days, support_level, warranty_months, contract_months,"
        " offer_date, valid_until, customer_note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &line = m_book.statement(QStringLiteral(
        "INSERT INTO offer_lines (id, offer_id, position, product_id, description,"
        " quantity_milli, unit_price, unit_cost, discount_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    static constexpr int kPaymentDays[] = {14, 30, 45, 60};
    static constexpr int kDeliveryDays[] = {7, 14, 30, 45};
    static constexpr int kContractMonths[] = {12, 24, 36};
    const bool premium = deal.products.contains(9);
    const QString support = supportLevelKey(premium ? SupportLevel::Priority : SupportLevel::Standard);
    const qint64 tax = deal.currency == u"IDR" ? 1100 : 0;
    const qint64 span = qMax<qint64>(deal.createdAt.secsTo(deal.stageChangedAt), 86400);
    const int paymentDays = m_dice.pick(kPaymentDays);
    const int deliveryDays = m_dice.pick(kDeliveryDays);
    const int contractMonths = m_dice.pick(kContractMonths);
    Offer lastOffer;
    QList<PolicyBreach> lastBreaches;
    OfferStatus lastStatus = OfferStatus::Draft;

    for (int v = 0; v < versions; ++v) {
        const bool last = v == versions - 1;
        OfferStatus status = OfferStatus::Declined;
        if (last) {
            switch (deal.stage) {
            case Stage::Prospect:
            case Stage::Qualified:
                status = OfferStatus::Draft;
                break;
            case Stage::Proposal:
                status = m_dice.chance(70) ? OfferStatus::Sent : OfferStatus::Draft;
                break;
            case Stage::Negotiation: {
                static constexpr OfferStatus kOpen[] = {OfferStatus::Sent, OfferStatus::Pending,
                                                        OfferStatus::Approved,
                                                        OfferStatus::NeedsApproval};
                status = m_dice.pick(kOpen);
                break;
            }
            case Stage::Won:
                status = OfferStatus::Accepted;
                break;
            case Stage::Lost:
                status = OfferStatus::Declined;
                break;
            }
        }
        const QDateTime created = deal.createdAt.addSecs(span * (v + 1) / (versions + 1));
        const QDate offerDate = created.date();
        deal.offerDates << offerDate;
        const qint64 lineDiscount = deal.lineDiscounts.at(v);
        const qint64 documentDiscount = last ? deal.documentDiscount : 0;

        const QString offerId = m_dice.uuid();
        QList<QString> lineIds;
        for (qsizetype i = 0; i < deal.products.size(); ++i)
            lineIds << m_dice.uuid();
        if (last) {
            lastOffer = demoOffer(deal, offerId, lineIds, v, documentDiscount, tax, paymentDays,
                                  deliveryDays, contractMonths, offerDate);
            lastBreaches = breachesOf(lastOffer);
            status = consistentStatus(status, !lastBreaches.isEmpty());
        }
        if (!run(offer, {offerId, deal.id, qint64(v + 1), offerStatusKey(status), deal.currency,
                         documentDiscount, tax, qint64(paymentDays), qint64(deliveryDays), support,
                         qint64(12), qint64(contractMonths), dateValue(offerDate),
                         dateValue(offerDate.addDays(30)), text(m_dice.pick(kCustomerNotes)),
                         timeText(created)}))
            return fail(tr("Writing the demo offers"), offer);
        for (qsizetype i = 0; i < deal.products.size(); ++i) {
            const ProductText &p = kProducts[deal.products.at(i)];
            if (!run(line, {lineIds.at(i), offerId, qint64(i), m_products.at(deal.products.at(i)).id,
                            text(p.name), deal.quantities.at(i), convert(p.price, deal.currency),
                            convert(p.cost, deal.currency), lineDiscount}))
                return fail(tr("Writing the demo offer lines"), line);
        }
        lastStatus = status;
    }

    // A last round beyond the policy that went further than the draft carries its request,
    // bound to its content like a real one, so the review queue and the proposal gate agree.
    const bool requested = lastStatus == OfferStatus::Pending || lastStatus == OfferStatus::Approved
                           || lastStatus == OfferStatus::Sent || lastStatus == OfferStatus::Accepted;
    if (!lastBreaches.isEmpty() && requested) {
        QSqlQuery &approval = m_book.statement(QStringLiteral(
            "INSERT INTO approvals (id, offer_id, offer_version, reasons, status, submit_note,"
            " reviewer, comment, requested_at, decided_at, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const bool decided = lastStatus != OfferStatus::Pending;
        QStringList reasons;
        for (const PolicyBreach &breach : std::as_const(lastBreaches))
            reasons << breach.reason;
        const QDateTime requestedAt = deal.stageChangedAt;
        if (!run(approval,
                 {m_dice.uuid(), lastOffer.id, qint64(versions), reasons.join(u'\n'),
                  approvalStatusKey(decided ? ApprovalStatus::Approved : ApprovalStatus::Pending),
                  text(m_dice.pick(kSubmitNotes)),
                  decided ? QStringLiteral("Hendra Gunawan") : QString(),
                  decided ? QStringLiteral("Approved if they sign for 24 months.") : QString(),
                  timeText(requestedAt), decided ? timeValue(requestedAt.addSecs(5400)) : nullText(),
                  offerContentHash(lastOffer)}))
            return fail(tr("Writing the demo approvals"), approval);
    }
    return Status::success();
}

Offer DemoWriter::demoOffer(const DealDraft &deal, const QString &offerId,
                            const QList<QString> &lineIds, int v, qint64 documentDiscount,
                            qint64 tax, int paymentDays, int deliveryDays, int contractMonths,
                            const QDate &offerDate) const
{
    Offer o;
    o.id = offerId;
    o.dealId = deal.id;
    o.version = v + 1;
    o.currency = deal.currency;
    for (qsizetype i = 0; i < deal.products.size(); ++i) {
        const ProductText &p = kProducts[deal.products.at(i)];
        OfferLine line;
        line.id = lineIds.at(i);
        line.productId = m_products.at(deal.products.at(i)).id;
        line.description = text(p.name);
        line.quantityMilli = deal.quantities.at(i);
        line.unitPrice = Money(convert(p.price, deal.currency), deal.currency);
        line.unitCost = Money(convert(p.cost, deal.currency), deal.currency);
        line.discountBasisPoints = deal.lineDiscounts.at(v);
        o.lines << line;
    }
    o.documentDiscountBasisPoints = documentDiscount;
    o.taxBasisPoints = tax;
    o.terms.paymentDays = paymentDays;
    o.terms.deliveryDays = deliveryDays;
    o.terms.support = deal.products.contains(9) ? SupportLevel::Priority : SupportLevel::Standard;
    o.terms.warrantyMonths = 12;
    o.terms.contractMonths = contractMonths;
    o.offerDate = offerDate;
    o.validUntil = offerDate.addDays(30);
    return o;
}

Status DemoWriter::writePlan(const DealDraft &deal)
{
    // About one open deal in sixteen with a counter-offer has gone too far: its latest round
    // is under a walk-away set above it, which the board flags. Chosen by the id's last digit
    // (already decided by the seed), so every other number of the book stays as it was.
    const bool conceded = (deal.stage == Stage::Proposal || deal.stage == Stage::Negotiation)
                          && deal.offerTotals.size() > 1 && deal.id.endsWith(u'0');
    const qint64 target = conceded ? percentOf(deal.value, 10800) : deal.value;
    const qint64 opening = qMax(deal.listTotal, target);
    const qint64 drawn = percentOf(target, m_dice.between(80, 92) * 100);
    const qint64 walkAway = conceded ? percentOf(deal.value, 10300) : drawn;
    const bool informal = deal.size <= 2 && m_dice.chance(50);
    QSqlQuery &plan = m_book.statement(QStringLiteral(
        "INSERT INTO plans (deal_id, currency, target, opening, walk_away, our_batna,"
        " our_batna_value, their_batna_estimate, their_walk_away_estimate, style, agenda,"
        " internal_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(plan, {deal.id, deal.currency, target, opening, walkAway, text(m_dice.pick(kBatnas)),
                    percentOf(walkAway, 7000), percentOf(target, m_dice.between(90, 115) * 100),
                    percentOf(target, m_dice.between(95, 120) * 100),
                    negotiationStyleKey(informal ? NegotiationStyle::Informal
                                                 : NegotiationStyle::Formal),
                    text(informal ? kAgendas[1] : m_dice.pick(kAgendas)),
                    QStringLiteral("Keep the margin above 30 %; trade terms before price.")}))
        return fail(tr("Writing the demo plans"), plan);

    QSqlQuery &objection = m_book.statement(QStringLiteral(
        "INSERT INTO objections (id, deal_id, position, objection, response) VALUES (?, ?, ?, ?, ?)"));
    const int count = m_dice.between(1, 3);
    QList<int> used;
    while (used.size() < count) {
        const int o = m_dice.index(kObjections);
        if (used.contains(o))
            continue;
        if (!run(objection, {m_dice.uuid(), deal.id, qint64(used.size()),
                             text(kObjections[o].objection), text(kObjections[o].response)}))
            return fail(tr("Writing the demo objections"), objection);
        used << o;
    }
    return Status::success();
}

Status DemoWriter::writeTradeables(DealDraft &deal)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO tradeables (id, deal_id, kind, give, cost_currency, cost, value_to_them,"
        " ask_in_return, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int count = m_dice.between(2, 4);
    QList<int> used;
    while (used.size() < count) {
        const int t = m_dice.index(kTradeables);
        if (used.contains(t))
            continue;
        used << t;
        const TradeableText &trade = kTradeables[t];
        TradeableStatus status = TradeableStatus::Planned;
        if (deal.stage == Stage::Negotiation)
            status = m_dice.chance(50) ? TradeableStatus::Offered : TradeableStatus::Planned;
        else if (deal.stage == Stage::Won)
            status = m_dice.chance(60) ? TradeableStatus::Traded : TradeableStatus::Withdrawn;
        else
            status = TradeableStatus::Offered;
        const QString id = m_dice.uuid();
        if (!run(insert, {id, deal.id, tradeableKindKey(static_cast<TradeableKind>(trade.kind)),
                          text(trade.give), deal.currency,
                          percentOf(deal.value, qint64(trade.costPerMille) * 10),
                          qint64(trade.valueToThem), text(trade.ask), tradeableStatusKey(status)}))
            return fail(tr("Writing the demo tradeables"), insert);
        deal.tradeableIds << id;
    }
    return Status::success();
}

Status DemoWriter::writeConcessions(const DealDraft &deal)
{
    if (deal.offerTotals.size() < 2)
        return Status::success();
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO concessions (id, deal_id, round, party, change, currency, price_delta,"
        " tradeable_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype r = 1; r < deal.offerTotals.size(); ++r) {
        const QDateTime at = deal.offerDates.at(r).startOfDay(Qt::UTC).addSecs(10 * 3600);
        const QVariant tradeable = deal.tradeableIds.isEmpty()
                                       ? nullText()
                                       : QVariant(deal.tradeableIds.at(r % deal.tradeableIds.size()));
        if (!run(insert, {m_dice.uuid(), deal.id, qint64(r), partyKey(Party::Us),
                          QStringLiteral("Line discounts raised by 5 points in version %1").arg(r + 1),
                          deal.currency, deal.offerTotals.at(r) - deal.offerTotals.at(r - 1),
                          tradeable, timeText(at)}))
            return fail(tr("Writing the demo concessions"), insert);
        if (m_dice.chance(60)) {
            if (!run(insert, {m_dice.uuid(), deal.id, qint64(r), partyKey(Party::Them),
                              r % 2 ? QStringLiteral("Agreed to a 24-month contract")
                                    : QStringLiteral("Accepted payment within 30 days"),
                              deal.currency, qint64(0), nullText(), timeText(at.addSecs(1800))}))
                return fail(tr("Writing the demo concessions"), insert);
        }
    }
    return Status::success();
}

Status DemoWriter::writeValueCase(const DealDraft &deal)
{
    QSqlQuery &valueCase = m_book.statement(QStringLiteral(
        "INSERT INTO value_cases (deal_id, currency, horizon_months, annual_discount_rate_bp,"
        " upfront_override, monthly_cost, factor_conservative_bp, factor_expected_bp,"
        " factor_optimistic_bp) VALUES (?, ?, ?, ?, NULL, ?, 7000, 10000, 12000)"));
    if (!run(valueCase, {deal.id, deal.currency, qint64(m_dice.chance(60) ? 36 : 24),
                         qint64(m_dice.between(8, 14) * 100),
                         convert(qint64(m_dice.between(1, 6)) * 1'000'000, deal.currency)}))
        return fail(tr("Writing the demo value cases"), valueCase);

    QSqlQuery &item = m_book.statement(QStringLiteral(
        "INSERT INTO savings_items (id, deal_id, position, need_id, description, kind,"
        " hours_per_month_milli, hourly_rate, realization_bp, amount_per_month, start_month,"
        " ramp_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 position = 0;
    for (qsizetype i = 0; i < deal.needs.size(); ++i) {
        const NeedText &need = kNeeds[deal.needs.at(i)];
        const qint64 startMonth = m_dice.between(2, 4);
        const qint64 ramp = m_dice.between(0, 6);
        if (need.hoursPerMonth > 0) {
            const qint64 hours = qint64(need.hoursPerMonth) * 1000 * (deal.size + 1) / 3;
            if (!run(item, {m_dice.uuid(), deal.id, position++, deal.needIds.at(i),
                            text(need.description), savingsKindKey(SavingsKind::Time), hours,
                            convert(qint64(m_dice.between(12, 35)) * 10'000, deal.currency),
                            qint64(m_dice.between(10, 16) * 500), qint64(0), startMonth, ramp}))
                return fail(tr("Writing the demo savings"), item);
        }
        if (need.moneyMillions > 0) {
            const qint64 amount = percentOf(qint64(need.moneyMillions) * 1'000'000,
                                            m_dice.between(50, 80) * 100);
            if (!run(item, {m_dice.uuid(), deal.id, position++, deal.needIds.at(i),
                            text(need.description), savingsKindKey(SavingsKind::Money), qint64(0),
                            qint64(0), qint64(10000), convert(amount, deal.currency), startMonth,
                            ramp}))
                return fail(tr("Writing the demo savings"), item);
        }
    }
    return Status::success();
}

} // namespace Sepakat::Demo
