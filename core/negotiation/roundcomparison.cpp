#include "negotiation/roundcomparison.h"

#include "negotiation/offertotals.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace Sepakat {

namespace {

Money delta(const Money &before, const Money &after)
{
    if (before.currency() != after.currency())
        return {};
    const Result<Money> d = after.minus(before);
    return d.ok() ? d.value() : Money();
}

QString signedMoney(const Money &amount, const QLocale &locale)
{
    return amount.isNegative() ? amount.format(locale) : u'+' + amount.format(locale);
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat)
                          : QCoreApplication::translate("Sepakat::Negotiation", "not set");
}

QString lineLabel(const OfferLine &line)
{
    const QString description = line.description.trimmed();
    return description.isEmpty() ? line.productId : description;
}

QString matchKey(const OfferLine &line)
{
    return line.productId.isEmpty() ? u"d:" + line.description.trimmed() : u"p:" + line.productId;
}

struct Context
{
    const QLocale &locale;
    RoundComparison &result;

    void money(OfferChangeKind kind, const QString &label, const Money &before, const Money &after,
               const QString &description)
    {
        OfferChange c;
        c.kind = kind;
        c.line = label;
        c.moneyBefore = before;
        c.moneyAfter = after;
        c.moneyDelta = delta(before, after);
        c.description = description;
        result.changes.append(c);
    }

    void number(OfferChangeKind kind, const QString &label, qint64 before, qint64 after,
                const QString &description)
    {
        OfferChange c;
        c.kind = kind;
        c.line = label;
        c.before = before;
        c.after = after;
        c.description = description;
        result.changes.append(c);
    }

    void priceChange(OfferChangeKind kind, const QString &text, const Money &before,
                     const Money &after)
    {
        if (before == after)
            return;
        money(kind, {}, before, after,
              text.arg(before.format(locale), after.format(locale),
                       signedMoney(delta(before, after), locale)));
    }

    void days(OfferChangeKind kind, QString text, int before, int after)
    {
        if (before != after)
            number(kind, {}, before, after, text.arg(before).arg(after));
    }

    void rate(OfferChangeKind kind, const QString &text, qint64 before, qint64 after)
    {
        if (before != after) {
            number(kind, {}, before, after,
                   text.arg(formatBasisPoints(before, locale), formatBasisPoints(after, locale)));
        }
    }
};

void compareLines(Context &ctx, const Offer &before, const Offer &after,
                  const OfferTotals &afterTotals, const OfferTotals &beforeTotals)
{
    const QLocale &locale = ctx.locale;
    QList<bool> matched(before.lines.size(), false);
    const auto findMatch = [&](const OfferLine &line) -> std::optional<qsizetype> {
        const QString key = matchKey(line);
        for (qsizetype i = 0; i < before.lines.size(); ++i) {
            if (!matched.at(i) && matchKey(before.lines.at(i)) == key)
                return i;
        }
        return std::nullopt;
    };

    for (qsizetype i = 0; i < after.lines.size(); ++i) {
        const OfferLine &now = after.lines.at(i);
        const QString label = lineLabel(now);
        const std::optional<qsizetype> match = findMatch(now);
        if (!match) {
            ctx.money(OfferChangeKind::LineAdded, label, Money(), afterTotals.lineSubtotals.at(i),
                      QCoreApplication::translate("Sepakat::Negotiation", "Added line: %1, %2 × %3")
                          .arg(label, formatQuantity(now.quantityMilli, locale),
                               now.unitPrice.format(locale)));
            continue;
        }
        matched[*match] = true;
        const OfferLine &was = before.lines.at(*match);
        if (lineLabel(was) != label) {
            OfferChange c;
            c.kind = OfferChangeKind::LineDescription;
            c.line = label;
            c.description =
                QCoreApplication::translate("Sepakat::Negotiation", "Line renamed: %1 → %2")
                    .arg(lineLabel(was), label);
            ctx.result.changes.append(c);
        }
        if (was.quantityMilli != now.quantityMilli) {
            ctx.number(OfferChangeKind::LineQuantity, label, was.quantityMilli, now.quantityMilli,
                       QCoreApplication::translate("Sepakat::Negotiation", "%1: quantity %2 → %3")
                           .arg(label, formatQuantity(was.quantityMilli, locale),
                                formatQuantity(now.quantityMilli, locale)));
        }
        if (was.unitPrice != now.unitPrice) {
            ctx.money(OfferChangeKind::LineUnitPrice, label, was.unitPrice, now.unitPrice,
                      QCoreApplication::translate("Sepakat::Negotiation", "%1: unit price %2 → %3")
                          .arg(label, was.unitPrice.format(locale), now.unitPrice.format(locale)));
        }
        if (was.discountBasisPoints != now.discountBasisPoints) {
            ctx.number(OfferChangeKind::LineDiscount, label, was.discountBasisPoints,
                       now.discountBasisPoints,
                       QCoreApplication::translate("Sepakat::Negotiation", "%1: discount %2 → %3")
                           .arg(label, formatBasisPoints(was.discountBasisPoints, locale),
                                formatBasisPoints(now.discountBasisPoints, locale)));
        }
    }

    for (qsizetype i = 0; i < before.lines.size(); ++i) {
        if (matched.at(i))
            continue;
        const OfferLine &was = before.lines.at(i);
        ctx.money(OfferChangeKind::LineRemoved, lineLabel(was), beforeTotals.lineSubtotals.at(i),
                  Money(),
                  QCoreApplication::translate("Sepakat::Negotiation", "Removed line: %1")
                      .arg(lineLabel(was)));
    }
}

