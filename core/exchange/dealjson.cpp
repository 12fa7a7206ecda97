#include "exchange/dealjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Sepakat::Exchange {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::DealJson)
};

// Money travels as "IDR 1250000" / "USD 1250.50": the currency and a plain decimal, so no binary
// fraction ever touches an amount. Money that is not set is null.
QJsonValue moneyText(const Money &money)
{
    if (!money.isValid())
        return QJsonValue::Null;
    return QString(money.currency() + u' ' + money.toPlainString());
}

// One description of every part's fields serves both directions: fields(io, part) with a
// Writer fills a JSON object, with a Reader fills the part and records what is wrong, so the
// reader can never forget a field the writer writes.

class Writer
{
public:
    QJsonObject object;

    void text(const char *key, QString &value) { object.insert(QLatin1String(key), value); }
    void texts(const char *key, QStringList &values)
    {
        object.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    }
    template<typename N>
    void number(const char *key, N &value, qint64, qint64)
    {
        object.insert(QLatin1String(key), qint64(value));
    }
    void optionalNumber(const char *key, std::optional<int> &value, qint64, qint64)
    {
        object.insert(QLatin1String(key), value ? QJsonValue(*value) : QJsonValue::Null);
    }
    void flag(const char *key, bool &value) { object.insert(QLatin1String(key), value); }
    void money(const char *key, Money &value) { object.insert(QLatin1String(key), moneyText(value)); }
    void optionalMoney(const char *key, std::optional<Money> &value)
    {
        object.insert(QLatin1String(key), value ? moneyText(*value) : QJsonValue::Null);
    }
    void date(const char *key, QDate &value)
    {
        object.insert(QLatin1String(key), value.isValid() ? QJsonValue(value.toString(Qt::ISODate))
                                                          : QJsonValue::Null);
    }
    void time(const char *key, QDateTime &value)
    {
        object.insert(QLatin1String(key), value.isValid()
                                              ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                                              : QJsonValue::Null);
    }
    template<typename E, typename ToKey, typename FromKey>
    void choice(const char *key, E &value, ToKey toKey, FromKey)
    {
        object.insert(QLatin1String(key), toKey(value));
    }
    template<typename T>
    void list(const char *key, QList<T> &items)
    {
        QJsonArray array;
        for (T &item : items) {
            Writer part;
            fields(part, item);
            array.append(part.object);
        }
        object.insert(QLatin1String(key), array);
    }
    template<typename T>
    void part(const char *key, std::optional<T> &value)
    {
        if (!value) {
            object.insert(QLatin1String(key), QJsonValue::Null);
            return;
        }
        Writer part;
        fields(part, *value);
        object.insert(QLatin1String(key), part.object);
    }
};

class Reader
{
public:
    Reader(QJsonObject object, QString path, FieldErrors *errors)
        : m_object(std::move(object)), m_path(std::move(path)), m_errors(errors)
    {
    }

    QString at(QLatin1String key) const { return m_path.isEmpty() ? QString(key) : m_path + u'.' + key; }
    void fail(const QString &path, const QString &message) { m_errors->append({path, message}); }

