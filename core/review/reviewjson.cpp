#include "review/reviewjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Sepakat::ReviewJson {

namespace {

// Gives the texts one translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ReviewFiles)
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Result<QJsonObject> parseFile(const QByteArray &bytes, const QString &format, int version)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{error.error != QJsonParseError::NoError
                         ? Text::tr("The file is damaged or not a Sepakat file: %1 at byte %2.")
                               .arg(error.errorString())
                               .arg(error.offset)
                         : Text::tr("The file is damaged or not a Sepakat file."),
                     {}};
    }
    const QJsonObject object = document.object();
    const QString found = object.value(QStringLiteral("format")).toString();
    if (found != format) {
        return Error{found.isEmpty() ? Text::tr("The file is not a %1 file.").arg(format)
                                     : Text::tr("The file is a %1 file, not a %2 file.").arg(found, format),
                     QStringLiteral("format")};
    }
    const QJsonValue foundVersion = object.value(QStringLiteral("version"));
    if (!foundVersion.isDouble() || foundVersion.toDouble() < 1)
        return damaged({Text::tr("it has no valid format version")});
    if (foundVersion.toDouble() > version) {
        return Error{Text::tr("The file was written by a newer Sepakat (format version %1); this "
                        "Sepakat reads version %2. Update Sepakat to open it.")
                         .arg(foundVersion.toInt())
                         .arg(version),
                     QStringLiteral("version")};
    }
    return object;
}

Error damaged(const QStringList &problems)
{
    return Error{Text::tr("The file is damaged or incomplete: %1.").arg(problems.join(QStringLiteral("; "))),
                 {}};
}

Reader::Reader(QJsonObject object)
    : Reader(std::move(object), {}, std::make_shared<QStringList>())
{
}

Reader::Reader(QJsonObject object, QString path, std::shared_ptr<QStringList> problems)
    : m_object(std::move(object)), m_path(std::move(path)), m_problems(std::move(problems))
{
}

QString Reader::pathOf(const char *name) const
{
    return m_path.isEmpty() ? key(name) : m_path + u'.' + key(name);
}

void Reader::problem(const char *name, const QString &what)
{
    m_problems->append(Text::tr("%1 %2").arg(pathOf(name), what));
}

bool Reader::has(const char *name) const
{
    return m_object.contains(key(name));
}

bool Reader::isNull(const char *name) const
{
    return m_object.value(key(name)).isNull();
}

QJsonValue Reader::value(const char *name, bool (QJsonValue::*isType)() const,
                         const QString &type)
{
    const QJsonValue found = m_object.value(key(name));
    if (found.isUndefined()) {
        problem(name, Text::tr("is missing"));
        return {};
    }
    if (!(found.*isType)()) {
        problem(name, Text::tr("must be %1").arg(type));
        return {};
    }
    return found;
}

QString Reader::text(const char *name)
{
    return value(name, &QJsonValue::isString, Text::tr("a text")).toString();
}

int Reader::integer(const char *name)
{
    const QJsonValue found = value(name, &QJsonValue::isDouble, Text::tr("a whole number"));
    const double number = found.toDouble();
    if (found.isDouble() && (number != double(qint64(number)) || qAbs(number) > 1e9)) {
        problem(name, Text::tr("must be a whole number"));
        return 0;
    }
    return int(number);
}

qint64 Reader::bigInteger(const char *name)
{
    const QString digits = text(name);
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!digits.isEmpty() && !ok)
        problem(name, Text::tr("must be a whole number written as text"));
    return number;
}

QDate Reader::date(const char *name)
{
    if (isNull(name) && has(name))
        return {};
    const QString textValue = text(name);
    const QDate parsed = QDate::fromString(textValue, Qt::ISODate);
    if (!textValue.isEmpty() && !parsed.isValid())
        problem(name, Text::tr("must be a date like 2025-03-31"));
    return parsed;
}

QDateTime Reader::time(const char *name)
{
    const QString textValue = text(name);
    const QDateTime parsed = QDateTime::fromString(textValue, Qt::ISODateWithMs);
    if (!textValue.isEmpty() && !parsed.isValid())
        problem(name, Text::tr("must be a time like 2025-03-31T09:00:00.000Z"));
    return parsed.toUTC();
}

