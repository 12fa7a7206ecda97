#pragma once

#include <QLocale>
#include <QString>

// Short amounts for places too narrow for every digit (chart axes, a narrow column header):
// Indonesian "Rp 1,5 jt", "Rp 250 rb", "Rp 12 M"; English "IDR 1.5M", "USD 250K", "IDR 12B".
namespace Sepakat::AmountText {

// The number alone, from whole units of the currency: "1,5 jt" / "1.5M".
QString shortNumber(qint64 wholeUnits, const QLocale &locale);
// With the currency prefix Money::format uses for the locale ("Rp", "IDR", "USD").
QString shortMoney(qint64 minor, const QString &currency, const QLocale &locale);
// The largest short unit not above wholeUnits (1 with no suffix for small amounts), for a chart
// axis that labels every tick in the same unit: {1'000'000, "jt"} / {1'000'000, "M"}.
struct ShortUnit
{
    qint64 size = 1;
    QString suffix; // with its leading space where the language wants one ("jt" -> " jt")
};
ShortUnit shortUnitFor(qint64 wholeUnits, const QLocale &locale);
// The prefix alone.
QString currencyPrefix(const QString &currency, const QLocale &locale);

} // namespace Sepakat::AmountText
