#pragma once

// Private to core/review: how review packages and decision files put domain values into JSON
// and read them back, collecting every problem on the way. Amounts are minor units written as
// decimal strings (a JSON number is a double and loses digits past 2^53), with their currency.

#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/valuecase.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace Sepakat::ReviewJson {

// UTC with milliseconds, as the deal book stores times: "2025-03-01T09:00:00.000Z".
QString timeText(const QDateTime &time);

// The top object of a review file after checking its "format" and "version"; a clear refusal
// for text that is not JSON, another kind of file, or a newer version.
Result<QJsonObject> parseFile(const QByteArray &bytes, const QString &format, int version);
// "The file is damaged or incomplete: <problems>."
Error damaged(const QStringList &problems);

// Reads fields of one object; a missing or mistyped field is noted (with its path) and read as
// empty, so one pass finds every problem.
class Reader
{
public:
    explicit Reader(QJsonObject object);

    bool ok() const { return m_problems->isEmpty(); }
    const QStringList &problems() const { return *m_problems; }

    QString text(const char *key);
    int integer(const char *key);
    qint64 bigInteger(const char *key); // written as a decimal string
    QDate date(const char *key);        // may be null
    QDateTime time(const char *key);
    Money money(const char *key);       // may be null: not set
    bool flag(const char *key);
    Reader object(const char *key);
    QList<Reader> array(const char *key);
    bool has(const char *key) const;
    bool isNull(const char *key) const;

private:
    Reader(QJsonObject object, QString path, std::shared_ptr<QStringList> problems);
    QJsonValue value(const char *key, bool (QJsonValue::*isType)() const, const QString &type);
    void problem(const char *key, const QString &what);
    QString pathOf(const char *key) const;

    QJsonObject m_object;
    QString m_path;
    // Shared with the readers of nested objects, so the outermost one sees every problem.
    std::shared_ptr<QStringList> m_problems;
};

QJsonValue moneyJson(const Money &money);
QJsonValue dateJson(const QDate &date);

QJsonObject toJson(const Deal &deal);
Deal dealFrom(Reader r);
QJsonObject toJson(const Customer &customer); // name, industry, size, city, country only
Customer customerFrom(Reader r);
QJsonObject toJson(const Need &need);
Need needFrom(Reader r);
QJsonObject toJson(const Offer &offer);
Offer offerFrom(Reader r);
QJsonObject toJson(const Plan &plan);
Plan planFrom(Reader r);
QJsonObject toJson(const Tradeable &tradeable);
Tradeable tradeableFrom(Reader r);
QJsonObject toJson(const Concession &concession);
Concession concessionFrom(Reader r);
QJsonObject toJson(const ValueCaseInputs &inputs);
ValueCaseInputs valueCaseFrom(Reader r);

} // namespace Sepakat::ReviewJson
