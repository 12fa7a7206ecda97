#pragma once

#include "domain/money.h"
#include "domain/validation.h"

#include <optional>

namespace Sepakat {

struct Product
{
    QString id;
    QString sku;
    QString name;
    QString unit;     // "licence", "hour", "unit"
    Money unitPrice;  // list price
    Money unitCost;   // internal: never shown to the customer
    QString benefit;  // what it does for the customer, for needs and proposals
    bool active = true;

    FieldErrors validate() const;
    // Margin of the list price in basis points, rounded half away from zero; nullopt when the
    // price is zero, the cost is not set, or the two are in different currencies.
    std::optional<qint64> marginBasisPoints() const;
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace Sepakat
