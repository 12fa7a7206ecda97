#include "domain/product.h"

#include "domain/fieldcheck.h"

#include <QCoreApplication>

namespace Sepakat {

FieldErrors Product::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("name"), name,
                    QCoreApplication::translate("Sepakat::Validation", "Product name"));
    Check::money(errors, QStringLiteral("unitPrice"), unitPrice,
                 QCoreApplication::translate("Sepakat::Validation", "Unit price"),
                 Check::Amount::Required);
    Check::money(errors, QStringLiteral("unitCost"), unitCost,
                 QCoreApplication::translate("Sepakat::Validation", "Unit cost"),
                 Check::Amount::Optional,
                 Money::isKnownCurrency(unitPrice.currency()) ? unitPrice.currency() : QString());
    return errors;
}

std::optional<qint64> Product::marginBasisPoints() const
{
    if (!unitPrice.isValid() || unitPrice.isZero() || !unitCost.isValid() ||
        unitCost.currency() != unitPrice.currency())
        return std::nullopt;
    const Arithmetic::Wide margin =
        static_cast<Arithmetic::Wide>(unitPrice.minor()) - unitCost.minor();
    qint64 basisPoints = 0;
    if (!Arithmetic::divideRounded(margin * 10000, unitPrice.minor(), &basisPoints))
        return std::nullopt;
    return basisPoints;
}

} // namespace Sepakat
