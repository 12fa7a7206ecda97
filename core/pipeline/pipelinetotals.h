#pragma once

#include "domain/deal.h"
#include "domain/money.h"
#include "domain/stage.h"
#include "pipeline/currency.h"
#include "storage/repositories.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <span>

// Column-header totals and the monthly forecast of the pipeline board, in the book's currency.
// Deals in other currencies convert by BookSettings::ratesMicro (see currency.h). A deal whose
// rate is missing is never added to a sum: it is counted apart, with its currency, so the header
// can say "3 deals in SGD not included". Sums that leave qint64 are reported, not wrapped.
//
// Weighted value is Σ converted value × probability (basis points, Deal::probability), rounded
// once half away from zero for the whole sum, so a column of many small deals does not drift.
// Each deal's conversion rounds once on its own (see convertMinor).
//
// Both totals are built by an accumulator with add(deal), so the board can feed exactly the
// deals its filter shows without copying them; the free functions are the one-call form.
namespace Sepakat {

// Deals left out of a sum because their currency has no rate to the book currency.
struct MissingRates
{
    int count = 0;
    QStringList currencies; // sorted, each once

    bool isEmpty() const { return count == 0; }
    friend bool operator==(const MissingRates &, const MissingRates &) = default;
};

// A deal's value in the book currency and its probability, worked out once, so that a board
// totalling the same deals on every keystroke does not convert each of them again.
struct ConvertedDeal
{
    ConversionStatus status = ConversionStatus::Converted;
    qint64 minor = 0; // in the book currency, when Converted
    int probability = 0; // basis points
    // The expected close as year × 12 + month − 1 when dated: placing 100,000 deals in months
    // by QDate::year() and month() was a third of the forecast's cost per keystroke.
    int closeMonth = 0;
};

ConvertedDeal convertDeal(const Deal &deal, const StageTable &stages, const QString &currency,
                          const QMap<QString, qint64> &ratesMicro);

struct StageTotals
{
    int count = 0;       // every deal in the stage, including those counted apart
    Money total;         // in the book currency, of the deals that converted
    Money weighted;      // Σ value × probability of the same deals
    MissingRates missingRate;
    bool overflow = false; // then total and weighted are invalid Money(), never a wrapped number
};

struct PipelineTotals
{
    QString currency;
    std::array<StageTotals, kStageCount> stages;

    const StageTotals &operator[](Stage stage) const { return stages[static_cast<int>(stage)]; }
    int missingRateCount() const;
    bool overflow() const;
};

class PipelineTotalsBuilder
{
public:
    PipelineTotalsBuilder(const StageTable &stages, QString currency,
                          const QMap<QString, qint64> &ratesMicro);
    void add(const Deal &deal);
    // The same, with what convertDeal gave for this deal and the builder's settings.
    void add(const Deal &deal, const ConvertedDeal &converted);
    // Takes back an add() of the same deal and conversion, so one moved deal costs O(1) rather
    // than a new sum over every shown deal. False when the column overflowed, which cannot be
    // taken back: build the totals again then.
    bool remove(const Deal &deal, const ConvertedDeal &converted);
    PipelineTotals result() const;
    // The one stage's totals, as result() has them.
    StageTotals result(Stage stage) const;

private:
    struct Column
    {
        int count = 0;
        Arithmetic::Wide total = 0;
        Arithmetic::Wide weightedBasisPoints = 0; // Σ minor × basis points, divided at the end
        QMap<QString, int> missingByCurrency;     // deals per currency, so a removal can drop one
        bool overflow = false;
    };

    StageTable m_stages;
    QString m_currency;
    QMap<QString, qint64> m_ratesMicro; // implicitly shared: copying it is cheap
    std::array<Column, kStageCount> m_columns{};
};

PipelineTotals pipelineTotals(std::span<const DealSummary> deals, const StageTable &stages,
                              const QString &currency, const QMap<QString, qint64> &ratesMicro);
PipelineTotals pipelineTotals(std::span<const Deal> deals, const StageTable &stages,
                              const QString &currency, const QMap<QString, qint64> &ratesMicro);

struct MonthForecast
{
    QDate month;       // the first day of the month
    Money weighted;    // invalid Money() when overflow
    int count = 0;     // deals expected to close in the month, including those counted apart
    bool overflow = false;
};

// Weighted value of the open deals (not Won, not Lost) per expected-close month. Closed deals
// are left out silently; open deals that cannot be placed are counted so the chart can say so.
struct Forecast
{
    QString currency;
    QList<MonthForecast> months; // consecutive, starting at the first month asked for
    int earlierCount = 0;        // expected close before the first month (overdue)
    int laterCount = 0;          // expected close after the last month
    int undatedCount = 0;        // no expected close date
    MissingRates missingRate;    // deals inside the months whose currency has no rate
    bool overflow = false;       // some month's sum did not fit; that month says which
};

class ForecastBuilder
{
public:
    // fromMonth may be any day of the month; months < 1 gives an empty list.
    ForecastBuilder(const StageTable &stages, QString currency,
                    const QMap<QString, qint64> &ratesMicro, QDate fromMonth, int months = 12);
    void add(const Deal &deal);
    void add(const Deal &deal, const ConvertedDeal &converted);
    // As PipelineTotalsBuilder::remove: false when a month overflowed.
    bool remove(const Deal &deal, const ConvertedDeal &converted);
    Forecast result() const;

private:
    struct Month
    {
        int count = 0;
        Arithmetic::Wide weightedBasisPoints = 0;
        bool overflow = false;
    };

    StageTable m_stages;
    QString m_currency;
    QMap<QString, qint64> m_ratesMicro; // implicitly shared: copying it is cheap
    QDate m_firstMonth;
    int m_firstMonthKey = 0; // as ConvertedDeal::closeMonth
    QList<Month> m_months;
    int m_earlier = 0;
    int m_later = 0;
    int m_undated = 0;
    QMap<QString, int> m_missingByCurrency;
};

Forecast forecastByMonth(std::span<const DealSummary> deals, const StageTable &stages,
                         const QString &currency, const QMap<QString, qint64> &ratesMicro,
                         QDate fromMonth, int months = 12);
Forecast forecastByMonth(std::span<const Deal> deals, const StageTable &stages,
                         const QString &currency, const QMap<QString, qint64> &ratesMicro,
                         QDate fromMonth, int months = 12);

} // namespace Sepakat
