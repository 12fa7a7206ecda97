#pragma once

// Private to core/value: exact conversions between JSON numbers and scaled integers. A double
// is read through its shortest round-trip decimal form ("0.7", "1e-05"), which is the text a
// person wrote, so 0.7 scales to exactly 7000 basis points instead of 6999.

#include <QByteArray>
#include <QtGlobal>

namespace Sepakat::DecimalText {

// value * 10^digits, rounded half away from zero on the decimal digits; false for NaN, infinity
// or a result outside qint64.
bool scaledFromDouble(double value, int digits, qint64 *result);

// 40000 with 3 digits -> "40.0", 13333 -> "13.333", -1500 -> "-1.5": at least one decimal so
// the number reads as a measurement, never more than digits.
QByteArray fromScaled(qint64 value, int digits);

// A derived ratio rounded half away from zero to 2 decimals, written like fromScaled.
QByteArray ratio(double value);

} // namespace Sepakat::DecimalText
