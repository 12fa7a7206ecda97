#include "domain/money.h"

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace Sepakat {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Error overflowError()
{
    return Error{
        QCoreApplication::translate("Sepakat::Money", "The amount is too large to calculate with."),
        {}};
}

// Plain digits with at most `digits` decimals after `point` ("1250000", "8919.50"), the form
// files and JSON mostly write amounts in, read without the strings the general parser builds
// (it was a quarter of checking an imported deal). Anything else, including an amount too
// large, is left to the general parser and its messages.
std::optional<qint64> plainMinor(QStringView text, QChar point, int digits)
{
    qint64 minor = 0;
    int decimals = -1; // -1 until the point
    bool anyDigit = false;
    for (const QChar c : text) {
        if (c == point && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9' || (decimals >= 0 && ++decimals > digits))
            return std::nullopt;
        if (__builtin_mul_overflow(minor, qint64(10), &minor) ||
            __builtin_add_overflow(minor, qint64(c.unicode() - u'0'), &minor))
            return std::nullopt;
        anyDigit = true;
    }
    if (!anyDigit)
        return std::nullopt;
    for (int i = qMax(decimals, 0); i < digits; ++i) {
        if (__builtin_mul_overflow(minor, qint64(10), &minor))
            return std::nullopt;
    }
    return minor;
}

qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

struct CurrencyInfo
{
    const char *code;
    int digits;
    const char *symbolId; // how Indonesian readers expect it written; empty means the code
};

// The currencies a deal desk in the region meets; others still work with two decimals.
constexpr CurrencyInfo kCurrencies[] = {
    {"IDR", 0, "Rp"}, {"USD", 2, ""}, {"EUR", 2, ""}, {"SGD", 2, ""}, {"MYR", 2, ""},
    {"AUD", 2, ""},   {"GBP", 2, ""}, {"JPY", 0, ""}, {"CNY", 2, ""}, {"THB", 2, ""},
    {"PHP", 2, ""},   {"VND", 0, ""}, {"INR", 2, ""}, {"KRW", 0, ""}, {"HKD", 2, ""},
    {"CHF", 2, ""},   {"COP", 2, ""},
};

const CurrencyInfo *findCurrency(const QString &code)
{
    for (const auto &c : kCurrencies) {
        if (code == QLatin1String(c.code))
            return &c;
    }
    return nullptr;
}

// Groups an unsigned integer string by the locale's separator.
QString groupDigits(qint64 value, const QLocale &locale)
{
    QLocale grouping = locale;
    grouping.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouping.toString(value);
}

} // namespace

bool Arithmetic::divideRounded(Arithmetic::Wide numerator, Arithmetic::Wide denominator,
                               qint64 *result)
{
    if (denominator == 0)
        return false;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Arithmetic::Wide magnitude = negative ? -numerator : numerator;
    Arithmetic::Wide quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator)
        ++quotient; // half away from zero
    const Arithmetic::Wide signedQuotient = negative ? -quotient : quotient;
    if (signedQuotient > kMax || signedQuotient < kMin)
        return false;
    *result = static_cast<qint64>(signedQuotient);
    return true;
}

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency) {
        return Error{QCoreApplication::translate("Sepakat::Money",
                                                 "Cannot add %1 to %2: the currencies differ.")
                         .arg(other.m_currency, m_currency),
                     {}};
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return overflowError();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency) {
        return Error{QCoreApplication::translate(
                         "Sepakat::Money", "Cannot subtract %1 from %2: the currencies differ.")
                         .arg(other.m_currency, m_currency),
                     {}};
    }
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return overflowError();
    return Money(difference, m_currency);
}

Result<Money> Money::negated() const
{
    if (m_minor == kMin)
        return overflowError();
    return Money(-m_minor, m_currency);
}

Result<Money> Money::timesQuantity(qint64 milliUnits) const
{
    qint64 product = 0;
    if (!Arithmetic::divideRounded(static_cast<Arithmetic::Wide>(m_minor) * milliUnits, 1000,
                                   &product))
        return overflowError();
    return Money(product, m_currency);
}

Result<Money> Money::timesBasisPoints(qint64 basisPoints) const
{
    qint64 product = 0;
    if (!Arithmetic::divideRounded(static_cast<Arithmetic::Wide>(m_minor) * basisPoints, 10000,
                                   &product))
        return overflowError();
    return Money(product, m_currency);
}

QString Money::formatNumber(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    const qint64 scale = powerOfTen(digits);
    // Work on the magnitude as unsigned so the minimum value formats too.
    const quint64 magnitude =
        m_minor < 0 ? 0 - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    const quint64 whole = magnitude / static_cast<quint64>(scale);
    const quint64 fraction = magnitude % static_cast<quint64>(scale);
    // Only the minimum qint64 has a magnitude past kMax; it is shown ungrouped.
    QString text = whole > static_cast<quint64>(kMax)
                       ? QString::number(whole)
                       : groupDigits(static_cast<qint64>(whole), locale);
    if (digits > 0)
        text += locale.decimalPoint() + QString::number(fraction).rightJustified(digits, u'0');
    if (m_minor < 0)
        text.prepend(u'-');
    return text;
}

