#include "domain/concession.h"

#include "domain/enumtable.h"
#include "domain/fieldcheck.h"

namespace Sepakat {

namespace {

constexpr const char *kKindContext = "Sepakat::TradeableKind";
constexpr const char *kStatusContext = "Sepakat::TradeableStatus";
constexpr const char *kPartyContext = "Sepakat::Party";

constexpr EnumTable::Entry<TradeableKind> kKinds[] = {
    {TradeableKind::Price, "price", QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Price")},
    {TradeableKind::PaymentTerms, "payment-terms",
     QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Payment terms")},
    {TradeableKind::Support, "support", QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Support")},
    {TradeableKind::Delivery, "delivery", QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Delivery")},
    {TradeableKind::Training, "training", QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Training")},
    {TradeableKind::Warranty, "warranty", QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Warranty")},
    {TradeableKind::Quality, "quality", QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Quality")},
    {TradeableKind::Other, "other", QT_TRANSLATE_NOOP("Sepakat::TradeableKind", "Other")},
};

constexpr EnumTable::Entry<TradeableStatus> kStatuses[] = {
    {TradeableStatus::Planned, "planned", QT_TRANSLATE_NOOP("Sepakat::TradeableStatus", "Planned")},
    {TradeableStatus::Offered, "offered", QT_TRANSLATE_NOOP("Sepakat::TradeableStatus", "Offered")},
    {TradeableStatus::Traded, "traded", QT_TRANSLATE_NOOP("Sepakat::TradeableStatus", "Traded")},
    {TradeableStatus::Withdrawn, "withdrawn",
     QT_TRANSLATE_NOOP("Sepakat::TradeableStatus", "Withdrawn")},
};

constexpr EnumTable::Entry<Party> kParties[] = {
    {Party::Us, "us", QT_TRANSLATE_NOOP("Sepakat::Party", "Us")},
    {Party::Them, "them", QT_TRANSLATE_NOOP("Sepakat::Party", "Customer")},
};

} // namespace

QString tradeableKindKey(TradeableKind k)
{
    return EnumTable::key(kKinds, k);
}

TradeableKind tradeableKindFromKey(const QString &key)
{
    return EnumTable::fromKey(kKinds, key, TradeableKind::Other);
}

QString tradeableKindName(TradeableKind k)
{
    return EnumTable::name(kKindContext, kKinds, k);
}

QString tradeableStatusKey(TradeableStatus s)
{
    return EnumTable::key(kStatuses, s);
}

TradeableStatus tradeableStatusFromKey(const QString &key)
{
    return EnumTable::fromKey(kStatuses, key, TradeableStatus::Planned);
}

QString tradeableStatusName(TradeableStatus s)
{
    return EnumTable::name(kStatusContext, kStatuses, s);
}

QString partyKey(Party p)
{
    return EnumTable::key(kParties, p);
}

Party partyFromKey(const QString &key)
{
    return EnumTable::fromKey(kParties, key, Party::Us);
}

QString partyName(Party p)
{
    return EnumTable::name(kPartyContext, kParties, p);
}

FieldErrors Tradeable::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("give"), give,
                    QCoreApplication::translate("Sepakat::Validation", "What we give"));
    Check::money(errors, QStringLiteral("costToUs"), costToUs,
                 QCoreApplication::translate("Sepakat::Validation", "Cost to us"),
                 Check::Amount::Optional);
    Check::range(errors, QStringLiteral("valueToThem"), valueToThem, 1, 5,
                 QCoreApplication::translate("Sepakat::Validation", "Value to them"));
    return errors;
}

FieldErrors Concession::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("change"), change,
                    QCoreApplication::translate("Sepakat::Validation", "Concession description"));
    Check::atLeast(errors, QStringLiteral("round"), round, 1,
                   QCoreApplication::translate("Sepakat::Validation", "Round"));
    // A price delta is signed on purpose (a cut is negative), so only its currency is checked.
    if (priceDelta.isValid() && !Money::isKnownCurrency(priceDelta.currency())) {
        errors.append({QStringLiteral("priceDelta"),
                       QCoreApplication::translate("Sepakat::Validation",
                                                   "%1 is in an unknown currency (%2).")
                           .arg(QCoreApplication::translate("Sepakat::Validation", "Price change"),
                                priceDelta.currency())});
    }
    return errors;
}

} // namespace Sepakat
