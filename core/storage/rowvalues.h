#pragma once

// Private to the repositories: how values travel between domain types and SQL columns, so every
// table reads and writes dates, times and money the same way (see the conventions in schema.cpp).

#include "domain/money.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "util/clock.h"
#include "util/result.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace Sepakat::Rows {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Sepakat::Storage", text);
}

// A NULL of the type the column holds, so the driver binds NULL and not an empty string.
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

inline QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// yyyy-MM-dd. Written digit by digit: QDate::toString goes through the general format code,
// which was a tenth of an import's cost of writing a deal.
inline QString dateText(const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(u'0' + value % 10);
        out += digits;
    };
    put(year, 4);
    *out++ = u'-';
    put(month, 2);
    *out++ = u'-';
    put(day, 2);
    return text;
}

inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(dateText(date)) : nullText();
}

// Digits at text[from, from + count), or -1: the stored forms are fixed, and reading them by hand
// instead of through the locale-aware number parser keeps 100,000-deal loads quick.
inline int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// yyyy-MM-dd at the start of text, or an invalid date.
inline QDate isoDateAt(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

inline QDate dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 10) {
        if (const QDate date = isoDateAt(text); date.isValid())
            return date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

// Times are UTC with milliseconds: "2024-05-01T03:04:05.006Z". Text order is time order.
inline QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(timeText(time)) : nullText();
}

inline QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 24 && text.at(10) == u'T' && text.at(13) == u':' && text.at(19) == u'.' &&
        text.at(23) == u'Z') {
        const QDate date = isoDateAt(text);
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                         digitsAt(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

// Money that is not set (no currency) is NULL in a nullable column.
inline QVariant moneyValue(const Money &money)
{
    return money.isValid() ? QVariant(money.minor()) : nullInteger();
}

inline Money moneyFrom(const QVariant &minor, const QString &currency)
{
    if (minor.isNull() || currency.isEmpty())
        return {};
    return Money(minor.toLongLong(), currency);
}

inline QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(qint64(*value)) : nullInteger();
}

// Empty text ids (a line without a product) are NULL, so foreign keys see "no reference".
inline QVariant idValue(const QString &id)
{
    return id.isEmpty() ? nullText() : QVariant(id);
}

inline QString ensureId(const QString &id)
{
    return id.isEmpty() ? newId() : id;
}

inline QDateTime now()
{
    return Clock::current().now();
}

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse; an unset text is
// the empty text. Only a deliberately null variant (nullText()) becomes NULL.
inline const QVariant &bindable(const QVariant &value)
{
    static const QVariant emptyText = QVariant(QStringLiteral(""));
    const bool unsetText = !value.isNull() && value.metaType() == QMetaType::fromType<QString>() &&
                           static_cast<const QString *>(value.constData())->isNull();
    return unsetText ? emptyText : value;
}

// Binds the values by position and runs the statement.
inline bool run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, bindable(value));
    return query.exec();
}

// The same by placeholder name (":id"), for statements run thousands of times in a row: Qt's
// positional binding formats a placeholder name for every value it binds, which costs more than
// SQLite's own work for a row; a name given as a literal costs one hash lookup.
inline bool runNamed(QSqlQuery &query,
                     std::initializer_list<std::pair<QString, QVariant>> namedValues)
{
    for (const auto &[name, value] : namedValues)
        query.bindValue(name, bindable(value));
    return query.exec();
}

inline Status invalid(const FieldErrors &errors)
{
    return Status(Error{joinMessages(errors), errors.isEmpty() ? QString() : errors.first().field});
}

inline Status refused(const QString &message, const QString &field = {})
{
    return Status(Error{message, field});
}

// One integer from a single-value query (COUNT(*) and the like); -1 when it failed.
inline qint64 scalar(DealBook &book, const QString &sql,
                     std::initializer_list<QVariant> values = {})
{
    QSqlQuery &query = book.statement(sql);
    qint64 result = -1;
    if (run(query, values) && query.next())
        result = query.value(0).toLongLong();
    query.finish();
    return result;
}

// The audit event for a change, appended in the caller's transaction (unless an import that
// restores history paused it).
inline Status audit(DealBook &book, const QString &entity, const QString &entityId,
                    const QString &dealId, const QString &action, const QString &detail)
{
    if (!book.recordsHistory())
        return Status::success();
    AuditEvent event;
    event.entity = entity;
    event.entityId = entityId;
    event.dealId = dealId;
    event.action = action;
    event.detail = detail;
    return AuditLog(book).append(std::move(event));
}

inline bool dealExists(DealBook &book, const QString &dealId)
{
    return scalar(book, QStringLiteral("SELECT COUNT(*) FROM deals WHERE id = ?"), {dealId}) > 0;
}

inline Status noSuchDeal()
{
    // Spelled out so that lupdate files it under the context it is looked up in.
    return refused(
        QCoreApplication::translate("Sepakat::Storage",
                                    "The deal of this worksheet does not exist in this deal book."),
        QStringLiteral("dealId"));
}

} // namespace Sepakat::Rows