Money givenAway(const OfferTotals &t)
{
    const Result<Money> d = t.listValue.minus(t.netBeforeTax);
    return d.ok() ? d.value() : Money();
}

} // namespace

QString offerChangeKindKey(OfferChangeKind kind)
{
    switch (kind) {
    case OfferChangeKind::Total:
        return QStringLiteral("total");
    case OfferChangeKind::Net:
        return QStringLiteral("net");
    case OfferChangeKind::Discount:
        return QStringLiteral("discount");
    case OfferChangeKind::Currency:
        return QStringLiteral("currency");
    case OfferChangeKind::LineAdded:
        return QStringLiteral("line-added");
    case OfferChangeKind::LineRemoved:
        return QStringLiteral("line-removed");
    case OfferChangeKind::LineDescription:
        return QStringLiteral("line-description");
    case OfferChangeKind::LineQuantity:
        return QStringLiteral("line-quantity");
    case OfferChangeKind::LineUnitPrice:
        return QStringLiteral("line-unit-price");
    case OfferChangeKind::LineDiscount:
        return QStringLiteral("line-discount");
    case OfferChangeKind::DocumentDiscount:
        return QStringLiteral("document-discount");
    case OfferChangeKind::Tax:
        return QStringLiteral("tax");
    case OfferChangeKind::PaymentDays:
        return QStringLiteral("payment-days");
    case OfferChangeKind::DeliveryDays:
        return QStringLiteral("delivery-days");
    case OfferChangeKind::Support:
        return QStringLiteral("support");
    case OfferChangeKind::Warranty:
        return QStringLiteral("warranty");
    case OfferChangeKind::ContractMonths:
        return QStringLiteral("contract-months");
    case OfferChangeKind::ValidUntil:
        return QStringLiteral("valid-until");
    }
    return {};
}

bool RoundComparison::hasChange(OfferChangeKind kind) const
{
    return !changesOf(kind).isEmpty();
}

QList<OfferChange> RoundComparison::changesOf(OfferChangeKind kind) const
{
    QList<OfferChange> found;
    for (const OfferChange &c : changes) {
        if (c.kind == kind)
            found.append(c);
    }
    return found;
}