Money Reader::money(const char *name)
{
    if (isNull(name) && has(name))
        return {};
    Reader amount = object(name);
    const QString currency = amount.text("currency");
    const qint64 minor = amount.bigInteger("minor");
    return currency.isEmpty() ? Money() : Money(minor, currency);
}

bool Reader::flag(const char *name)
{
    return value(name, &QJsonValue::isBool, Text::tr("true or false")).toBool();
}

Reader Reader::object(const char *name)
{
    return Reader(value(name, &QJsonValue::isObject, Text::tr("an object")).toObject(), pathOf(name),
                  m_problems);
}

QList<Reader> Reader::array(const char *name)
{
    const QJsonArray items = value(name, &QJsonValue::isArray, Text::tr("a list")).toArray();
    QList<Reader> readers;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(pathOf(name)).arg(i);
        if (!items.at(i).isObject())
            m_problems->append(Text::tr("%1 must be an object").arg(path));
        readers << Reader(items.at(i).toObject(), path, m_problems);
    }
    return readers;
}

QJsonValue moneyJson(const Money &money)
{
    if (!money.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("currency"), money.currency()},
                       {QStringLiteral("minor"), QString::number(money.minor())}};
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue::Null;
}

QJsonObject toJson(const Deal &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("stage"), stageKey(d.stage)},
            {QStringLiteral("value"), moneyJson(d.value)},
            {QStringLiteral("expected_close"), dateJson(d.expectedClose)},
            {QStringLiteral("owner"), d.owner}};
}

Deal dealFrom(Reader r)
{
    Deal d;
    d.id = r.text("id");
    d.title = r.text("title");
    d.stage = stageFromKey(r.text("stage")).value_or(Stage::Negotiation);
    d.value = r.money("value");
    d.expectedClose = r.date("expected_close");
    d.owner = r.text("owner");
    return d;
}

QJsonObject toJson(const Customer &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("industry"), c.industry},
            {QStringLiteral("size"), companySizeKey(c.size)},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("country"), c.country}};
}

Customer customerFrom(Reader r)
{
    Customer c;
    c.id = r.text("id");
    c.name = r.text("name");
    c.industry = r.text("industry");
    c.size = companySizeFromKey(r.text("size"));
    c.city = r.text("city");
    c.country = r.text("country");
    return c;
}

QJsonObject toJson(const Need &n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("description"), n.description},
            {QStringLiteral("priority"), priorityKey(n.priority)},
            {QStringLiteral("urgency"), n.urgency},
            {QStringLiteral("pain_hours_milli"), QString::number(n.painHoursMilli)},
            {QStringLiteral("pain_money"), moneyJson(n.painMoney)},
            {QStringLiteral("benefit"), n.benefit}};
}

Need needFrom(Reader r)
{
    Need n;
    n.id = r.text("id");
    n.description = r.text("description");
    n.priority = priorityFromKey(r.text("priority"));
    n.urgency = r.integer("urgency");
    n.painHoursMilli = r.bigInteger("pain_hours_milli");
    n.painMoney = r.money("pain_money");
    n.benefit = r.text("benefit");
    return n;
}

QJsonObject toJson(const Offer &o)
{
    QJsonArray lines;
    for (const OfferLine &l : o.lines) {
        lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("product_id"), l.productId},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity_milli"), QString::number(l.quantityMilli)},
                                 {QStringLiteral("unit_price"), moneyJson(l.unitPrice)},
                                 {QStringLiteral("unit_cost"), moneyJson(l.unitCost)},
                                 {QStringLiteral("discount_bp"), QString::number(l.discountBasisPoints)}});
    }
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("version"), o.version},
            {QStringLiteral("status"), offerStatusKey(o.status)},
            {QStringLiteral("currency"), o.currency},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("document_discount_bp"), QString::number(o.documentDiscountBasisPoints)},
            {QStringLiteral("tax_bp"), QString::number(o.taxBasisPoints)},
            {QStringLiteral("payment_days"), o.terms.paymentDays},
            {QStringLiteral("delivery_days"), o.terms.deliveryDays},
            {QStringLiteral("support"), supportLevelKey(o.terms.support)},
            {QStringLiteral("warranty_months"), o.terms.warrantyMonths},
            {QStringLiteral("contract_months"), o.terms.contractMonths},
            {QStringLiteral("offer_date"), dateJson(o.offerDate)},
            {QStringLiteral("valid_until"), dateJson(o.validUntil)},
            {QStringLiteral("customer_note"), o.customerNote}};
}

