#include "value/valuecasejson.h"

#include "value/decimaltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace Sepakat {

namespace {

constexpr int kMaxHorizon = 120;

// Gives the file's messages one translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ValueCaseJson)
};

// Collects every problem with its JSON path, so one run of the command shows them all.
class Reader
{
public:
    explicit Reader(QString currency)
        : m_currency(std::move(currency))
    {
    }

    const FieldErrors &errors() const { return m_errors; }
    void setCurrency(const QString &currency) { m_currency = currency; }
    void fail(const QString &path, const QString &message) { m_errors.append({path, message}); }

    // The value when present; records "missing" and returns an undefined value otherwise.
    QJsonValue required(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            fail(path, Text::tr("required field is missing."));
        return value;
    }

    std::optional<QString> text(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = required(object, path, key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fail(path, Text::tr("must be a text."));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<int> wholeNumber(const QJsonObject &object, const QString &path,
                                   const QString &key)
    {
        const QJsonValue value = required(object, path, key);
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > 1e9) {
            fail(path, Text::tr("must be a whole number."));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    // A JSON number scaled to an integer: digits 2 for percent -> basis points, 3 for milli.
    std::optional<qint64> scaled(const QJsonValue &value, const QString &path, int digits)
    {
        qint64 result = 0;
        if (!value.isDouble()) {
            fail(path, Text::tr("must be a number."));
            return std::nullopt;
        }
        if (!DecimalText::scaledFromDouble(value.toDouble(), digits, &result)) {
            fail(path, Text::tr("the number is too large."));
            return std::nullopt;
        }
        return result;
    }

    std::optional<qint64> scaled(const QJsonObject &object, const QString &path, const QString &key,
                                 int digits)
    {
        const QJsonValue value = required(object, path, key);
        if (value.isUndefined())
            return std::nullopt;
        return scaled(value, path, digits);
    }

    // Amounts are strings so no binary fraction ever touches money.
    std::optional<Money> amount(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = required(object, path, key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fail(path, Text::tr("must be an amount written as a text, such as \"85000\"."));
            return std::nullopt;
        }
        if (m_currency.isEmpty()) {
            // The currency is missing or unknown (reported on its own line): without its minor
            // unit only the amount's form can be checked, so the other problems still show.
            static const QRegularExpression plainAmount(QStringLiteral("^\\s*-?\\d+(\\.\\d+)?\\s*$"));
            if (!plainAmount.match(value.toString()).hasMatch())
                fail(path, Text::tr("must be an amount written as a text, such as \"85000\"."));
            else if (value.toString().trimmed().startsWith(u'-'))
                fail(path, Text::tr("cannot be negative."));
            return std::nullopt;
        }
        const Result<Money> money = Money::parse(value.toString(), m_currency, QLocale::c());
        if (!money) {
            fail(path, money.errorMessage());
            return std::nullopt;
        }
        if (money->isNegative()) {
            fail(path, Text::tr("cannot be negative."));
            return std::nullopt;
        }
        return money.value();
    }

private:
    QString m_currency;
    FieldErrors m_errors;
};

QString join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

void readItem(Reader &reader, const QJsonValue &value, const QString &path, SavingsItem *item)
{
    if (!value.isObject()) {
        reader.fail(path, Text::tr("must be an object."));
        return;
    }
    const QJsonObject object = value.toObject();
    const auto at = [&path](const char *key) { return join(path, QString::fromLatin1(key)); };

    if (auto description = reader.text(object, at("description"), QStringLiteral("description")))
        item->description = *description;
    if (auto start = reader.wholeNumber(object, at("start_month"), QStringLiteral("start_month"))) {
        if (*start < 1)
            reader.fail(at("start_month"), Text::tr("must be 1 or later."));
        item->startMonth = *start;
    }
    if (auto ramp = reader.wholeNumber(object, at("ramp_months"), QStringLiteral("ramp_months"))) {
        if (*ramp < 0)
            reader.fail(at("ramp_months"), Text::tr("cannot be negative."));
        item->rampMonths = *ramp;
    }

    const auto kind = reader.text(object, at("kind"), QStringLiteral("kind"));
    if (!kind)
        return;
    if (*kind == u"time") {
        item->kind = SavingsKind::Time;
        if (auto hours = reader.scaled(object, at("hours_per_month"),
                                       QStringLiteral("hours_per_month"), 3)) {
            if (*hours < 0)
                reader.fail(at("hours_per_month"), Text::tr("hours saved cannot be negative."));
            item->hoursPerMonthMilli = *hours;
        }
        if (auto rate = reader.amount(object, at("hourly_rate"), QStringLiteral("hourly_rate")))
            item->hourlyRate = *rate;
        if (auto realization = reader.scaled(object, at("realization_percent"),
                                             QStringLiteral("realization_percent"), 2)) {
            if (*realization > 10000)
                reader.fail(at("realization_percent"), Text::tr("cannot be above 100 %."));
            else if (*realization < 0)
                reader.fail(at("realization_percent"), Text::tr("cannot be negative."));
            item->realizationBasisPoints = *realization;
        }
    } else if (*kind == u"money") {
        item->kind = SavingsKind::Money;
        if (auto amount =
                reader.amount(object, at("amount_per_month"), QStringLiteral("amount_per_month")))
            item->amountPerMonth = *amount;
    } else {
        reader.fail(at("kind"), Text::tr("must be \"time\" or \"money\"."));
    }
}

void readScenarioFactors(Reader &reader, const QJsonObject &root, ScenarioFactors *factors)
{
    const QJsonValue value = root.value(QStringLiteral("scenario_factors"));
    if (value.isUndefined() || value.isNull())
        return;
    const QString path = QStringLiteral("scenario_factors");
    if (!value.isObject()) {
        reader.fail(path, Text::tr("must be an object."));
        return;
    }
    const QJsonObject object = value.toObject();
    bool allRead = true;
    const auto readOne = [&](const char *key, qint64 *target) {
        const QJsonValue factor = object.value(QLatin1String(key));
        if (factor.isUndefined())
            return;
        const QString at = join(path, QString::fromLatin1(key));
        const auto basisPoints = reader.scaled(factor, at, 4);
        if (!basisPoints) {
            allRead = false;
        } else if (*basisPoints < 0 || *basisPoints > 100 * 10000) {
            reader.fail(at, Text::tr("must be between 0 and 100."));
            allRead = false;
        } else {
            *target = *basisPoints;
        }
    };
    readOne("conservative", &factors->conservative);
    readOne("expected", &factors->expected);
    readOne("optimistic", &factors->optimistic);
    if (allRead &&
        (factors->conservative > factors->expected || factors->expected > factors->optimistic)) {
        reader.fail(path,
                    Text::tr("the factors must rise from conservative to expected to optimistic."));
    }
}

QString joinedMessage(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines << error.field + QStringLiteral(": ") + error.message;
    return lines.join(u'\n');
}

QByteArray jsonString(const QString &text)
{
    // A one-element array is the shortest way to borrow Qt's string escaping.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray money(const Money &amount)
{
    return '"' + amount.toPlainString().toLatin1() + '"';
}

} // namespace

Result<ValueCaseInputs> readValueCaseJson(const QByteArray &json, Money *upfront)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{Text::tr("The value case is not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    }
    if (!document.isObject())
        return Error{Text::tr("The value case must be a JSON object."), {}};
    const QJsonObject root = document.object();

    ValueCaseInputs inputs;
    // An unknown currency is listed first, and reading goes on so every other problem shows too;
    // amounts are then only checked for their form (Reader::amount).
    Reader reader{QString()};
    QString currency;
    if (auto code = reader.text(root, QStringLiteral("currency"), QStringLiteral("currency"))) {
        currency = code->trimmed().toUpper();
        if (!Money::isKnownCurrency(currency)) {
            reader.fail(QStringLiteral("currency"), Text::tr("unknown currency \"%1\".").arg(*code));
            currency.clear();
        }
    }
    reader.setCurrency(currency);
    inputs.currency = currency;

    if (auto horizon = reader.wholeNumber(root, QStringLiteral("horizon_months"),
                                          QStringLiteral("horizon_months"))) {
        if (*horizon < 1 || *horizon > kMaxHorizon)
            reader.fail(QStringLiteral("horizon_months"),
                        Text::tr("must be from 1 to %1 months.").arg(kMaxHorizon));
        inputs.horizonMonths = *horizon;
    }
    if (auto rate = reader.scaled(root, QStringLiteral("annual_discount_rate_percent"),
                                  QStringLiteral("annual_discount_rate_percent"), 2)) {
        if (*rate < 0 || *rate > 10000)
            reader.fail(QStringLiteral("annual_discount_rate_percent"),
                        Text::tr("must be between 0 and 100."));
        inputs.annualDiscountRateBasisPoints = *rate;
    }
    Money upfrontCost = Money::zero(currency);
    if (auto amount =
            reader.amount(root, QStringLiteral("upfront_cost"), QStringLiteral("upfront_cost")))
        upfrontCost = *amount;
    inputs.upfrontOverride = upfrontCost;
    inputs.monthlyCost = Money::zero(currency);
    if (auto amount =
            reader.amount(root, QStringLiteral("monthly_cost"), QStringLiteral("monthly_cost")))
        inputs.monthlyCost = *amount;
    readScenarioFactors(reader, root, &inputs.scenarios);

    const QJsonValue items =
        reader.required(root, QStringLiteral("items"), QStringLiteral("items"));
    if (!items.isUndefined() && !items.isArray())
        reader.fail(QStringLiteral("items"), Text::tr("must be a list."));
    const QJsonArray itemArray = items.toArray();
    for (qsizetype i = 0; i < itemArray.size(); ++i) {
        SavingsItem item;
        item.hourlyRate = Money::zero(currency);
        item.amountPerMonth = Money::zero(currency);
        readItem(reader, itemArray.at(i), QStringLiteral("items[%1]").arg(i), &item);
        inputs.items.append(item);
    }

    if (!reader.errors().isEmpty())
        return Error{joinedMessage(reader.errors()), reader.errors().constFirst().field};
    if (upfront)
        *upfront = upfrontCost;
    return inputs;
}

QByteArray writeValueCaseJson(const ValueCaseResult &result)
{
    const auto optionalRatio = [](const std::optional<double> &value) {
        return value ? DecimalText::ratio(*value) : QByteArrayLiteral("null");
    };
    QByteArray out;
    out.reserve(200 + result.months.size() * 160);
    out += "{\n  \"currency\": " + jsonString(result.currency) + ",\n";
    out += "  \"scenario\": " + jsonString(scenarioKey(result.scenario)) + ",\n";
    out += "  \"months\": [";
    for (qsizetype i = 0; i < result.months.size(); ++i) {
        const MonthFigures &m = result.months.at(i);
        out += i == 0 ? "\n    " : ",\n    ";
        out += "{\"month\": " + QByteArray::number(m.month) +
               ", \"hours_saved\": " + DecimalText::fromScaled(m.hoursSavedMilli, 3) +
               ", \"benefit\": " + money(m.benefit) + ", \"cost\": " + money(m.cost) +
               ", \"net\": " + money(m.net) + ", \"cumulative\": " + money(m.cumulative) + '}';
    }
    out += result.months.isEmpty() ? "],\n" : "\n  ],\n";
    out += "  \"total_hours_saved\": " + DecimalText::fromScaled(result.totalHoursMilli, 3) + ",\n";
    out += "  \"total_benefit\": " + money(result.totalBenefit) + ",\n";
    out += "  \"total_cost\": " + money(result.totalCost) + ",\n";
    out += "  \"payback_month\": " +
           (result.paybackMonth ? QByteArray::number(*result.paybackMonth)
                                : QByteArrayLiteral("null")) +
           ",\n";
    out += "  \"payback_months\": " + optionalRatio(result.paybackMonths) + ",\n";
    out += "  \"roi_percent\": " + optionalRatio(result.roiPercent) + ",\n";
    out += "  \"npv\": " + money(result.npv) + "\n}\n";
    return out;
}

} // namespace Sepakat
