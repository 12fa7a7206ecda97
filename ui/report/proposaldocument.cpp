#include "report/proposaldocument.h"

#include "report/documentbuilder.h"
#include "value/valuecharts.h"

#include <QPainter>

#include <cmath>


namespace Sepakat::Report {

namespace {

constexpr qreal kChartHeightPt = 230;
constexpr qreal kTileHeightPt = 54;
constexpr qreal kSignatureHeightPt = 150;

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("\u2014") : text.trimmed();
}

} // namespace

ProposalDocument::ProposalDocument(Proposal proposal)
    : ReportDocument(proposal.language), m_proposal(std::move(proposal))
{
}

QString ProposalDocument::title() const
{
    return tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Proposal %1: %2"))
        .arg(m_proposal.number, m_proposal.dealTitle);
}

QString ProposalDocument::subject() const
{
    return tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Proposal for %1")).arg(m_proposal.customer.name);
}

QString ProposalDocument::author() const
{
    return m_proposal.seller.name;
}

void ProposalDocument::build(DocumentBuilder &builder, const Frame &frame) const
{
    cover(builder, frame);
    builder.pageBreak();
    summary(builder);
    needs(builder);
    valueCase(builder);
    pricing(builder);
    terms(builder);
    acceptance(builder);
}

void ProposalDocument::cover(DocumentBuilder &builder, const Frame &frame) const
{
    const Style &style = builder.style();
    const Proposal &p = m_proposal;
    const QString kicker = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Proposal")).toUpper();
    const QString preparedFor = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Prepared for"));
    const QString attention =
        p.customer.contactName.isEmpty()
            ? QString()
            : tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Attn. %1"))
                  .arg(p.customer.contactRole.isEmpty()
                           ? p.customer.contactName
                           : p.customer.contactName + QStringLiteral(", ") + p.customer.contactRole);
    const QList<QPair<QString, QString>> facts = {
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Proposal number")), p.number},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Date")), text().date(p.date)},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Valid until")), orDash(text().date(p.validUntil))},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Prepared by")), orDash(p.seller.name)},
    };
    const QString taxNumber =
        p.seller.taxNumber.isEmpty()
            ? QString()
            : tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Tax number %1")).arg(p.seller.taxNumber);

    builder.custom(frame.content.height(), [=, &style](QPainter &painter, const QRectF &rect) {
        qreal y = rect.top();
        const qreal logoWidth =
            drawLogo(painter, QRectF(rect.left(), y, style.pt(160), style.pt(64)), p.seller.logo);
        if (logoWidth > 0)
            y += style.pt(76);
        const QFont company = style.font(11, QFont::Bold);
        const QFont small = style.font(8.5);
        painter.setFont(company);
        painter.setPen(style.ink);
        const qreal companyHeight = style.textHeight(p.seller.name, company, rect.width());
        painter.drawText(QRectF(rect.left(), y, rect.width(), companyHeight), Qt::TextWordWrap,
                         p.seller.name);
        y += companyHeight;
        const QString sellerLines =
            QStringList{p.seller.address.trimmed(), taxNumber}.join(u'\n').trimmed();
        painter.setFont(small);
        painter.setPen(style.muted);
        const qreal sellerHeight = style.textHeight(sellerLines, small, rect.width() * 0.6);
        painter.drawText(QRectF(rect.left(), y, rect.width() * 0.6, sellerHeight),
                         Qt::TextWordWrap, sellerLines);

        // The title block sits a third of the way down, whatever the logo and address took.
        y = std::max(y + sellerHeight + style.pt(40), rect.top() + rect.height() * 0.30);
        const QFont kickerFont = style.font(10, QFont::Bold);
        drawLine(painter, QRectF(rect.left(), y, rect.width(), style.lineHeight(kickerFont)),
                 kicker, kickerFont, style.accent, Qt::AlignLeft);
        y += style.lineHeight(kickerFont) + style.pt(6);
        const QFont titleFont = style.font(24, QFont::Bold);
        const qreal titleHeight = style.textHeight(p.dealTitle, titleFont, rect.width());
        painter.setFont(titleFont);
        painter.setPen(style.ink);
        painter.drawText(QRectF(rect.left(), y, rect.width(), titleHeight), Qt::TextWordWrap,
                         p.dealTitle);
        y += titleHeight + style.pt(14);
        painter.fillRect(QRectF(rect.left(), y, style.pt(48), style.pt(3)), style.accent);
        y += style.pt(30);

        drawLine(painter, QRectF(rect.left(), y, rect.width(), style.lineHeight(small)),
                 preparedFor, small, style.muted, Qt::AlignLeft);
        y += style.lineHeight(small) + style.pt(2);
        const QFont customerFont = style.font(15, QFont::Bold);
        const qreal customerHeight = style.textHeight(p.customer.name, customerFont, rect.width());
        painter.setFont(customerFont);
        painter.setPen(style.ink);
        painter.drawText(QRectF(rect.left(), y, rect.width(), customerHeight), Qt::TextWordWrap,
                         p.customer.name);
        y += customerHeight + style.pt(4);
        const QString customerLines =
            QStringList{p.customer.address, attention}.join(u'\n').trimmed();
        const QFont body = style.font(9.5);
        const qreal linesHeight = style.textHeight(customerLines, body, rect.width());
        painter.setFont(body);
        painter.setPen(style.muted);
        painter.drawText(QRectF(rect.left(), y, rect.width(), linesHeight), Qt::TextWordWrap,
                         customerLines);

        // The facts along the foot of the cover, four columns over a rule.
        const QFont label = style.font(7.5);
        const QFont value = style.font(9.5, QFont::Bold);
        const qreal rowHeight = style.lineHeight(label) + style.pt(3) + style.lineHeight(value);
        const qreal factsTop = rect.bottom() - rowHeight;
        painter.setPen(QPen(style.rule, style.pt(0.8)));
        painter.drawLine(QPointF(rect.left(), factsTop - style.pt(10)),
                         QPointF(rect.right(), factsTop - style.pt(10)));
        const qreal column = rect.width() / facts.size();
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const qreal x = rect.left() + i * column;
            drawLine(painter, QRectF(x, factsTop, column - style.pt(8), style.lineHeight(label)),
                     facts.at(i).first.toUpper(), label, style.muted, Qt::AlignLeft);
            painter.setFont(value);
            painter.setPen(style.ink);
            painter.drawText(QRectF(x, factsTop + style.lineHeight(label) + style.pt(3),
                                    column - style.pt(8), style.lineHeight(value) * 2),
                             Qt::TextWordWrap, facts.at(i).second);
        }
    });
}

