#include "report/worksheetdocument.h"

#include "negotiation/offertotals.h"
#include "negotiation/roundcomparison.h"
#include "negotiation/zopa.h"
#include "common/language.h"
#include "report/documentbuilder.h"
#include "report/proposal.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "value/valueengine.h"

#include <QPainter>

#include <cmath>

namespace Sepakat::Report {

namespace {

constexpr int kHistoryRows = 200; // the newest; the book keeps them all

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("\u2014") : text.trimmed();
}

} // namespace

Result<WorksheetData> loadWorksheet(DealBook &book, const QString &dealId,
                                    std::optional<int> round)
{
    const Result<DealRound> found = findDealRound(book, dealId, round);
    if (!found)
        return found.error();

    WorksheetData data;
    data.deal = found->deal;
    data.offers = found->offers;
    data.round = found->offer().version;
    data.customer = book.customers().find(data.deal.customerId).value_or(Customer());
    data.companyName = book.settings().load().companyName;
    WorksheetRepository worksheets = book.worksheets();
    data.needs = worksheets.needs(dealId);
    data.plan = worksheets.plan(dealId);
    data.tradeables = worksheets.tradeables(dealId);
    data.concessions = worksheets.concessions(dealId);
    data.valueCase = worksheets.valueCase(dealId);
    for (const Offer &offer : std::as_const(data.offers))
        data.approvals.insert(offer.id, worksheets.approvals(offer.id));
    data.history = book.audit().forDeal(dealId);
    return data;
}

WorksheetDocument::WorksheetDocument(WorksheetData data)
    : ReportDocument(Language::current()), m_data(std::move(data))
{
}

QString WorksheetDocument::title() const
{
    return tr("Internal deal worksheet: %1").arg(m_data.deal.title);
}

QString WorksheetDocument::subject() const
{
    return tr("Internal: %1, round %2").arg(m_data.customer.name).arg(m_data.round);
}

QString WorksheetDocument::author() const
{
    return m_data.companyName;
}

const Offer &WorksheetDocument::shownOffer() const
{
    for (const Offer &offer : m_data.offers) {
        if (offer.version == m_data.round)
            return offer;
    }
    return m_data.offers.constLast();
}

QString WorksheetDocument::money(const Money &money) const
{
    return money.isValid() ? text().money(money) : QStringLiteral("\u2014");
}

void WorksheetDocument::build(DocumentBuilder &builder, const Frame &) const
{
    overview(builder);
    customer(builder);
    needs(builder);
    offer(builder);
    plan(builder);
    concessions(builder);
    valueCase(builder);
    approvals(builder);
    history(builder);
}

void WorksheetDocument::overview(DocumentBuilder &builder) const
{
    const Deal &d = m_data.deal;
    const Style &style = builder.style();
    const QString heading = d.title;
    const QString customerName = m_data.customer.name;
    builder.custom(style.pt(44), [=, &style](QPainter &painter, const QRectF &rect) {
        const QFont title = style.font(18, QFont::Bold);
        drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), style.lineHeight(title)),
                 heading, title, style.ink, Qt::AlignLeft);
        const QFont sub = style.font(10);
        drawLine(painter,
                 QRectF(rect.left(), rect.top() + style.lineHeight(title) + style.pt(2),
                        rect.width(), style.lineHeight(sub)),
                 customerName, sub, style.muted, Qt::AlignLeft);
    });
    const QLocale &locale = text().locale();
    const Qualification &q = d.qualification;
    builder.keyValues(
        {{tr("Stage"), stageName(d.stage)},
         {tr("Probability"), d.probabilityOverride ? formatBasisPoints(*d.probabilityOverride, locale)
                                                   : tr("stage default")},
         {tr("Expected value"), money(d.value)},
         {tr("Expected close"), text().date(d.expectedClose)},
         {tr("Owner"), orDash(d.owner)},
         {tr("Proposal language"), Language::nativeName(d.proposalLanguage)},
         {tr("Qualification"), tr("%1 of 12").arg(q.total())},
         {tr("Round shown"), tr("%1 of %2").arg(m_data.round).arg(m_data.offers.size())}},
        true);
    builder.subheading(tr("Qualification"));
    builder.table({{tr("Criterion"), 2}, {tr("Score"), 1, true}, {tr("Note"), 6}},
                  {{{tr("Budget"), QStringLiteral("%1 / 3").arg(q.budget), q.budgetNote}},
                   {{tr("Authority"), QStringLiteral("%1 / 3").arg(q.authority), q.authorityNote}},
                   {{tr("Need"), QStringLiteral("%1 / 3").arg(q.need), q.needNote}},
                   {{tr("Timing"), QStringLiteral("%1 / 3").arg(q.timing), q.timingNote}}});
}

