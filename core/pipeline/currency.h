#pragma once

#include "domain/money.h"
#include "util/result.h"

#include <QMap>
#include <QString>

// Converting deal values into the deal book's currency for board totals and the forecast.
// Rates follow BookSettings::ratesMicro: units of the target (book) currency for ONE unit of
// the other currency, in millionths (USD -> 15'800'000'000 when 1 USD = Rp 15.800).
namespace Sepakat {

enum class ConversionStatus {
    Converted,   // result holds the amount in the target currency
    MissingRate, // no usable rate (absent, zero or negative): count the amount apart
    Overflow,    // the converted amount does not fit in qint64 minor units
};

// The allocation-free core, for loops over many deals: no message is built. Same currency
// returns the amount unchanged without needing a rate. Integer only: minor units times the rate,
// scaled by the two currencies' minor digits, with one rounding half away from zero.
ConversionStatus convertMinor(qint64 minor, const QString &fromCurrency, const QString &toCurrency,
                              const QMap<QString, qint64> &ratesMicro, qint64 *result);

// The same with a translated message on failure. A missing rate is told apart from an overflow
// by isMissingRate(error), so a caller can count such amounts apart instead of failing.
Result<Money> convert(const Money &amount, const QString &toCurrency,
                      const QMap<QString, qint64> &ratesMicro);

// True when an error from convert() means "no rate for this currency" (Error::field names the
// rates setting, so a dialog can also send the user there).
bool isMissingRate(const Error &error);

} // namespace Sepakat