QString formatQuantity(qint64 quantityMilli, const QLocale &locale)
{
    const quint64 magnitude = quantityMilli < 0 ? 0 - static_cast<quint64>(quantityMilli)
                                                : static_cast<quint64>(quantityMilli);
    QString text = locale.toString(static_cast<qulonglong>(magnitude / 1000));
    if (const quint64 thousandths = magnitude % 1000; thousandths != 0) {
        QString decimals = QString::number(thousandths).rightJustified(3, u'0');
        while (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += locale.decimalPoint() + decimals;
    }
    return quantityMilli < 0 ? u'-' + text : text;
}

Result<RoundComparison> compareRounds(const Offer &before, const Offer &after,
                                      const QLocale &locale)
{
    const Result<OfferTotals> was = computeTotals(before);
    if (!was.ok())
        return was.error();
    const Result<OfferTotals> now = computeTotals(after);
    if (!now.ok())
        return now.error();

    RoundComparison result;
    Context ctx{locale, result};
    const Money discountBefore = givenAway(*was);
    const Money discountAfter = givenAway(*now);

    if (before.currency == after.currency) {
        result.totalDelta = delta(was->total, now->total);
        result.netDelta = delta(was->netBeforeTax, now->netBeforeTax);
        result.discountDelta = delta(discountBefore, discountAfter);
        ctx.priceChange(OfferChangeKind::Total,
                        QCoreApplication::translate("Sepakat::Negotiation", "Total %1 → %2 (%3)"),
                        was->total, now->total);
        ctx.priceChange(
            OfferChangeKind::Net,
            QCoreApplication::translate("Sepakat::Negotiation", "Net before tax %1 → %2 (%3)"),
            was->netBeforeTax, now->netBeforeTax);
        ctx.priceChange(
            OfferChangeKind::Discount,
            QCoreApplication::translate("Sepakat::Negotiation", "Discount given %1 → %2 (%3)"),
            discountBefore, discountAfter);
    } else {
        OfferChange c;
        c.kind = OfferChangeKind::Currency;
        c.moneyBefore = was->total;
        c.moneyAfter = now->total;
        c.description = QCoreApplication::translate("Sepakat::Negotiation", "Currency %1 → %2")
                            .arg(before.currency, after.currency);
        result.changes.append(c);
    }

    compareLines(ctx, before, after, *now, *was);

    ctx.rate(OfferChangeKind::DocumentDiscount,
             QCoreApplication::translate("Sepakat::Negotiation", "Document discount %1 → %2"),
             before.documentDiscountBasisPoints, after.documentDiscountBasisPoints);
    ctx.rate(OfferChangeKind::Tax,
             QCoreApplication::translate("Sepakat::Negotiation", "Tax %1 → %2"),
             before.taxBasisPoints, after.taxBasisPoints);

    const OfferTerms &a = before.terms;
    const OfferTerms &b = after.terms;
    ctx.days(OfferChangeKind::PaymentDays,
             QCoreApplication::translate("Sepakat::Negotiation", "Payment terms %1 → %2 days"),
             a.paymentDays, b.paymentDays);
    ctx.days(OfferChangeKind::DeliveryDays,
             QCoreApplication::translate("Sepakat::Negotiation", "Delivery %1 → %2 days"),
             a.deliveryDays, b.deliveryDays);
    if (a.support != b.support) {
        ctx.number(OfferChangeKind::Support, {}, static_cast<qint64>(a.support),
                   static_cast<qint64>(b.support),
                   QCoreApplication::translate("Sepakat::Negotiation", "Support %1 → %2")
                       .arg(supportLevelName(a.support), supportLevelName(b.support)));
    }
    ctx.days(OfferChangeKind::Warranty,
             QCoreApplication::translate("Sepakat::Negotiation", "Warranty %1 → %2 months"),
             a.warrantyMonths, b.warrantyMonths);
    ctx.days(OfferChangeKind::ContractMonths,
             QCoreApplication::translate("Sepakat::Negotiation", "Contract %1 → %2 months"),
             a.contractMonths, b.contractMonths);
    if (before.validUntil != after.validUntil) {
        OfferChange c;
        c.kind = OfferChangeKind::ValidUntil;
        c.dateBefore = before.validUntil;
        c.dateAfter = after.validUntil;
        c.description =
            QCoreApplication::translate("Sepakat::Negotiation", "Valid until %1 → %2")
                .arg(dateText(before.validUntil, locale), dateText(after.validUntil, locale));
        result.changes.append(c);
    }
    return result;
}

} // namespace Sepakat