    void text(const char *key, QString &value)
    {
        if (const QJsonValue v = field(key); !v.isUndefined()) {
            if (v.isString())
                value = v.toString();
            else
                fail(at(QLatin1String(key)), Text::tr("must be a text."));
        }
    }
    void texts(const char *key, QStringList &values)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(at(QLatin1String(key)), Text::tr("must be a list of texts."));
                return;
            }
            values << item.toString();
        }
        if (!v.isArray())
            fail(at(QLatin1String(key)), Text::tr("must be a list of texts."));
    }
    template<typename N>
    void number(const char *key, N &value, qint64 low, qint64 high)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return;
        if (const auto n = wholeNumber(v, QLatin1String(key), low, high))
            value = N(*n);
    }
    void optionalNumber(const char *key, std::optional<int> &value, qint64 low, qint64 high)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (const auto n = wholeNumber(v, QLatin1String(key), low, high))
            value = int(*n);
    }
    void flag(const char *key, bool &value)
    {
        if (const QJsonValue v = field(key); !v.isUndefined()) {
            if (v.isBool())
                value = v.toBool();
            else
                fail(at(QLatin1String(key)), Text::tr("must be true or false."));
        }
    }
    void money(const char *key, Money &value)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (auto m = readMoney(v, QLatin1String(key)))
            value = *m;
    }
    void optionalMoney(const char *key, std::optional<Money> &value)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return;
        value = readMoney(v, QLatin1String(key));
    }
    void date(const char *key, QDate &value)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return;
        value = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !value.isValid())
            fail(at(QLatin1String(key)), Text::tr("must be a date such as \"2025-03-31\", or null."));
    }
    void time(const char *key, QDateTime &value)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return;
        value = QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
        if (!v.isString() || !value.isValid())
            fail(at(QLatin1String(key)),
                 Text::tr("must be a time such as \"2025-03-31T09:30:00.000Z\", or null."));
    }
    template<typename E, typename ToKey, typename FromKey>
    void choice(const char *key, E &value, ToKey toKey, FromKey fromKey)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return;
        const QString text = v.toString();
        const E read = fromKey(text);
        if (!v.isString() || toKey(read) != text) {
            fail(at(QLatin1String(key)), Text::tr("\"%1\" is not one of the known values.")
                                             .arg(v.isString() ? text : Text::tr("(not a text)")));
            return;
        }
        value = read;
    }
    template<typename T>
    void list(const char *key, QList<T> &items)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            fail(at(QLatin1String(key)), Text::tr("must be a list."));
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = at(QLatin1String(key)) + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                fail(path, Text::tr("must be an object."));
                continue;
            }
            T item;
            Reader part(array.at(i).toObject(), path, m_errors);
            fields(part, item);
            items.append(std::move(item));
        }
    }
    template<typename T>
    void part(const char *key, std::optional<T> &value)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isObject()) {
            fail(at(QLatin1String(key)), Text::tr("must be an object or null."));
            return;
        }
        value.emplace();
        Reader part(v.toObject(), at(QLatin1String(key)), m_errors);
        fields(part, *value);
    }

private:
    // Every field is required, so a file cut short or typed by hand with a key misspelled says
    // so instead of importing a default.
    QJsonValue field(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            fail(at(QLatin1String(key)), Text::tr("required field is missing."));
        return v;
    }

    std::optional<qint64> wholeNumber(const QJsonValue &v, QLatin1String key, qint64 low,
                                      qint64 high)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || d < double(low) || d > double(high)) {
            fail(at(key), Text::tr("must be a whole number from %1 to %2.").arg(low).arg(high));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<Money> readMoney(const QJsonValue &v, QLatin1String key)
    {
        const QString text = v.toString();
        const QString currency = text.left(3);
        if (!v.isString() || text.size() < 5 || text.at(3) != u' '
            || !Money::isKnownCurrency(currency)) {
            fail(at(key), Text::tr("must be a currency code and an amount, such as \"IDR "
                                   "1250000\" or \"USD 1250.50\", or null."));
            return std::nullopt;
        }
        const Result<Money> money = Money::parse(text.mid(4), currency, QLocale::c());
        if (!money) {
            fail(at(key), money.errorMessage());
            return std::nullopt;
        }
        return money.value();
    }

    QJsonObject m_object;
    QString m_path;
    FieldErrors *m_errors;
};

// Fixed limits keep a hand-edited file from storing numbers no screen can show.
constexpr qint64 kMaxCount = 1'000'000'000;
constexpr qint64 kMaxMilli = qint64(1) << 50;

template<typename IO>
void fields(IO &io, Contact &c)
{
    io.text("id", c.id);
    io.text("name", c.name);
    io.text("role", c.role);
    io.text("email", c.email);
    io.text("phone", c.phone);
}

template<typename IO>
void fields(IO &io, Customer &c)
{
    io.text("id", c.id);
    io.text("name", c.name);
    io.text("industry", c.industry);
    io.choice("size", c.size, companySizeKey, companySizeFromKey);
    io.text("address", c.address);
    io.text("city", c.city);
    io.text("country", c.country);
    io.text("notes", c.notes);
    io.list("contacts", c.contacts);
}

template<typename IO>
void fields(IO &io, Product &p)
{
    io.text("id", p.id);
    io.text("sku", p.sku);
    io.text("name", p.name);
    io.text("unit", p.unit);
    io.money("unitPrice", p.unitPrice);
    io.money("unitCost", p.unitCost);
    io.text("benefit", p.benefit);
    io.flag("active", p.active);
}

Stage stageOrProspect(const QString &key)
{
    return stageFromKey(key).value_or(Stage::Prospect);
}

