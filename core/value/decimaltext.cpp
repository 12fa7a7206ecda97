#include "value/decimaltext.h"

#include "domain/money.h"

#include <QLocale>
#include <cmath>
#include <limits>

namespace Sepakat::DecimalText {

namespace {

using Arithmetic::Wide;

// Up to 10^38 fits in the signed 128-bit type.
Wide powerOfTen(int exponent)
{
    Wide p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

} // namespace

bool scaledFromDouble(double value, int digits, qint64 *result)
{
    if (!std::isfinite(value))
        return false;
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    qsizetype at = 0;
    const bool negative = text.startsWith('-');
    if (negative)
        ++at;
    Wide mantissa = 0;
    int significant = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    for (; at < text.size(); ++at) {
        const char c = text.at(at);
        if (c == '.') {
            inFraction = true;
        } else if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + (c - '0');
            if (mantissa != 0)
                ++significant;
            if (inFraction)
                ++fractionDigits;
        } else {
            break;
        }
    }
    // The shortest form of a double has at most 17 significant digits.
    if (significant > 17)
        return false;
    int exponent = 0;
    if (at < text.size() && (text.at(at) == 'e' || text.at(at) == 'E')) {
        bool ok = false;
        exponent = text.mid(at + 1).toInt(&ok);
        if (!ok)
            return false;
    }
    const int shift = exponent - fractionDigits + digits;
    Wide scaled = 0;
    if (mantissa == 0) {
        scaled = 0;
    } else if (shift >= 0) {
        if (shift > 20)
            return false; // 17 digits times 10^21 already exceeds qint64
        scaled = mantissa * powerOfTen(shift);
    } else if (-shift > 20) {
        scaled = 0; // below half a unit
    } else {
        const Wide divisor = powerOfTen(-shift);
        scaled = mantissa / divisor;
        if ((mantissa % divisor) * 2 >= divisor)
            ++scaled;
    }
    if (negative)
        scaled = -scaled;
    if (scaled > std::numeric_limits<qint64>::max() || scaled < std::numeric_limits<qint64>::min())
        return false;
    *result = static_cast<qint64>(scaled);
    return true;
}

QByteArray fromScaled(qint64 value, int digits)
{
    const quint64 magnitude =
        value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QByteArray text = QByteArray::number(magnitude / scale);
    QByteArray fraction = QByteArray::number(magnitude % scale).rightJustified(digits, '0');
    while (fraction.size() > 1 && fraction.endsWith('0'))
        fraction.chop(1);
    text += '.' + (fraction.isEmpty() ? QByteArray("0") : fraction);
    if (value < 0)
        text.prepend('-');
    return text;
}

QByteArray ratio(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    qint64 hundredths = 0;
    if (scaledFromDouble(value, 2, &hundredths))
        return fromScaled(hundredths, 2);
    // Beyond 9e16: two decimals mean nothing there, the shortest form is exact enough.
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace Sepakat::DecimalText