void WorksheetDocument::customer(DocumentBuilder &builder) const
{
    const Customer &c = m_data.customer;
    builder.heading(tr("Customer"));
    builder.keyValues({{tr("Name"), c.name},
                       {tr("Industry"), orDash(c.industry)},
                       {tr("Size"), companySizeName(c.size)},
                       {tr("Address"), orDash(QStringList{c.address, c.city, c.country}.join(u'\n')
                                                  .trimmed())},
                       {tr("Internal notes"), orDash(c.notes)}});
    if (c.contacts.isEmpty())
        return;
    QList<DocumentBuilder::Row> rows;
    for (const Contact &contact : c.contacts)
        rows << DocumentBuilder::Row{{contact.name, contact.role, contact.email, contact.phone}};
    builder.subheading(tr("Contacts"));
    builder.table({{tr("Name"), 3}, {tr("Role"), 3}, {tr("Email"), 4}, {tr("Phone"), 3}}, rows);
}

void WorksheetDocument::needs(DocumentBuilder &builder) const
{
    builder.heading(tr("Needs"));
    if (m_data.needs.isEmpty()) {
        builder.paragraph(tr("No needs recorded."));
        return;
    }
    QList<DocumentBuilder::Row> rows;
    for (const Need &need : m_data.needs) {
        rows << DocumentBuilder::Row{
            {priorityName(need.priority), QString::number(need.urgency), need.description,
             need.painHoursMilli ? text().hours(need.painHoursMilli) : QString(),
             need.painMoney.isValid() && !need.painMoney.isZero() ? money(need.painMoney)
                                                                   : QString(),
             need.benefit}};
    }
    builder.table({{tr("Priority"), 1.4},
                   {tr("Urgency"), 1.2, true},
                   {tr("Need"), 4},
                   {tr("Hours / month"), 1.4, true},
                   {tr("Money / month"), 2.2, true},
                   {tr("Our answer"), 4}},
                  rows);
}