template<typename IO>
void fields(IO &io, Qualification &q)
{
    io.number("budget", q.budget, 0, 3);
    io.number("authority", q.authority, 0, 3);
    io.number("need", q.need, 0, 3);
    io.number("timing", q.timing, 0, 3);
    io.text("budgetNote", q.budgetNote);
    io.text("authorityNote", q.authorityNote);
    io.text("needNote", q.needNote);
    io.text("timingNote", q.timingNote);
}

template<typename IO>
void fields(IO &io, Deal &d)
{
    io.text("id", d.id);
    io.text("title", d.title);
    io.choice("stage", d.stage, stageKey, stageOrProspect);
    io.time("stageChangedAt", d.stageChangedAt);
    io.optionalNumber("probabilityOverride", d.probabilityOverride, 0, 10000);
    io.money("value", d.value);
    io.date("expectedClose", d.expectedClose);
    io.text("owner", d.owner);
    io.text("lostReason", d.lostReason);
    io.text("proposalLanguage", d.proposalLanguage);
    std::optional<Qualification> qualification = d.qualification;
    io.part("qualification", qualification);
    d.qualification = qualification.value_or(Qualification{});
    io.time("createdAt", d.createdAt);
}

template<typename IO>
void fields(IO &io, Need &n)
{
    io.text("id", n.id);
    io.text("description", n.description);
    io.choice("priority", n.priority, priorityKey, priorityFromKey);
    io.number("urgency", n.urgency, 1, 5);
    io.number("painHoursMilli", n.painHoursMilli, 0, kMaxMilli);
    io.money("painMoney", n.painMoney);
    io.text("benefit", n.benefit);
    io.text("productId", n.productId);
}

template<typename IO>
void fields(IO &io, OfferLine &l)
{
    io.text("id", l.id);
    io.text("productId", l.productId);
    io.text("description", l.description);
    io.number("quantityMilli", l.quantityMilli, 1, kMaxMilli);
    io.money("unitPrice", l.unitPrice);
    io.money("unitCost", l.unitCost);
    io.number("discountBasisPoints", l.discountBasisPoints, 0, 10000);
}

template<typename IO>
void fields(IO &io, OfferTerms &t)
{
    io.number("paymentDays", t.paymentDays, 0, kMaxCount);
    io.number("deliveryDays", t.deliveryDays, 0, kMaxCount);
    io.choice("support", t.support, supportLevelKey, supportLevelFromKey);
    io.number("warrantyMonths", t.warrantyMonths, 0, kMaxCount);
    io.number("contractMonths", t.contractMonths, 0, kMaxCount);
}

// In the file an offer holds its approvals; in the document they are one list (see below).
struct OfferWithApprovals
{
    Offer offer;
    QList<Approval> approvals;
};

template<typename IO>
void fields(IO &io, Approval &a)
{
    io.text("id", a.id);
    io.number("offerVersion", a.offerVersion, 1, kMaxCount);
    io.texts("reasons", a.reasons);
    io.choice("status", a.status, approvalStatusKey, approvalStatusFromKey);
    io.text("submitNote", a.submitNote);
    io.text("reviewer", a.reviewer);
    io.text("comment", a.comment);
    io.time("requestedAt", a.requestedAt);
    io.time("decidedAt", a.decidedAt);
    io.text("contentHash", a.contentHash);
}

template<typename IO>
void fields(IO &io, OfferWithApprovals &o)
{
    Offer &offer = o.offer;
    io.text("id", offer.id);
    io.number("version", offer.version, 1, kMaxCount);
    io.choice("status", offer.status, offerStatusKey, offerStatusFromKey);
    io.text("currency", offer.currency);
    io.list("lines", offer.lines);
    io.number("documentDiscountBasisPoints", offer.documentDiscountBasisPoints, 0, 10000);
    io.number("taxBasisPoints", offer.taxBasisPoints, 0, 10000);
    std::optional<OfferTerms> terms = offer.terms;
    io.part("terms", terms);
    offer.terms = terms.value_or(OfferTerms{});
    io.date("offerDate", offer.offerDate);
    io.date("validUntil", offer.validUntil);
    io.text("customerNote", offer.customerNote);
    io.time("createdAt", offer.createdAt);
    io.list("approvals", o.approvals);
}

template<typename IO>
void fields(IO &io, Objection &o)
{
    io.text("id", o.id);
    io.text("objection", o.objection);
    io.text("response", o.response);
}

