#include "pipeline/pipelinetotals.h"

#include "pipeline/currency.h"

#include <algorithm>
#include <limits>

namespace Sepakat {

namespace {

using Wide = Arithmetic::Wide;

MissingRates missingRatesOf(const QMap<QString, int> &byCurrency)
{
    MissingRates missing;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        missing.count += it.value();
        missing.currencies << it.key();
    }
    return missing;
}

void uncountMissing(QMap<QString, int> &byCurrency, const QString &currency)
{
    const auto it = byCurrency.find(currency);
    if (it != byCurrency.end() && --it.value() <= 0)
        byCurrency.erase(it);
}

// Adds value and value × basis points; false when a 128-bit sum would overflow, which needs
// absurd inputs but must still not wrap.
bool accumulate(Wide *sum, Wide *weightedSum, qint64 minor, int basisPoints)
{
    const Wide weighted = static_cast<Wide>(minor) * basisPoints;
    return !__builtin_add_overflow(*sum, static_cast<Wide>(minor), sum)
        && !__builtin_add_overflow(*weightedSum, weighted, weightedSum);
}

bool fitsQint64(Wide value)
{
    return value >= std::numeric_limits<qint64>::min()
        && value <= std::numeric_limits<qint64>::max();
}

// The one rounding of a weighted sum; invalid Money() when it does not fit.
Money weightedMoney(Wide basisPointSum, const QString &currency, bool *overflow)
{
    qint64 minor = 0;
    if (*overflow || !Arithmetic::divideRounded(basisPointSum, 10000, &minor)) {
        *overflow = true;
        return {};
    }
    return Money(minor, currency);
}

int monthKey(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

ConvertedDeal convertDeal(const Deal &deal, const StageTable &stages, const QString &currency,
                          const QMap<QString, qint64> &ratesMicro)
{
    ConvertedDeal converted;
    converted.status =
        convertMinor(deal.value.minor(), deal.value.currency(), currency, ratesMicro,
                     &converted.minor);
    converted.probability = deal.probability(stages);
    if (deal.expectedClose.isValid())
        converted.closeMonth = monthKey(deal.expectedClose);
    return converted;
}

int PipelineTotals::missingRateCount() const
{
    int count = 0;
    for (const StageTotals &s : stages)
        count += s.missingRate.count;
    return count;
}

bool PipelineTotals::overflow() const
{
    return std::any_of(stages.cbegin(), stages.cend(),
                       [](const StageTotals &s) { return s.overflow; });
}

PipelineTotalsBuilder::PipelineTotalsBuilder(const StageTable &stages, QString currency,
                                             const QMap<QString, qint64> &ratesMicro)
    : m_stages(stages), m_currency(std::move(currency)), m_ratesMicro(ratesMicro)
{
}

void PipelineTotalsBuilder::add(const Deal &deal)
{
    add(deal, convertDeal(deal, m_stages, m_currency, m_ratesMicro));
}

void PipelineTotalsBuilder::add(const Deal &deal, const ConvertedDeal &converted)
{
    Column &column = m_columns[static_cast<int>(deal.stage)];
    ++column.count;
    switch (converted.status) {
    case ConversionStatus::Converted:
        if (!accumulate(&column.total, &column.weightedBasisPoints, converted.minor,
                        converted.probability))
            column.overflow = true;
        break;
    case ConversionStatus::MissingRate:
        ++column.missingByCurrency[deal.value.currency()];
        break;
    case ConversionStatus::Overflow:
        column.overflow = true;
        break;
    }
}

bool PipelineTotalsBuilder::remove(const Deal &deal, const ConvertedDeal &converted)
{
    Column &column = m_columns[static_cast<int>(deal.stage)];
    if (column.overflow)
        return false;
    --column.count;
    switch (converted.status) {
    case ConversionStatus::Converted:
        // It was added without overflow, so taking it back cannot overflow either.
        column.total -= converted.minor;
        column.weightedBasisPoints -= static_cast<Wide>(converted.minor) * converted.probability;
        break;
    case ConversionStatus::MissingRate:
        uncountMissing(column.missingByCurrency, deal.value.currency());
        break;
    case ConversionStatus::Overflow:
        return false;
    }
    return true;
}

StageTotals PipelineTotalsBuilder::result(Stage stage) const
{
    const Column &column = m_columns[static_cast<int>(stage)];
    StageTotals out;
    out.count = column.count;
    out.missingRate = missingRatesOf(column.missingByCurrency);
    out.overflow = column.overflow || !fitsQint64(column.total);
    out.weighted = weightedMoney(column.weightedBasisPoints, m_currency, &out.overflow);
    if (out.overflow)
        out.weighted = Money();
    else
        out.total = Money(static_cast<qint64>(column.total), m_currency);
    return out;
}

PipelineTotals PipelineTotalsBuilder::result() const
{
    PipelineTotals totals;
    totals.currency = m_currency;
    for (const Stage stage : kAllStages)
        totals.stages[static_cast<int>(stage)] = result(stage);
    return totals;
}

PipelineTotals pipelineTotals(std::span<const DealSummary> deals, const StageTable &stages,
                              const QString &currency, const QMap<QString, qint64> &ratesMicro)
{
    PipelineTotalsBuilder builder(stages, currency, ratesMicro);
    for (const DealSummary &summary : deals)
        builder.add(summary.deal);
    return builder.result();
}

PipelineTotals pipelineTotals(std::span<const Deal> deals, const StageTable &stages,
                              const QString &currency, const QMap<QString, qint64> &ratesMicro)
{
    PipelineTotalsBuilder builder(stages, currency, ratesMicro);
    for (const Deal &deal : deals)
        builder.add(deal);
    return builder.result();
}

ForecastBuilder::ForecastBuilder(const StageTable &stages, QString currency,
                                 const QMap<QString, qint64> &ratesMicro, QDate fromMonth,
                                 int months)
    : m_stages(stages),
      m_currency(std::move(currency)),
      m_ratesMicro(ratesMicro),
      m_firstMonth(QDate(fromMonth.year(), fromMonth.month(), 1)),
      m_firstMonthKey(monthKey(m_firstMonth)),
      m_months(std::max(months, 0))
{
}

void ForecastBuilder::add(const Deal &deal)
{
    if (isClosed(deal.stage) || !deal.expectedClose.isValid()) {
        add(deal, ConvertedDeal{});
        return;
    }
    add(deal, convertDeal(deal, m_stages, m_currency, m_ratesMicro));
}

void ForecastBuilder::add(const Deal &deal, const ConvertedDeal &converted)
{
    if (isClosed(deal.stage))
        return;
    if (!deal.expectedClose.isValid()) {
        ++m_undated;
        return;
    }
    const int index = converted.closeMonth - m_firstMonthKey;
    if (index < 0) {
        ++m_earlier;
        return;
    }
    if (index >= m_months.size()) {
        ++m_later;
        return;
    }
    Month &month = m_months[index];
    ++month.count;
    switch (converted.status) {
    case ConversionStatus::Converted: {
        Wide unweighted = 0; // the forecast shows only the weighted sum
        if (!accumulate(&unweighted, &month.weightedBasisPoints, converted.minor,
                        converted.probability))
            month.overflow = true;
        break;
    }
    case ConversionStatus::MissingRate:
        ++m_missingByCurrency[deal.value.currency()];
        break;
    case ConversionStatus::Overflow:
        month.overflow = true;
        break;
    }
}

bool ForecastBuilder::remove(const Deal &deal, const ConvertedDeal &converted)
{
    if (isClosed(deal.stage))
        return true;
    if (!deal.expectedClose.isValid()) {
        --m_undated;
        return true;
    }
    const int index = converted.closeMonth - m_firstMonthKey;
    if (index < 0) {
        --m_earlier;
        return true;
    }
    if (index >= m_months.size()) {
        --m_later;
        return true;
    }
    Month &month = m_months[index];
    if (month.overflow)
        return false;
    --month.count;
    switch (converted.status) {
    case ConversionStatus::Converted:
        month.weightedBasisPoints -= static_cast<Wide>(converted.minor) * converted.probability;
        break;
    case ConversionStatus::MissingRate:
        uncountMissing(m_missingByCurrency, deal.value.currency());
        break;
    case ConversionStatus::Overflow:
        return false;
    }
    return true;
}

Forecast ForecastBuilder::result() const
{
    Forecast forecast;
    forecast.currency = m_currency;
    forecast.earlierCount = m_earlier;
    forecast.laterCount = m_later;
    forecast.undatedCount = m_undated;
    forecast.missingRate = missingRatesOf(m_missingByCurrency);
    forecast.months.reserve(m_months.size());
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const Month &month = m_months.at(i);
        MonthForecast out;
        out.month = m_firstMonth.addMonths(static_cast<int>(i));
        out.count = month.count;
        out.overflow = month.overflow;
        out.weighted = weightedMoney(month.weightedBasisPoints, m_currency, &out.overflow);
        forecast.overflow = forecast.overflow || out.overflow;
        forecast.months.append(out);
    }
    return forecast;
}

Forecast forecastByMonth(std::span<const DealSummary> deals, const StageTable &stages,
                         const QString &currency, const QMap<QString, qint64> &ratesMicro,
                         QDate fromMonth, int months)
{
    ForecastBuilder builder(stages, currency, ratesMicro, fromMonth, months);
    for (const DealSummary &summary : deals)
        builder.add(summary.deal);
    return builder.result();
}

Forecast forecastByMonth(std::span<const Deal> deals, const StageTable &stages,
                         const QString &currency, const QMap<QString, qint64> &ratesMicro,
                         QDate fromMonth, int months)
{
    ForecastBuilder builder(stages, currency, ratesMicro, fromMonth, months);
    for (const Deal &deal : deals)
        builder.add(deal);
    return builder.result();
}

} // namespace Sepakat
