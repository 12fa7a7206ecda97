#include "negotiation/offertotals.h"

#include <QCoreApplication>

#include <type_traits>

namespace Sepakat {

namespace {

Error rateError(const QString &field, const QString &words)
{
    return Error{
        QCoreApplication::translate("Sepakat::OfferTotals", "%1 must be between 0 and 100 %.")
            .arg(words),
        field};
}

Error currencyError(const QString &field, const QString &found, const QString &expected)
{
    return Error{QCoreApplication::translate("Sepakat::OfferTotals",
                                             "An amount is in %1, but the offer is in %2.")
                     .arg(found, expected),
                 field};
}

// Keeps the first error of a chain of Result steps, with the field it belongs to. The field is
// a QString or a function making one: a line's field name is only spelled out on failure, as
// the pipeline board totals thousands of offers when it opens.
template<typename T, typename Field>
bool take(const Result<T> &result, T *out, Error *error, const Field &field)
{
    if (!result.ok()) {
        if constexpr (std::is_invocable_v<Field>)
            *error = Error{result.error().message, field()};
        else
            *error = Error{result.error().message, field};
        return false;
    }
    *out = result.value();
    return true;
}

QString lineField(qsizetype line, QStringView name)
{
    return QStringLiteral("lines[%1].%2").arg(line).arg(name);
}

} // namespace

Result<OfferTotals> computeTotals(const Offer &offer)
{
    const QString &currency = offer.currency;
    if (!Money::isKnownCurrency(currency)) {
        return Error{
            QCoreApplication::translate("Sepakat::OfferTotals", "The currency %1 is not known.")
                .arg(currency),
            QStringLiteral("currency")};
    }
    if (offer.documentDiscountBasisPoints < 0 || offer.documentDiscountBasisPoints > 10000) {
        return rateError(QStringLiteral("documentDiscount"),
                         QCoreApplication::translate("Sepakat::OfferTotals", "Document discount"));
    }
    if (offer.taxBasisPoints < 0 || offer.taxBasisPoints > 10000)
        return rateError(QStringLiteral("tax"),
                         QCoreApplication::translate("Sepakat::OfferTotals", "Tax rate"));

    OfferTotals t;
    t.linesSubtotal = Money::zero(currency);
    t.cost = Money::zero(currency);
    t.listValue = Money::zero(currency);
    Error error;

    for (qsizetype i = 0; i < offer.lines.size(); ++i) {
        const OfferLine &line = offer.lines.at(i);
        const auto field = [i](QStringView name) {
            return [i, name] { return lineField(i, name); };
        };
        if (line.unitPrice.currency() != currency)
            return currencyError(lineField(i, u"unitPrice"), line.unitPrice.currency(), currency);
        if (line.discountBasisPoints < 0 || line.discountBasisPoints > 10000) {
            return rateError(
                lineField(i, u"discount"),
                QCoreApplication::translate("Sepakat::OfferTotals", "Line %1 discount").arg(i + 1));
        }
        Money gross, discount, subtotal;
        if (!take(line.unitPrice.timesQuantity(line.quantityMilli), &gross, &error,
                  field(u"quantity")) ||
            !take(gross.timesBasisPoints(line.discountBasisPoints), &discount, &error,
                  field(u"discount")) ||
            !take(gross.minus(discount), &subtotal, &error, field(u"discount")) ||
            !take(t.linesSubtotal.plus(subtotal), &t.linesSubtotal, &error, field(u"unitPrice")) ||
            !take(t.listValue.plus(gross), &t.listValue, &error, field(u"unitPrice")))
            return error;
        t.lineSubtotals.append(subtotal);
        t.lineDiscounts.append(discount);

        if (!line.unitCost.isValid()) {
            t.allCostsKnown = false;
            continue;
        }
        if (line.unitCost.currency() != currency)
            return currencyError(lineField(i, u"unitCost"), line.unitCost.currency(), currency);
        Money lineCost;
        if (!take(line.unitCost.timesQuantity(line.quantityMilli), &lineCost, &error,
                  field(u"unitCost")) ||
            !take(t.cost.plus(lineCost), &t.cost, &error, field(u"unitCost")))
            return error;
    }

    if (!take(t.linesSubtotal.timesBasisPoints(offer.documentDiscountBasisPoints),
              &t.documentDiscount, &error, QStringLiteral("documentDiscount")) ||
        !take(t.linesSubtotal.minus(t.documentDiscount), &t.netBeforeTax, &error,
              QStringLiteral("documentDiscount")) ||
        !take(t.netBeforeTax.timesBasisPoints(offer.taxBasisPoints), &t.tax, &error,
              QStringLiteral("tax")) ||
        !take(t.netBeforeTax.plus(t.tax), &t.total, &error, QStringLiteral("tax")))
        return error;

    if (!t.netBeforeTax.isZero()) {
        const Arithmetic::Wide margin =
            static_cast<Arithmetic::Wide>(t.netBeforeTax.minor()) - t.cost.minor();
        qint64 basisPoints = 0;
        if (!Arithmetic::divideRounded(margin * 10000, t.netBeforeTax.minor(), &basisPoints)) {
            return Error{QCoreApplication::translate("Sepakat::OfferTotals",
                                                     "The margin is too large to calculate with."),
                         {}};
        }
        t.marginBasisPoints = basisPoints;
    }
    return t;
}

std::optional<qint64> effectiveDiscountBasisPoints(const Offer &offer)
{
    const Result<OfferTotals> totals = computeTotals(offer);
    if (!totals.ok() || totals->listValue.isZero())
        return std::nullopt;
    const Arithmetic::Wide given =
        static_cast<Arithmetic::Wide>(totals->listValue.minor()) - totals->netBeforeTax.minor();
    qint64 basisPoints = 0;
    if (!Arithmetic::divideRounded(given * 10000, totals->listValue.minor(), &basisPoints))
        return std::nullopt;
    return basisPoints;
}

} // namespace Sepakat