template<typename IO>
void fields(IO &io, Plan &p)
{
    io.money("target", p.target);
    io.money("opening", p.opening);
    io.money("walkAway", p.walkAway);
    io.text("ourBatna", p.ourBatna);
    io.money("ourBatnaValue", p.ourBatnaValue);
    io.money("theirBatnaEstimate", p.theirBatnaEstimate);
    io.money("theirWalkAwayEstimate", p.theirWalkAwayEstimate);
    io.choice("style", p.style, negotiationStyleKey, negotiationStyleFromKey);
    io.text("agenda", p.agenda);
    io.list("objections", p.objections);
    io.text("internalNotes", p.internalNotes);
}

template<typename IO>
void fields(IO &io, Tradeable &t)
{
    io.text("id", t.id);
    io.choice("kind", t.kind, tradeableKindKey, tradeableKindFromKey);
    io.text("give", t.give);
    io.money("costToUs", t.costToUs);
    io.number("valueToThem", t.valueToThem, 1, 5);
    io.text("askInReturn", t.askInReturn);
    io.choice("status", t.status, tradeableStatusKey, tradeableStatusFromKey);
}

template<typename IO>
void fields(IO &io, Concession &c)
{
    io.text("id", c.id);
    io.number("round", c.round, 1, kMaxCount);
    io.choice("party", c.party, partyKey, partyFromKey);
    io.text("change", c.change);
    io.money("priceDelta", c.priceDelta);
    io.text("tradeableId", c.tradeableId);
    io.time("at", c.at);
}

template<typename IO>
void fields(IO &io, SavingsItem &s)
{
    io.text("id", s.id);
    io.text("needId", s.needId);
    io.text("description", s.description);
    io.choice("kind", s.kind, savingsKindKey, savingsKindFromKey);
    io.number("hoursPerMonthMilli", s.hoursPerMonthMilli, 0, kMaxMilli);
    io.money("hourlyRate", s.hourlyRate);
    io.number("realizationBasisPoints", s.realizationBasisPoints, 0, 10000);
    io.money("amountPerMonth", s.amountPerMonth);
    io.number("startMonth", s.startMonth, 1, kMaxCount);
    io.number("rampMonths", s.rampMonths, 0, kMaxCount);
}

template<typename IO>
void fields(IO &io, ScenarioFactors &f)
{
    io.number("conservative", f.conservative, 0, 1'000'000);
    io.number("expected", f.expected, 0, 1'000'000);
    io.number("optimistic", f.optimistic, 0, 1'000'000);
}

template<typename IO>
void fields(IO &io, ValueCaseInputs &v)
{
    io.text("currency", v.currency);
    io.number("horizonMonths", v.horizonMonths, 1, 120);
    io.number("annualDiscountRateBasisPoints", v.annualDiscountRateBasisPoints, 0, 1'000'000);
    io.optionalMoney("upfrontOverride", v.upfrontOverride);
    io.money("monthlyCost", v.monthlyCost);
    std::optional<ScenarioFactors> scenarios = v.scenarios;
    io.part("scenarios", scenarios);
    v.scenarios = scenarios.value_or(ScenarioFactors{});
    io.list("items", v.items);
}

template<typename IO>
void fields(IO &io, AuditEvent &e)
{
    io.time("at", e.at);
    io.text("who", e.who);
    io.text("entity", e.entity);
    io.text("entityId", e.entityId);
    io.text("action", e.action);
    io.text("detail", e.detail);
}

// The file's top level. Parts that belong to the deal carry no deal id of their own: the
// deal's id is implied, so a file cannot contradict itself.
struct FileBody
{
    std::optional<Customer> customer;
    QList<Product> products;
    std::optional<Deal> deal;
    QList<Need> needs;
    QList<OfferWithApprovals> offers;
    std::optional<Plan> plan;
    QList<Tradeable> tradeables;
    QList<Concession> concessions;
    std::optional<ValueCaseInputs> valueCase;
    QList<AuditEvent> history;
};

template<typename IO>
void fields(IO &io, FileBody &b)
{
    io.part("customer", b.customer);
    io.list("products", b.products);
    io.part("deal", b.deal);
    io.list("needs", b.needs);
    io.list("offers", b.offers);
    io.part("plan", b.plan);
    io.list("tradeables", b.tradeables);
    io.list("concessions", b.concessions);
    io.part("valueCase", b.valueCase);
    io.list("history", b.history);
}

