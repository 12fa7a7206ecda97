#pragma once

#include "domain/money.h"
#include "domain/validation.h"

namespace Sepakat {

enum class Priority { Must, Should, Could };
QString priorityKey(Priority p);
Priority priorityFromKey(const QString &key);
QString priorityName(Priority p);

struct Need
{
    QString id;
    QString dealId;
    int position = 0;            // the salesperson's order
    QString description;
    Priority priority = Priority::Should;
    int urgency = 3;             // 1 (can wait) .. 5 (burning)
    qint64 painHoursMilli = 0;   // hours lost per month, milli-units
    Money painMoney;             // money lost per month
    QString benefit;             // how we answer it
    QString productId;           // optional product that answers it

    bool isAnswered() const { return !benefit.trimmed().isEmpty() || !productId.isEmpty(); }
    FieldErrors validate() const;
    friend bool operator==(const Need &, const Need &) = default;
};

} // namespace Sepakat
