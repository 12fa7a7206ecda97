#include "pipeline/amounttext.h"

#include "domain/money.h"

#include <array>

namespace Sepakat::AmountText {

namespace {

struct Unit
{
    qint64 size;
    const char16_t *indonesian; // ribu, juta, miliar, triliun
    const char16_t *english;
};

constexpr std::array<Unit, 4> kUnits = {{
    {1'000'000'000'000, u"T", u"T"},
    {1'000'000'000, u"M", u"B"},
    {1'000'000, u"jt", u"M"},
    {1'000, u"rb", u"K"},
}};

} // namespace

QString shortNumber(qint64 wholeUnits, const QLocale &locale)
{
    const bool indonesian = locale.language() == QLocale::Indonesian;
    // The one magnitude qint64 cannot hold is shown one unit short: invisible once shortened.
    const qint64 magnitude = wholeUnits >= 0 ? wholeUnits : -(wholeUnits + 1);
    const QString sign = wholeUnits < 0 ? QStringLiteral("-") : QString();
    for (const Unit &unit : kUnits) {
        if (magnitude < unit.size)
            continue;
        // Tenths, rounded half up, so 1,45 jt shows as 1,5 jt and 9,96 jt as 10 jt.
        const qint64 tenths = (magnitude + unit.size / 20) / (unit.size / 10);
        const QString number = tenths < 100 && tenths % 10 != 0
                                   ? locale.toString(tenths / 10) + locale.decimalPoint()
                                         + QString::number(tenths % 10)
                                   : locale.toString((tenths + 5) / 10);
        const QString suffix = QString::fromUtf16(indonesian ? unit.indonesian : unit.english);
        return sign + number + (indonesian ? QStringLiteral(" ") : QString()) + suffix;
    }
    return sign + locale.toString(magnitude);
}

ShortUnit shortUnitFor(qint64 wholeUnits, const QLocale &locale)
{
    const bool indonesian = locale.language() == QLocale::Indonesian;
    for (const Unit &unit : kUnits) {
        if (wholeUnits >= unit.size) {
            const QString suffix = QString::fromUtf16(indonesian ? unit.indonesian : unit.english);
            return {unit.size, indonesian ? u' ' + suffix : suffix};
        }
    }
    return {};
}

QString currencyPrefix(const QString &currency, const QLocale &locale)
{
    return Money::zero(currency).format(locale).section(u' ', 0, 0);
}

QString shortMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    qint64 scale = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        scale *= 10;
    return currencyPrefix(currency, locale) + u' ' + shortNumber(minor / scale, locale);
}

} // namespace Sepakat::AmountText
