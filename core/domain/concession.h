#pragma once

#include "domain/money.h"
#include "domain/validation.h"

#include <QDateTime>

namespace Sepakat {

enum class TradeableKind { Price, PaymentTerms, Support, Delivery, Training, Warranty, Quality, Other };
QString tradeableKindKey(TradeableKind k);
TradeableKind tradeableKindFromKey(const QString &key);
QString tradeableKindName(TradeableKind k);

enum class TradeableStatus { Planned, Offered, Traded, Withdrawn };
QString tradeableStatusKey(TradeableStatus s);
TradeableStatus tradeableStatusFromKey(const QString &key);
QString tradeableStatusName(TradeableStatus s);

// Something we could give, what it costs us, what it is worth to them, what we ask back.
struct Tradeable
{
    QString id;
    QString dealId;
    TradeableKind kind = TradeableKind::Price;
    QString give;
    Money costToUs;
    int valueToThem = 3; // 1..5
    QString askInReturn;
    TradeableStatus status = TradeableStatus::Planned;

    FieldErrors validate() const;
    friend bool operator==(const Tradeable &, const Tradeable &) = default;
};

enum class Party { Us, Them };
QString partyKey(Party p);
Party partyFromKey(const QString &key);
QString partyName(Party p);

// One move in the negotiation, logged per round.
struct Concession
{
    QString id;
    QString dealId;
    int round = 1;
    Party party = Party::Us;
    QString change;
    Money priceDelta; // negative when the price went down
    QString tradeableId;
    QDateTime at;

    FieldErrors validate() const;
    friend bool operator==(const Concession &, const Concession &) = default;
};

} // namespace Sepakat