// Runs the domain's own rules on each part, under the part's path.
void validateParts(const DealDocument &d, FieldErrors *errors)
{
    const auto add = [errors](const QString &prefix, const FieldErrors &found) {
        for (const FieldError &e : found)
            errors->append({prefix + u'.' + e.field, e.message});
    };
    add(QStringLiteral("customer"), d.customer.validate());
    add(QStringLiteral("deal"), d.deal.validate());
    for (qsizetype i = 0; i < d.products.size(); ++i)
        add(QStringLiteral("products[%1]").arg(i), d.products.at(i).validate());
    for (qsizetype i = 0; i < d.needs.size(); ++i)
        add(QStringLiteral("needs[%1]").arg(i), d.needs.at(i).validate());
    for (qsizetype i = 0; i < d.offers.size(); ++i)
        add(QStringLiteral("offers[%1]").arg(i), d.offers.at(i).validate());
    if (d.plan)
        add(QStringLiteral("plan"), d.plan->validate());
    for (qsizetype i = 0; i < d.tradeables.size(); ++i)
        add(QStringLiteral("tradeables[%1]").arg(i), d.tradeables.at(i).validate());
    for (qsizetype i = 0; i < d.concessions.size(); ++i)
        add(QStringLiteral("concessions[%1]").arg(i), d.concessions.at(i).validate());
    if (d.valueCase)
        add(QStringLiteral("valueCase"), d.valueCase->validate());
    for (qsizetype i = 0; i < d.approvals.size(); ++i)
        add(QStringLiteral("approvals[%1]").arg(i), d.approvals.at(i).validate());
}

// Ids must be unique per kind and every reference must point inside the file (or be empty).
void validateReferences(const FileBody &body, FieldErrors *errors)
{
    const auto unique = [errors](QSet<QString> &seen, const QString &id, const QString &path) {
        if (id.trimmed().isEmpty())
            errors->append({path, Text::tr("an id is required.")});
        else if (seen.contains(id))
            errors->append({path, Text::tr("the id \"%1\" is used twice.").arg(id)});
        seen.insert(id);
    };
    const auto known = [errors](const QSet<QString> &ids, const QString &id, const QString &path,
                                const QString &what) {
        if (!id.isEmpty() && !ids.contains(id))
            errors->append({path, Text::tr("refers to %1 \"%2\", which is not in the file.")
                                      .arg(what, id)});
    };
    QSet<QString> products, needs, offers, tradeables, other;
    for (qsizetype i = 0; i < body.products.size(); ++i)
        unique(products, body.products.at(i).id, QStringLiteral("products[%1].id").arg(i));
    for (qsizetype i = 0; i < body.needs.size(); ++i) {
        const QString path = QStringLiteral("needs[%1]").arg(i);
        unique(needs, body.needs.at(i).id, path + QStringLiteral(".id"));
        known(products, body.needs.at(i).productId, path + QStringLiteral(".productId"),
              Text::tr("product"));
    }
    QSet<int> versions;
    for (qsizetype i = 0; i < body.offers.size(); ++i) {
        const OfferWithApprovals &o = body.offers.at(i);
        const QString path = QStringLiteral("offers[%1]").arg(i);
        unique(offers, o.offer.id, path + QStringLiteral(".id"));
        if (versions.contains(o.offer.version))
            errors->append({path + QStringLiteral(".version"),
                            Text::tr("version %1 is used twice.").arg(o.offer.version)});
        versions.insert(o.offer.version);
        for (qsizetype l = 0; l < o.offer.lines.size(); ++l) {
            const QString linePath = path + QStringLiteral(".lines[%1]").arg(l);
            unique(other, o.offer.lines.at(l).id, linePath + QStringLiteral(".id"));
            known(products, o.offer.lines.at(l).productId, linePath + QStringLiteral(".productId"),
                  Text::tr("product"));
        }
        for (qsizetype a = 0; a < o.approvals.size(); ++a)
            unique(other, o.approvals.at(a).id, path + QStringLiteral(".approvals[%1].id").arg(a));
    }
    for (qsizetype i = 0; i < body.tradeables.size(); ++i)
        unique(tradeables, body.tradeables.at(i).id, QStringLiteral("tradeables[%1].id").arg(i));
    for (qsizetype i = 0; i < body.concessions.size(); ++i) {
        const QString path = QStringLiteral("concessions[%1]").arg(i);
        unique(other, body.concessions.at(i).id, path + QStringLiteral(".id"));
        known(tradeables, body.concessions.at(i).tradeableId, path + QStringLiteral(".tradeableId"),
              Text::tr("tradeable"));
    }
    if (body.valueCase) {
        for (qsizetype i = 0; i < body.valueCase->items.size(); ++i) {
            const QString path = QStringLiteral("valueCase.items[%1]").arg(i);
            unique(other, body.valueCase->items.at(i).id, path + QStringLiteral(".id"));
            known(needs, body.valueCase->items.at(i).needId, path + QStringLiteral(".needId"),
                  Text::tr("need"));
        }
    }
    if (body.customer) {
        for (qsizetype i = 0; i < body.customer->contacts.size(); ++i)
            unique(other, body.customer->contacts.at(i).id,
                   QStringLiteral("customer.contacts[%1].id").arg(i));
    }
}