void ProposalDocument::summary(DocumentBuilder &builder) const
{
    const Proposal &p = m_proposal;
    builder.heading(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Summary")));

    QStringList situation;
    if (!p.needs.isEmpty()) {
        situation << txn(QT_TRANSLATE_N_NOOP("Sepakat::Report",
                                             "In our conversations you described %n pressing "
                                             "need(s); the most pressing is: %1."),
                         p.needs.size())
                         .arg(p.needs.constFirst().description.trimmed());
    }
    const bool hours = p.needsHoursPerMonthMilli > 0;
    const bool money = p.needsMoneyPerMonth.isValid() && p.needsMoneyPerMonth.minor() > 0;
    const QString hoursText = text().hours(p.needsHoursPerMonthMilli);
    if (hours && money) {
        situation << tx(QT_TRANSLATE_NOOP("Sepakat::Report",
                                          "Together they cost you about %1 hours of work and %2 "
                                          "every month."))
                         .arg(hoursText, text().money(p.needsMoneyPerMonth));
    } else if (hours) {
        situation << tx(QT_TRANSLATE_NOOP("Sepakat::Report",
                                          "Together they cost you about %1 hours of work every "
                                          "month."))
                         .arg(hoursText);
    } else if (money) {
        situation << tx(QT_TRANSLATE_NOOP("Sepakat::Report",
                                          "Together they cost you about %1 every month."))
                         .arg(text().money(p.needsMoneyPerMonth));
    }
    if (!situation.isEmpty())
        builder.paragraph(situation.join(u' '));

    QStringList outcome;
    if (p.valueCase) {
        const ProposalValueCase &v = *p.valueCase;
        outcome << tx(QT_TRANSLATE_NOOP("Sepakat::Report",
                                        "With this proposal we expect you to save %1 and %2 "
                                        "hours of work a year."))
                       .arg(text().money(v.moneySavedPerYear), text().hours(v.hoursSavedPerYearMilli));
        if (v.result.paybackMonth) {
            outcome << tx(QT_TRANSLATE_NOOP("Sepakat::Report",
                                            "Your investment of %1 pays for itself in month %2."))
                           .arg(text().money(p.total))
                           .arg(*v.result.paybackMonth);
        }
    } else {
        outcome << tx(QT_TRANSLATE_NOOP("Sepakat::Report",
                                        "This proposal answers each of them, for a total "
                                        "investment of %1."))
                       .arg(text().money(p.total));
    }
    builder.space(4);
    builder.paragraph(outcome.join(u' '));
    if (!p.customerNote.trimmed().isEmpty()) {
        builder.space(4);
        builder.paragraph(p.customerNote);
    }

    // Three figures the reader takes away, as tiles.
    QList<QPair<QString, QString>> tiles = {
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Total investment")), text().money(p.total)}};
    if (p.valueCase) {
        const ProposalValueCase &v = *p.valueCase;
        tiles << qMakePair(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Saved per year")),
                           text().money(v.moneySavedPerYear));
        tiles << qMakePair(
            tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Pays for itself")),
            v.result.paybackMonth
                ? tx(QT_TRANSLATE_NOOP("Sepakat::Report", "in month %1")).arg(*v.result.paybackMonth)
                : txn(QT_TRANSLATE_N_NOOP("Sepakat::Report", "not within %n month(s)"),
                      v.result.months.size()));
    }
    const Style &style = builder.style();
    builder.space(12);
    builder.custom(style.pt(kTileHeightPt), [tiles, &style](QPainter &painter, const QRectF &rect) {
        const qreal gap = style.pt(10);
        const qreal width = (rect.width() - gap * 2) / 3;
        const QFont label = style.font(7.5, QFont::Bold);
        const QFont value = style.font(13, QFont::Bold);
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            const QRectF tile(rect.left() + i * (width + gap), rect.top(), width, rect.height());
            painter.fillRect(tile, style.band);
            painter.fillRect(QRectF(tile.left(), tile.top(), style.pt(3), tile.height()),
                             style.accent);
            const QRectF inner = tile.adjusted(style.pt(12), style.pt(8), -style.pt(8), -style.pt(8));
            drawLine(painter, QRectF(inner.left(), inner.top(), inner.width(), style.lineHeight(label)),
                     tiles.at(i).first.toUpper(), label, style.muted, Qt::AlignLeft);
            // A long figure ("not within 24 months") gets a smaller font, never a cut one.
            QFont fitted = value;
            while (fitted.pointSizeF() > 8
                   && style.textWidth(tiles.at(i).second, fitted) > inner.width())
                fitted.setPointSizeF(fitted.pointSizeF() - 0.5);
            drawLine(painter,
                     QRectF(inner.left(), inner.bottom() - style.lineHeight(value), inner.width(),
                            style.lineHeight(value)),
                     tiles.at(i).second, fitted, style.ink, Qt::AlignLeft);
        }
    });
}

void ProposalDocument::needs(DocumentBuilder &builder) const
{
    if (m_proposal.needs.isEmpty())
        return;
    builder.heading(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Your most pressing needs")));
    QList<DocumentBuilder::Row> rows;
    int number = 0;
    for (const ProposalNeed &need : m_proposal.needs)
        rows << DocumentBuilder::Row{{QString::number(++number), need.description.trimmed(),
                                      orDash(need.benefit)}};
    builder.table({{QStringLiteral("#"), 0.4, true},
                   {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Your need")), 5},
                   {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "How we answer it")), 6}},
                  rows);
}

void ProposalDocument::valueCase(DocumentBuilder &builder) const
{
    if (!m_proposal.valueCase)
        return;
    const ProposalValueCase &v = *m_proposal.valueCase;
    const ValueCaseResult &result = v.result;
    builder.heading(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Your value case")));
    const char *scenario = result.scenario == Scenario::Conservative
                               ? QT_TRANSLATE_NOOP("Sepakat::Report", "Conservative scenario")
                           : result.scenario == Scenario::Optimistic
                               ? QT_TRANSLATE_NOOP("Sepakat::Report", "Optimistic scenario")
                               : QT_TRANSLATE_NOOP("Sepakat::Report", "Expected scenario");
    builder.paragraph(txn(QT_TRANSLATE_N_NOOP("Sepakat::Report",
                                              "%1, over %n month(s): your savings to date against "
                                              "what you pay, this proposal's price included."),
                          result.months.size())
                          .arg(tx(scenario)),
                      builder.small(), builder.style().muted);
    builder.space(6);

    CumulativeChartTexts texts;
    texts.title = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Money over time"));
    texts.benefits = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Savings to date"));
    texts.costs = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Costs to date, price included"));
    texts.month = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Month"));
    texts.paysBack = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "pays for itself in month %1"));
    texts.noPayback =
        tx(QT_TRANSLATE_NOOP("Sepakat::Report", "does not pay for itself within %1 months"));
    const QLocale locale = text().locale();
    // The chart lays its fonts and lines out for a screen; drawn in screen-sized units scaled
    // up to the page it keeps their proportions, and stays vector graphics.
    const qreal scale = builder.style().device()->logicalDpiX() / 96.0;
    builder.custom(
        builder.style().pt(kChartHeightPt),
        [result, locale, texts, scale](QPainter &painter, const QRectF &rect) {
            painter.save();
            painter.scale(scale, scale);
            paintCumulativeChart(&painter,
                                 QRectF(rect.topLeft() / scale, rect.size() / scale), result,
                                 locale, texts);
            painter.restore();
        },
        true);

    const QString payback =
        result.paybackMonth
            ? tx(QT_TRANSLATE_NOOP("Sepakat::Report", "in month %1")).arg(*result.paybackMonth)
            : txn(QT_TRANSLATE_N_NOOP("Sepakat::Report", "not within %n month(s)"),
                  result.months.size());
    const QString roi = result.roiPercent
                            ? text().percent(std::llround(*result.roiPercent * 100))
                            : QStringLiteral("\u2014");
    builder.space(8);
    builder.keyValues(
        {{tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Pays for itself")), payback},
         {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Return on investment")), roi},
         {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Money saved per year")),
          text().money(v.moneySavedPerYear)},
         {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Hours saved per year")),
          text().hours(v.hoursSavedPerYearMilli)}},
        true);
}

void ProposalDocument::pricing(DocumentBuilder &builder) const
{
    const Proposal &p = m_proposal;
    builder.heading(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Pricing")));
    QList<DocumentBuilder::Row> rows;
    int number = 0;
    for (const ProposalLine &line : p.lines) {
        rows << DocumentBuilder::Row{{QString::number(++number), line.description.trimmed(),
                                      text().quantity(line.quantityMilli),
                                      text().money(line.unitPrice),
                                      line.discountBasisPoints ? text().percent(line.discountBasisPoints)
                                                               : QString(),
                                      text().money(line.subtotal)}};
    }
    const auto summaryRow = [](const QString &label, const QString &amount) {
        return DocumentBuilder::Row{{QString(), label, QString(), QString(), QString(), amount},
                                    DocumentBuilder::RowKind::Summary};
    };
    rows << summaryRow(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Subtotal")),
                       text().money(p.linesSubtotal));
    if (p.documentDiscountBasisPoints != 0) {
        rows << summaryRow(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Discount %1"))
                               .arg(text().percent(p.documentDiscountBasisPoints)),
                           text().money(*p.documentDiscount.negated()));
        rows << summaryRow(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Total before tax")),
                           text().money(p.netBeforeTax));
    }
    rows << summaryRow(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Tax %1"))
                           .arg(text().percent(p.taxBasisPoints)),
                       text().money(p.tax));
    rows << DocumentBuilder::Row{{QString(), tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Total")),
                                  QString(), QString(), QString(), text().money(p.total)},
                                 DocumentBuilder::RowKind::Total};
    builder.table({{QStringLiteral("#"), 0.5, true},
                   {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Description")), 6},
                   {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Quantity")), 1.6, true},
                   {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Unit price")), 2.6, true},
                   {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Discount")), 1.6, true},
                   {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Subtotal")), 2.8, true}},
                  rows);
    builder.space(4);
    builder.paragraph(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "All amounts in %1.")).arg(p.currency),
                      builder.small(), builder.style().muted);
}

void ProposalDocument::terms(DocumentBuilder &builder) const
{
    const OfferTerms &t = m_proposal.terms;
    builder.heading(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Terms")));
    const char *support = nullptr;
    switch (t.support) {
    case SupportLevel::None: support = QT_TRANSLATE_NOOP("Sepakat::Report", "Not included"); break;
    case SupportLevel::Standard:
        support = QT_TRANSLATE_NOOP("Sepakat::Report", "Standard support, business hours");
        break;
    case SupportLevel::Priority:
        support = QT_TRANSLATE_NOOP("Sepakat::Report", "Priority support, fastest response");
        break;
    case SupportLevel::Dedicated:
        support = QT_TRANSLATE_NOOP("Sepakat::Report", "A dedicated support team");
        break;
    }
    builder.keyValues({
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Payment")),
         t.paymentDays == 0
             ? tx(QT_TRANSLATE_NOOP("Sepakat::Report", "On receipt of the invoice"))
             : txn(QT_TRANSLATE_N_NOOP("Sepakat::Report", "Within %n day(s) of the invoice"),
                   t.paymentDays)},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Delivery")),
         t.deliveryDays == 0
             ? tx(QT_TRANSLATE_NOOP("Sepakat::Report", "On signing"))
             : txn(QT_TRANSLATE_N_NOOP("Sepakat::Report", "Within %n day(s) of signing"),
                   t.deliveryDays)},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Support")), tx(support)},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Warranty")),
         t.warrantyMonths == 0
             ? tx(QT_TRANSLATE_NOOP("Sepakat::Report", "None"))
             : txn(QT_TRANSLATE_N_NOOP("Sepakat::Report", "%n month(s)"), t.warrantyMonths)},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Contract length")),
         txn(QT_TRANSLATE_N_NOOP("Sepakat::Report", "%n month(s)"), t.contractMonths)},
        {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "This proposal is valid until")),
         orDash(text().date(m_proposal.validUntil))},
    });
}

