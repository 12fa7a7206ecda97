#pragma once

#include "util/result.h"

#include <QLocale>
#include <QString>

namespace Sepakat {

// An amount of money: integer minor units (cents, or whole rupiah) plus an ISO 4217 code.
// There is deliberately no constructor from double. Arithmetic that could overflow or mix
// currencies returns a Result, so an error is reported instead of a wrong number.
class Money
{
public:
    Money() = default; // zero of no currency; see isValid()
    Money(qint64 minorUnits, QString currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> negated() const;
    // Quantity in milli-units (1500 = 1.5); rounds half away from zero to the minor unit.
    Result<Money> timesQuantity(qint64 milliUnits) const;
    // Basis points (1100 = 11 %); rounds half away from zero to the minor unit.
    Result<Money> timesBasisPoints(qint64 basisPoints) const;

    // For display: "Rp 1.250.000" in Indonesian, "IDR 1,250,000" in English, "USD 1,250.50".
    QString format(const QLocale &locale) const;
    // The number alone, in the locale's digits grouping ("1.250.000" / "1,250.50").
    QString formatNumber(const QLocale &locale) const;
    // Machine form for files: "-1250.50", "1250000"; no grouping, '.' as decimal point.
    QString toPlainString() const;

    // Reads user or file text: the locale's grouping and decimal point, an optional currency
    // code or symbol ("Rp", "IDR", "USD", "$"), a leading minus. Too many decimals is an error.
    static Result<Money> parse(QString text, const QString &currency,
                               const QLocale &locale = QLocale::c());

    // ISO 4217 minor-unit exponent: 0 for IDR and JPY, 2 for USD, EUR, SGD and most others.
    static int minorDigits(const QString &currency);
    static bool isKnownCurrency(const QString &code);
    static QStringList knownCurrencies();

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// Helpers shared by money and percentage arithmetic.
namespace Arithmetic {
// 128-bit intermediates so a product of two qint64 never overflows before the range check.
__extension__ typedef __int128 Wide;
// numerator / denominator rounded half away from zero; false when the result leaves qint64.
bool divideRounded(Wide numerator, Wide denominator, qint64 *result);
} // namespace Arithmetic

// Percentages are integer basis points: 10000 = 100 %. Formats as "11 %" / "12,5 %".
QString formatBasisPoints(qint64 basisPoints, const QLocale &locale);
// Reads "11", "11%", "12,5 %" (locale decimal point) into basis points; at most 2 decimals.
Result<qint64> parseBasisPoints(QString text, const QLocale &locale = QLocale::c());

} // namespace Sepakat