void WorksheetDocument::offer(DocumentBuilder &builder) const
{
    const Offer &o = shownOffer();
    builder.heading(tr("Offer, round %1 (%2)").arg(o.version).arg(offerStatusName(o.status)));
    const Result<OfferTotals> totals = computeTotals(o);
    if (!totals) {
        builder.paragraph(totals.errorMessage(), builder.body(), builder.style().alert);
        return;
    }
    QList<DocumentBuilder::Row> rows;
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OfferLine &line = o.lines.at(i);
        rows << DocumentBuilder::Row{
            {line.description, text().quantity(line.quantityMilli), money(line.unitPrice),
             line.discountBasisPoints ? text().percent(line.discountBasisPoints) : QString(),
             money(totals->lineSubtotals.at(i)), money(line.unitCost)}};
    }
    const auto summary = [](const QString &label, const QString &amount) {
        return DocumentBuilder::Row{{label, QString(), QString(), QString(), amount, QString()},
                                    DocumentBuilder::RowKind::Summary};
    };
    rows << summary(tr("Subtotal"), money(totals->linesSubtotal));
    rows << summary(tr("Document discount %1").arg(text().percent(o.documentDiscountBasisPoints)),
                    money(*totals->documentDiscount.negated()));
    rows << summary(tr("Net before tax"), money(totals->netBeforeTax));
    rows << summary(tr("Tax %1").arg(text().percent(o.taxBasisPoints)), money(totals->tax));
    rows << DocumentBuilder::Row{{tr("Total"), QString(), QString(), QString(),
                                  money(totals->total), money(totals->cost)},
                                 DocumentBuilder::RowKind::Total};
    builder.table({{tr("Description"), 5},
                   {tr("Qty"), 1.2, true},
                   {tr("Unit price"), 2.4, true},
                   {tr("Disc."), 1.2, true},
                   {tr("Subtotal"), 2.6, true},
                   {tr("Unit cost"), 2.4, true}},
                  rows);

    const std::optional<qint64> discount = effectiveDiscountBasisPoints(o);
    builder.space(6);
    builder.keyValues(
        {{tr("Margin"), totals->marginBasisPoints ? text().percent(*totals->marginBasisPoints)
                                                  : QStringLiteral("\u2014")},
         {tr("Cost"), money(totals->cost) + (totals->allCostsKnown ? QString()
                                                                     : tr(" (some costs unknown)"))},
         {tr("Discount from list"), discount ? text().percent(*discount) : QStringLiteral("\u2014")},
         {tr("List value"), money(totals->listValue)},
         {tr("Payment"), tr("%n day(s)", nullptr, o.terms.paymentDays)},
         {tr("Delivery"), tr("%n day(s)", nullptr, o.terms.deliveryDays)},
         {tr("Support"), supportLevelName(o.terms.support)},
         {tr("Warranty"), tr("%n month(s)", nullptr, o.terms.warrantyMonths)},
         {tr("Contract"), tr("%n month(s)", nullptr, o.terms.contractMonths)},
         {tr("Valid until"), text().date(o.validUntil)},
         {tr("Note to the customer"), orDash(o.customerNote)}},
        true);

    if (m_data.offers.size() < 2)
        return;
    builder.subheading(tr("Every round"));
    QList<DocumentBuilder::Row> rounds;
    for (const Offer &offer : m_data.offers) {
        const Result<OfferTotals> t = computeTotals(offer);
        rounds << DocumentBuilder::Row{
            {QString::number(offer.version), text().date(offer.offerDate),
             offerStatusName(offer.status), t ? money(t->netBeforeTax) : QString(),
             t ? money(t->total) : QString(),
             t && t->marginBasisPoints ? text().percent(*t->marginBasisPoints) : QString()}};
    }
    builder.table({{tr("Round"), 1, true},
                   {tr("Date"), 2.4},
                   {tr("Status"), 2},
                   {tr("Net before tax"), 2.6, true},
                   {tr("Total"), 2.6, true},
                   {tr("Margin"), 1.4, true}},
                  rounds);
}

void WorksheetDocument::plan(DocumentBuilder &builder) const
{
    builder.heading(tr("Plan"));
    if (!m_data.plan) {
        builder.paragraph(tr("No plan yet."));
        return;
    }
    const Plan &p = *m_data.plan;
    builder.keyValues({{tr("Target"), money(p.target)},
                       {tr("Opening"), money(p.opening)},
                       {tr("Walk-away"), money(p.walkAway)},
                       {tr("Their walk-away (estimate)"), money(p.theirWalkAwayEstimate)},
                       {tr("Our BATNA"), orDash(p.ourBatna)},
                       {tr("Our BATNA's value"), money(p.ourBatnaValue)},
                       {tr("Their BATNA (estimate)"), money(p.theirBatnaEstimate)},
                       {tr("Style"), negotiationStyleName(p.style)}},
                      true);
    const Result<OfferTotals> totals = computeTotals(shownOffer());
    const ZopaAnalysis zopa =
        analyzeZopa(p, totals ? totals->netBeforeTax : Money(), text().locale());
    builder.subheading(tr("ZOPA"));
    builder.paragraph(zopa.zone ? tr("The zone of agreement runs from %1 to %2.")
                                      .arg(money(zopa.zone->low), money(zopa.zone->high))
                                : tr("No zone of agreement can be drawn from the plan."));
    for (const ZopaWarning &warning : zopa.warnings)
        builder.paragraph(QStringLiteral("\u2022 ") + warning.message, builder.body(),
                          builder.style().alert);
    if (!p.agenda.trimmed().isEmpty()) {
        builder.subheading(tr("Agenda"));
        builder.paragraph(p.agenda);
    }
    if (!p.objections.isEmpty()) {
        builder.subheading(tr("Objections"));
        QList<DocumentBuilder::Row> rows;
        for (const Objection &objection : p.objections)
            rows << DocumentBuilder::Row{{objection.objection, objection.response}};
        builder.table({{tr("Objection"), 1}, {tr("Prepared response"), 1}}, rows);
    }
    if (!p.internalNotes.trimmed().isEmpty()) {
        builder.subheading(tr("Internal notes"));
        builder.paragraph(p.internalNotes);
    }
}