Offer offerFrom(Reader r)
{
    Offer o;
    o.id = r.text("id");
    o.version = r.integer("version");
    o.status = offerStatusFromKey(r.text("status"));
    o.currency = r.text("currency");
    for (Reader line : r.array("lines")) {
        OfferLine l;
        l.id = line.text("id");
        l.productId = line.text("product_id");
        l.description = line.text("description");
        l.quantityMilli = line.bigInteger("quantity_milli");
        l.unitPrice = line.money("unit_price");
        l.unitCost = line.money("unit_cost");
        l.discountBasisPoints = line.bigInteger("discount_bp");
        o.lines << l;
    }
    o.documentDiscountBasisPoints = r.bigInteger("document_discount_bp");
    o.taxBasisPoints = r.bigInteger("tax_bp");
    o.terms.paymentDays = r.integer("payment_days");
    o.terms.deliveryDays = r.integer("delivery_days");
    o.terms.support = supportLevelFromKey(r.text("support"));
    o.terms.warrantyMonths = r.integer("warranty_months");
    o.terms.contractMonths = r.integer("contract_months");
    o.offerDate = r.date("offer_date");
    o.validUntil = r.date("valid_until");
    o.customerNote = r.text("customer_note");
    return o;
}

QJsonObject toJson(const Plan &p)
{
    QJsonArray objections;
    for (const Objection &o : p.objections) {
        objections.append(QJsonObject{{QStringLiteral("objection"), o.objection},
                                      {QStringLiteral("response"), o.response}});
    }
    return {{QStringLiteral("target"), moneyJson(p.target)},
            {QStringLiteral("opening"), moneyJson(p.opening)},
            {QStringLiteral("walk_away"), moneyJson(p.walkAway)},
            {QStringLiteral("our_batna"), p.ourBatna},
            {QStringLiteral("our_batna_value"), moneyJson(p.ourBatnaValue)},
            {QStringLiteral("their_batna_estimate"), moneyJson(p.theirBatnaEstimate)},
            {QStringLiteral("their_walk_away_estimate"), moneyJson(p.theirWalkAwayEstimate)},
            {QStringLiteral("style"), negotiationStyleKey(p.style)},
            {QStringLiteral("agenda"), p.agenda},
            {QStringLiteral("objections"), objections},
            {QStringLiteral("internal_notes"), p.internalNotes}};
}

Plan planFrom(Reader r)
{
    Plan p;
    p.target = r.money("target");
    p.opening = r.money("opening");
    p.walkAway = r.money("walk_away");
    p.ourBatna = r.text("our_batna");
    p.ourBatnaValue = r.money("our_batna_value");
    p.theirBatnaEstimate = r.money("their_batna_estimate");
    p.theirWalkAwayEstimate = r.money("their_walk_away_estimate");
    p.style = negotiationStyleFromKey(r.text("style"));
    p.agenda = r.text("agenda");
    for (Reader o : r.array("objections"))
        p.objections << Objection{{}, o.text("objection"), o.text("response")};
    p.internalNotes = r.text("internal_notes");
    return p;
}

QJsonObject toJson(const Tradeable &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("kind"), tradeableKindKey(t.kind)},
            {QStringLiteral("give"), t.give},
            {QStringLiteral("cost_to_us"), moneyJson(t.costToUs)},
            {QStringLiteral("value_to_them"), t.valueToThem},
            {QStringLiteral("ask_in_return"), t.askInReturn},
            {QStringLiteral("status"), tradeableStatusKey(t.status)}};
}