QString joined(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.field + QStringLiteral(": ") + e.message;
    return lines.join(u'\n');
}

} // namespace

Result<DealDocument> readDealJson(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Text::tr("The deal file is not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    if (!parsed.isObject())
        return Error{Text::tr("The deal file must hold a JSON object."), {}};
    const QJsonObject root = parsed.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (format.toString() != QStringLiteral("sepakat-deal"))
        return Error{Text::tr("This is not a Sepakat deal file (its \"format\" is not "
                              "\"sepakat-deal\")."),
                     QStringLiteral("format")};
    const double v = version.toDouble();
    if (!version.isDouble() || std::trunc(v) != v || v < 1)
        return Error{Text::tr("version: must be a whole number from 1."),
                     QStringLiteral("version")};
    if (v > kDealJsonVersion)
        return Error{Text::tr("This deal file is of format version %1, made by a newer Sepakat; "
                              "this one reads up to version %2. Update Sepakat to import it.")
                         .arg(qint64(v))
                         .arg(kDealJsonVersion),
                     QStringLiteral("version")};

    FieldErrors errors;
    FileBody body;
    Reader reader(root, {}, &errors);
    fields(reader, body);
    if (!body.customer)
        errors.append({QStringLiteral("customer"), Text::tr("the deal's customer is required.")});
    if (!body.deal)
        errors.append({QStringLiteral("deal"), Text::tr("the deal is required.")});
    validateReferences(body, &errors);

    DealDocument document;
    if (body.customer)
        document.customer = *body.customer;
    if (body.deal)
        document.deal = *body.deal;
    const QString dealId = document.deal.id;
    document.deal.customerId = document.customer.id;
    document.products = body.products;
    for (qsizetype i = 0; i < body.needs.size(); ++i) {
        Need need = body.needs.at(i);
        need.dealId = dealId;
        need.position = int(i);
        document.needs.append(need);
    }
    for (const OfferWithApprovals &o : std::as_const(body.offers)) {
        Offer offer = o.offer;
        offer.dealId = dealId;
        document.offers.append(offer);
        for (Approval approval : o.approvals) {
            approval.offerId = offer.id;
            document.approvals.append(approval);
        }
    }
    document.plan = body.plan;
    if (document.plan)
        document.plan->dealId = dealId;
    for (Tradeable t : std::as_const(body.tradeables)) {
        t.dealId = dealId;
        document.tradeables.append(t);
    }
    for (Concession c : std::as_const(body.concessions)) {
        c.dealId = dealId;
        document.concessions.append(c);
    }
    document.valueCase = body.valueCase;
    if (document.valueCase)
        document.valueCase->dealId = dealId;
    for (AuditEvent e : std::as_const(body.history)) {
        e.dealId = dealId;
        document.history.append(e);
    }
    if (errors.isEmpty())
        validateParts(document, &errors);
    if (!errors.isEmpty())
        return Error{joined(errors), errors.constFirst().field};
    return document;
}

QByteArray writeDealJson(const DealDocument &document)
{
    FileBody body;
    body.customer = document.customer;
    body.products = document.products;
    body.deal = document.deal;
    body.needs = document.needs;
    for (const Offer &offer : document.offers) {
        OfferWithApprovals o{offer, {}};
        for (const Approval &approval : document.approvals) {
            if (approval.offerId == offer.id)
                o.approvals.append(approval);
        }
        body.offers.append(o);
    }
    body.plan = document.plan;
    body.tradeables = document.tradeables;
    body.concessions = document.concessions;
    body.valueCase = document.valueCase;
    body.history = document.history;

    Writer writer;
    writer.object.insert(QStringLiteral("format"), QStringLiteral("sepakat-deal"));
    writer.object.insert(QStringLiteral("version"), kDealJsonVersion);
    fields(writer, body);
    return QJsonDocument(writer.object).toJson(QJsonDocument::Indented);
}

} // namespace Sepakat::Exchange