void WorksheetDocument::concessions(DocumentBuilder &builder) const
{
    builder.heading(tr("Concessions"));
    if (m_data.tradeables.isEmpty() && m_data.concessions.isEmpty()) {
        builder.paragraph(tr("No tradeables or concessions recorded."));
        return;
    }
    if (!m_data.tradeables.isEmpty()) {
        QList<DocumentBuilder::Row> rows;
        for (const Tradeable &t : m_data.tradeables) {
            rows << DocumentBuilder::Row{{tradeableKindName(t.kind), t.give, money(t.costToUs),
                                          QStringLiteral("%1 / 5").arg(t.valueToThem),
                                          t.askInReturn, tradeableStatusName(t.status)}};
        }
        builder.subheading(tr("Tradeables"));
        builder.table({{tr("Kind"), 1.6},
                       {tr("We give"), 3.2},
                       {tr("Cost to us"), 2.2, true},
                       {tr("Value to them"), 1.4, true},
                       {tr("We ask in return"), 3.2},
                       {tr("Status"), 1.4}},
                      rows);
    }
    if (!m_data.concessions.isEmpty()) {
        QList<DocumentBuilder::Row> rows;
        for (const Concession &c : m_data.concessions) {
            rows << DocumentBuilder::Row{{QString::number(c.round), partyName(c.party), c.change,
                                          c.priceDelta.isValid() && !c.priceDelta.isZero()
                                              ? money(c.priceDelta)
                                              : QString()}};
        }
        builder.subheading(tr("Concession log"));
        builder.table({{tr("Round"), 1, true},
                       {tr("Party"), 1.6},
                       {tr("Change"), 6},
                       {tr("Price change"), 2.4, true}},
                      rows);
    }
}

void WorksheetDocument::valueCase(DocumentBuilder &builder) const
{
    builder.heading(tr("Value case"));
    if (!m_data.valueCase || m_data.valueCase->items.isEmpty()) {
        builder.paragraph(tr("No value case yet."));
        return;
    }
    const ValueCaseInputs &inputs = *m_data.valueCase;
    const Result<OfferTotals> totals = computeTotals(shownOffer());
    const Money upfront = inputs.upfrontOverride.value_or(totals ? totals->total : Money());
    QList<DocumentBuilder::Row> rows;
    for (const Scenario scenario :
         {Scenario::Conservative, Scenario::Expected, Scenario::Optimistic}) {
        const Result<ValueCaseResult> r = computeValueCase(inputs, upfront, scenario);
        if (!r) {
            builder.paragraph(r.errorMessage(), builder.body(), builder.style().alert);
            return;
        }
        rows << DocumentBuilder::Row{
            {scenarioName(scenario),
             r->paybackMonth ? tr("month %1").arg(*r->paybackMonth) : tr("none"),
             r->roiPercent ? text().percent(std::llround(*r->roiPercent * 100)) : QString(),
             money(r->totalBenefit), money(r->npv)}};
    }
    builder.keyValues({{tr("Horizon"), tr("%n month(s)", nullptr, inputs.horizonMonths)},
                       {tr("Upfront"), money(upfront)},
                       {tr("Recurring cost / month"), money(inputs.monthlyCost)},
                       {tr("Discount rate"),
                        text().percent(inputs.annualDiscountRateBasisPoints)}},
                      true);
    builder.space(4);
    builder.table({{tr("Scenario"), 2},
                   {tr("Payback"), 1.6},
                   {tr("ROI"), 1.4, true},
                   {tr("Savings"), 2.6, true},
                   {tr("NPV"), 2.6, true}},
                  rows);
}