void ProposalDocument::acceptance(DocumentBuilder &builder) const
{
    const Proposal &p = m_proposal;
    builder.heading(tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Acceptance")));
    builder.paragraph(tx(QT_TRANSLATE_NOOP("Sepakat::Report",
                                           "Signed by both parties, this proposal with its prices "
                                           "and terms becomes our agreement.")));
    builder.keepWithNext(); // the signatures never stand alone on a page
    builder.space(10);
    const Style &style = builder.style();
    const QStringList parties = {p.seller.name, p.customer.name};
    const QString forParty = tx(QT_TRANSLATE_NOOP("Sepakat::Report", "For %1"));
    const QStringList fields = {tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Signature")),
                                tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Name")),
                                tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Position")),
                                tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Date"))};
    builder.custom(style.pt(kSignatureHeightPt), [=, &style](QPainter &painter, const QRectF &rect) {
        const qreal gap = style.pt(28);
        const qreal width = (rect.width() - gap) / 2;
        const QFont title = style.font(9.5, QFont::Bold);
        const QFont label = style.font(7.5);
        for (int i = 0; i < 2; ++i) {
            const qreal x = rect.left() + i * (width + gap);
            painter.setFont(title);
            painter.setPen(style.ink);
            const qreal titleHeight = style.lineHeight(title) * 2;
            painter.drawText(QRectF(x, rect.top(), width, titleHeight), Qt::TextWordWrap,
                             forParty.arg(parties.at(i)));
            // The signature gets the most room; name, position and date a line each.
            qreal y = rect.top() + titleHeight + style.pt(42);
            for (const QString &field : fields) {
                painter.setPen(QPen(style.muted, style.pt(0.6)));
                painter.drawLine(QPointF(x, y), QPointF(x + width, y));
                drawLine(painter, QRectF(x, y + style.pt(1), width, style.lineHeight(label)), field,
                         label, style.muted, Qt::AlignLeft);
                y += style.pt(24);
            }
        }
    });
}

void ProposalDocument::decorate(QPainter &painter, const Style &style, const Frame &frame,
                                int page, int pageCount) const
{
    const QFont font = style.font(7.5);
    const qreal line = style.lineHeight(font);
    const QRectF &c = frame.content;
    if (page > 0) {
        const QRectF header(c.left(), c.top() - style.pt(30), c.width(), line);
        drawLine(painter, header, m_proposal.seller.name, style.font(7.5, QFont::Bold), style.ink,
                 Qt::AlignLeft);
        drawLine(painter, header,
                 tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Proposal %1 for %2"))
                     .arg(m_proposal.number, m_proposal.customer.name),
                 font, style.muted, Qt::AlignRight);
        painter.setPen(QPen(style.rule, style.pt(0.6)));
        painter.drawLine(QPointF(c.left(), header.bottom() + style.pt(5)),
                         QPointF(c.right(), header.bottom() + style.pt(5)));
    }
    const QRectF footer(c.left(), c.bottom() + style.pt(28), c.width(), line);
    drawLine(painter, footer,
             tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Valid until %1"))
                 .arg(orDash(text().date(m_proposal.validUntil))),
             font, style.muted, Qt::AlignLeft);
    drawLine(painter, footer,
             tx(QT_TRANSLATE_NOOP("Sepakat::Report", "Page %1 of %2")).arg(page + 1).arg(pageCount),
             font, style.muted, Qt::AlignRight);
}

} // namespace Sepakat::Report