Tradeable tradeableFrom(Reader r)
{
    Tradeable t;
    t.id = r.text("id");
    t.kind = tradeableKindFromKey(r.text("kind"));
    t.give = r.text("give");
    t.costToUs = r.money("cost_to_us");
    t.valueToThem = r.integer("value_to_them");
    t.askInReturn = r.text("ask_in_return");
    t.status = tradeableStatusFromKey(r.text("status"));
    return t;
}

QJsonObject toJson(const Concession &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("round"), c.round},
            {QStringLiteral("party"), partyKey(c.party)},
            {QStringLiteral("change"), c.change},
            {QStringLiteral("price_delta"), moneyJson(c.priceDelta)},
            {QStringLiteral("tradeable_id"), c.tradeableId},
            {QStringLiteral("at"), timeText(c.at)}};
}

Concession concessionFrom(Reader r)
{
    Concession c;
    c.id = r.text("id");
    c.round = r.integer("round");
    c.party = partyFromKey(r.text("party"));
    c.change = r.text("change");
    c.priceDelta = r.money("price_delta");
    c.tradeableId = r.text("tradeable_id");
    c.at = r.time("at");
    return c;
}

QJsonObject toJson(const ValueCaseInputs &v)
{
    QJsonArray items;
    for (const SavingsItem &s : v.items) {
        items.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("need_id"), s.needId},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("kind"), savingsKindKey(s.kind)},
            {QStringLiteral("hours_per_month_milli"), QString::number(s.hoursPerMonthMilli)},
            {QStringLiteral("hourly_rate"), moneyJson(s.hourlyRate)},
            {QStringLiteral("realization_bp"), QString::number(s.realizationBasisPoints)},
            {QStringLiteral("amount_per_month"), moneyJson(s.amountPerMonth)},
            {QStringLiteral("start_month"), s.startMonth},
            {QStringLiteral("ramp_months"), s.rampMonths}});
    }
    return {{QStringLiteral("currency"), v.currency},
            {QStringLiteral("horizon_months"), v.horizonMonths},
            {QStringLiteral("annual_discount_rate_bp"),
             QString::number(v.annualDiscountRateBasisPoints)},
            {QStringLiteral("upfront_override"),
             v.upfrontOverride ? moneyJson(*v.upfrontOverride) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("monthly_cost"), moneyJson(v.monthlyCost)},
            {QStringLiteral("factor_conservative_bp"), QString::number(v.scenarios.conservative)},
            {QStringLiteral("factor_expected_bp"), QString::number(v.scenarios.expected)},
            {QStringLiteral("factor_optimistic_bp"), QString::number(v.scenarios.optimistic)},
            {QStringLiteral("items"), items}};
}

ValueCaseInputs valueCaseFrom(Reader r)
{
    ValueCaseInputs v;
    v.currency = r.text("currency");
    v.horizonMonths = r.integer("horizon_months");
    v.annualDiscountRateBasisPoints = r.bigInteger("annual_discount_rate_bp");
    if (!r.isNull("upfront_override"))
        v.upfrontOverride = r.money("upfront_override");
    v.monthlyCost = r.money("monthly_cost");
    v.scenarios.conservative = r.bigInteger("factor_conservative_bp");
    v.scenarios.expected = r.bigInteger("factor_expected_bp");
    v.scenarios.optimistic = r.bigInteger("factor_optimistic_bp");
    for (Reader item : r.array("items")) {
        SavingsItem s;
        s.id = item.text("id");
        s.needId = item.text("need_id");
        s.description = item.text("description");
        s.kind = savingsKindFromKey(item.text("kind"));
        s.hoursPerMonthMilli = item.bigInteger("hours_per_month_milli");
        s.hourlyRate = item.money("hourly_rate");
        s.realizationBasisPoints = item.bigInteger("realization_bp");
        s.amountPerMonth = item.money("amount_per_month");
        s.startMonth = item.integer("start_month");
        s.rampMonths = item.integer("ramp_months");
        v.items << s;
    }
    return v;
}

} // namespace Sepakat::ReviewJson