void WorksheetDocument::approvals(DocumentBuilder &builder) const
{
    builder.heading(tr("Approvals"));
    QList<DocumentBuilder::Row> rows;
    for (const Offer &offer : m_data.offers) {
        for (const Approval &a : m_data.approvals.value(offer.id)) {
            rows << DocumentBuilder::Row{
                {QString::number(a.offerVersion), approvalStatusName(a.status),
                 a.reasons.join(u'\n'), a.reviewer,
                 QStringList{a.submitNote, a.comment}.join(u'\n').trimmed(),
                 a.decidedAt.isValid() ? text().date(a.decidedAt.date()) : QString()}};
        }
    }
    if (rows.isEmpty()) {
        builder.paragraph(tr("No offer was sent for approval."));
        return;
    }
    builder.table({{tr("Round"), 1, true},
                   {tr("Status"), 1.6},
                   {tr("Reasons"), 4},
                   {tr("Reviewer"), 2},
                   {tr("Notes and comment"), 4},
                   {tr("Decided"), 2}},
                  rows);
}

void WorksheetDocument::history(DocumentBuilder &builder) const
{
    builder.heading(tr("History"));
    QList<DocumentBuilder::Row> rows;
    for (const AuditEvent &event : m_data.history.mid(0, kHistoryRows)) {
        rows << DocumentBuilder::Row{
            {text().locale().toString(event.at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")),
             event.who, event.detail.isEmpty() ? event.action : event.detail}};
    }
    if (rows.isEmpty()) {
        builder.paragraph(tr("Nothing recorded yet."));
        return;
    }
    builder.table({{tr("When"), 2.2}, {tr("Who"), 2}, {tr("What"), 7}}, rows);
}

void WorksheetDocument::decorate(QPainter &painter, const Style &style, const Frame &frame,
                                 int page, int pageCount) const
{
    const QRectF &c = frame.content;
    const QFont font = style.font(7.5);
    const qreal line = style.lineHeight(font);
    // The mark a reader cannot miss, on every page: a red band across the top.
    const QRectF band(frame.page.left(), frame.page.top(), frame.page.width(), style.pt(22));
    painter.fillRect(band, style.alert);
    drawLine(painter, band.adjusted(c.left(), 0, -c.left(), 0),
             tr("INTERNAL: not for the customer"), style.font(8.5, QFont::Bold), Qt::white,
             Qt::AlignLeft);
    drawLine(painter, band.adjusted(c.left(), 0, -c.left(), 0),
             tr("Internal deal worksheet"), style.font(8.5, QFont::Bold), Qt::white,
             Qt::AlignRight);
    const QRectF header(c.left(), c.top() - style.pt(26), c.width(), line);
    drawLine(painter, header, m_data.deal.title, style.font(7.5, QFont::Bold), style.ink,
             Qt::AlignLeft);
    drawLine(painter, header, m_data.customer.name, font, style.muted, Qt::AlignRight);
    const QRectF footer(c.left(), c.bottom() + style.pt(28), c.width(), line);
    drawLine(painter, footer,
             tr("Internal. Printed %1").arg(text().date(QDate::currentDate())), font,
             style.alert, Qt::AlignLeft);
    drawLine(painter, footer, tr("Page %1 of %2").arg(page + 1).arg(pageCount), font,
             style.muted, Qt::AlignRight);
}

} // namespace Sepakat::Report
