#pragma once

#include "domain/money.h"
#include "domain/validation.h"

namespace Sepakat {

enum class NegotiationStyle { Formal, Informal };
QString negotiationStyleKey(NegotiationStyle s);
NegotiationStyle negotiationStyleFromKey(const QString &key);
QString negotiationStyleName(NegotiationStyle s);

struct Objection
{
    QString id;
    QString objection;
    QString response;
    friend bool operator==(const Objection &, const Objection &) = default;
};

// The salesperson's private plan. Every number here is internal: never shown to the customer.
struct Plan
{
    QString dealId;
    Money target;
    Money opening;
    Money walkAway;            // our reservation price
    QString ourBatna;
    Money ourBatnaValue;
    Money theirBatnaEstimate;
    Money theirWalkAwayEstimate; // the most we think they would pay
    NegotiationStyle style = NegotiationStyle::Formal;
    QString agenda;
    QList<Objection> objections;
    QString internalNotes;

    FieldErrors validate() const;
    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace Sepakat