QString Money::format(const QLocale &locale) const
{
    QString prefix = m_currency;
    if (locale.language() == QLocale::Indonesian) {
        if (const auto *info = findCurrency(m_currency); info && *info->symbolId)
            prefix = QString::fromLatin1(info->symbolId);
    }
    const QString number = formatNumber(locale);
    if (number.startsWith(u'-'))
        return u'-' + prefix + u' ' + number.mid(1);
    return prefix + u' ' + number;
}

QString Money::toPlainString() const
{
    return formatNumber(QLocale::c()).remove(u',');
}

Result<Money> Money::parse(QString text, const QString &currency, const QLocale &locale)
{
    if (const QString point = locale.decimalPoint(); point.size() == 1) {
        if (const std::optional<qint64> minor =
                plainMinor(text, point.front(), minorDigits(currency)))
            return Money(*minor, currency);
    }
    const QString original = text.trimmed();
    text = original;
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    }
    // Strip a currency marker written before or after the number.
    for (const QString &marker :
         {currency, QStringLiteral("Rp"), QStringLiteral("IDR"), QStringLiteral("$")}) {
        if (marker.isEmpty())
            continue;
        if (text.startsWith(marker, Qt::CaseInsensitive))
            text.remove(0, marker.size());
        else if (text.endsWith(marker, Qt::CaseInsensitive))
            text.chop(marker.size());
    }
    if (!negative && text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const auto invalid = [&original] {
        return Error{
            QCoreApplication::translate("Sepakat::Money", "\"%1\" is not an amount of money.")
                .arg(original),
            {}};
    };
    if (text.isEmpty())
        return invalid();

    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    QString wholePart = text;
    QString fractionPart;
    if (const qsizetype point = text.lastIndexOf(decimalPoint); point >= 0) {
        wholePart = text.left(point);
        fractionPart = text.mid(point + decimalPoint.size());
    }
    if (!groupSeparator.isEmpty())
        wholePart.remove(groupSeparator);
    for (const QString &part : {wholePart, fractionPart}) {
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return invalid();
        }
    }
    if (wholePart.isEmpty() && fractionPart.isEmpty())
        return invalid();
    const int digits = minorDigits(currency);
    if (fractionPart.size() > digits) {
        return Error{digits == 0
                         ? QCoreApplication::translate("Sepakat::Money",
                                                       "%1 amounts have no decimals: \"%2\".")
                               .arg(currency, original)
                         : QCoreApplication::translate(
                               "Sepakat::Money", "%1 amounts have at most %2 decimals: \"%3\".")
                               .arg(currency)
                               .arg(digits)
                               .arg(original),
                     {}};
    }
    fractionPart = fractionPart.leftJustified(digits, u'0');

    qint64 minor = 0;
    for (const QChar c : QString(wholePart + fractionPart)) {
        if (__builtin_mul_overflow(minor, qint64(10), &minor) ||
            __builtin_add_overflow(minor, qint64(c.digitValue()), &minor))
            return overflowError();
    }
    return Money(negative ? -minor : minor, currency);
}

int Money::minorDigits(const QString &currency)
{
    if (const auto *info = findCurrency(currency))
        return info->digits;
    return 2;
}

bool Money::isKnownCurrency(const QString &code)
{
    return findCurrency(code) != nullptr;
}

QStringList Money::knownCurrencies()
{
    QStringList codes;
    for (const auto &c : kCurrencies)
        codes << QString::fromLatin1(c.code);
    return codes;
}

QString formatBasisPoints(qint64 basisPoints, const QLocale &locale)
{
    const qint64 magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    QString text = QString::number(magnitude / 100);
    if (const qint64 hundredths = magnitude % 100; hundredths != 0) {
        QString decimals = QString::number(hundredths).rightJustified(2, u'0');
        if (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += locale.decimalPoint() + decimals;
    }
    return (basisPoints < 0 ? QStringLiteral("-") : QString()) + text + QStringLiteral(" %");
}

Result<qint64> parseBasisPoints(QString text, const QLocale &locale)
{
    const QString original = text.trimmed();
    text = original;
    text.remove(u'%').remove(u' ');
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const auto invalid = [&original] {
        return Error{QCoreApplication::translate("Sepakat::Money", "\"%1\" is not a percentage.")
                         .arg(original),
                     {}};
    };
    QString whole = text;
    QString fraction;
    const QString point = locale.decimalPoint();
    qsizetype at = text.indexOf(point);
    if (at < 0 && point != QStringLiteral("."))
        at = text.indexOf(u'.'); // "12.5" is still clear to anyone
    if (at >= 0) {
        whole = text.left(at);
        fraction = text.mid(at + 1);
    }
    if (whole.isEmpty() || whole.size() > 9 || fraction.size() > 2)
        return invalid();
    for (const QChar c : QString(whole + fraction)) {
        if (!c.isDigit() || c.unicode() > 127)
            return invalid();
    }
    const qint64 value = whole.toLongLong() * 100 + fraction.leftJustified(2, u'0').toLongLong();
    return negative ? -value : value;
}

} // namespace Sepakat
