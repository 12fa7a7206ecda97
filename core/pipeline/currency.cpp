#include "pipeline/currency.h"

#include <QCoreApplication>

namespace Sepakat {

namespace {

const QString &ratesField()
{
    static const QString field = QStringLiteral("ratesMicro");
    return field;
}

constexpr qint64 kMicro = 1'000'000;

Arithmetic::Wide powerOfTen(int digits)
{
    Arithmetic::Wide p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

} // namespace

ConversionStatus convertMinor(qint64 minor, const QString &fromCurrency, const QString &toCurrency,
                              const QMap<QString, qint64> &ratesMicro, qint64 *result)
{
    if (fromCurrency == toCurrency) {
        *result = minor;
        return ConversionStatus::Converted;
    }
    const auto rate = ratesMicro.constFind(fromCurrency);
    if (fromCurrency.isEmpty() || rate == ratesMicro.cend() || *rate <= 0)
        return ConversionStatus::MissingRate;

    // minor / 10^from * rate / 10^6 * 10^to; the powers of ten cancel first so that only the
    // part that is really needed multiplies the 128-bit numerator.
    const int digitShift = Money::minorDigits(toCurrency) - Money::minorDigits(fromCurrency);
    Arithmetic::Wide numerator = static_cast<Arithmetic::Wide>(minor) * *rate;
    Arithmetic::Wide denominator = kMicro;
    if (digitShift >= 0) {
        if (__builtin_mul_overflow(numerator, powerOfTen(digitShift), &numerator))
            return ConversionStatus::Overflow;
    } else {
        denominator *= powerOfTen(-digitShift);
    }
    if (!Arithmetic::divideRounded(numerator, denominator, result))
        return ConversionStatus::Overflow;
    return ConversionStatus::Converted;
}

Result<Money> convert(const Money &amount, const QString &toCurrency,
                      const QMap<QString, qint64> &ratesMicro)
{
    qint64 converted = 0;
    switch (convertMinor(amount.minor(), amount.currency(), toCurrency, ratesMicro, &converted)) {
    case ConversionStatus::Converted:
        return Money(converted, toCurrency);
    case ConversionStatus::MissingRate:
        return Error{QCoreApplication::translate(
                         "Sepakat::Pipeline",
                         "There is no exchange rate from %1 to %2 in this deal book.")
                         .arg(amount.currency(), toCurrency),
                     ratesField()};
    case ConversionStatus::Overflow:
        break;
    }
    return Error{QCoreApplication::translate("Sepakat::Pipeline",
                                             "%1 %2 is too large to convert to %3.")
                     .arg(amount.toPlainString(), amount.currency(), toCurrency),
                 QStringLiteral("value")};
}

bool isMissingRate(const Error &error)
{
    return error.field == ratesField();
}

} // namespace Sepakat
