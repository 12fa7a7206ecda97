// The pipeline board's headless work at 100,000 deals: what one filter keystroke costs (fold the
// query, then match the precomputed haystacks, one by one and through SearchIndex) against a
// plain case-insensitive QString::contains loop over the same strings, and what the column
// totals, the forecast and the stale badges cost. Prints medians of wall-clock and thread CPU
// time (the CPU figure stays meaningful on a machine shared with other jobs) and ratios;
// asserts nothing (tools/bench reads the figures).

#include "pipeline/pipelinetotals.h"
#include "pipeline/searchtext.h"
#include "pipeline/staleness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Sepakat;

namespace {

constexpr int kDeals = 100'000;
constexpr int kRepeats = 9;

const char *const kCities[] = {"Surabaya", "Jakarta", "Bandung", "Medan", "Singapore",
                               "Bogotá", "São Paulo", "Đà Nẵng", "Kraków", "Malmö"};
const char *const kKinds[] = {"PT Sumber", "CV Maju", "Rumah Sakit", "Logistik", "Distributor",
                              "Klinik", "Toko", "Gudang", "Pabrik", "Koperasi"};
const char *const kTitles[] = {"Forklift fleet renewal", "Cold chain sensors", "ERP licences",
                               "Annual maintenance", "Packaging line", "Solar rooftop",
                               "Fleet telematics", "Hospital beds", "Warehouse racking"};
const char *const kContacts[] = {"Bu Sári Wijaya", "Pak Budi Santoso", "José Müller",
                                 "Nguyễn Thị Hà", "Ana Łukasiewicz", "Dewi Lestari"};

template<typename Array>
QString pick(const Array &array, QRandomGenerator &random)
{
    return QString::fromUtf8(array[random.bounded(int(std::size(array)))]);
}

struct Book
{
    QList<Deal> deals;
    QStringList raw; // what a plain loop would search: the fields joined
};

Book makeBook()
{
    QRandomGenerator random(7);
    const QString currencies[] = {QStringLiteral("IDR"), QStringLiteral("IDR"),
                                  QStringLiteral("IDR"), QStringLiteral("USD"),
                                  QStringLiteral("SGD")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Book book;
    book.deals.reserve(kDeals);
    book.raw.reserve(kDeals);
    for (int i = 0; i < kDeals; ++i) {
        Deal deal;
        deal.stage = kAllStages[random.bounded(kStageCount)];
        deal.title = pick(kTitles, random) + u' ' + QString::number(i);
        const QString &currency = currencies[random.bounded(5)];
        deal.value = Money(random.bounded(1, 1'000'000) * (currency == u"IDR" ? 1000 : 100),
                           currency);
        deal.expectedClose = now.date().addDays(random.bounded(-60, 450));
        deal.stageChangedAt = now.addDays(-random.bounded(0, 60));
        if (random.bounded(10) == 0)
            deal.probabilityOverride = random.bounded(10001);
        const QString customer = pick(kKinds, random) + u' ' + pick(kCities, random);
        book.raw.append(customer + u'\n' + deal.title + u'\n' + pick(kContacts, random));
        book.deals.append(deal);
    }
    return book;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing median(const std::function<void()> &work)
{
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int r = 0; r < kRepeats; ++r) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        walls.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpus.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Book book = makeBook();
    std::printf("bench_pipeline: %d synthetic deals\n", kDeals);

    QStringList folded;
    QElapsedTimer foldTimer;
    foldTimer.start();
    folded.reserve(kDeals);
    for (const QString &raw : book.raw)
        folded.append(foldForSearch(raw));
    std::printf("  fold all haystacks once (on load): %8.2f ms\n",
                double(foldTimer.nsecsElapsed()) / 1e6);
    SearchIndex index;
    QElapsedTimer indexTimer;
    indexTimer.start();
    index.reserve(kDeals, kDeals * 64);
    for (const QString &haystack : folded)
        index.append(haystack);
    std::printf("  build the search index from them:  %8.2f ms\n",
                double(indexTimer.nsecsElapsed()) / 1e6);

    // What a user types, a keystroke at a time: each prefix is one filter pass.
    const QString typed[] = {QStringLiteral("surabaya"), QStringLiteral("BOGOTA"),
                             QStringLiteral("forklift sur")};
    std::printf("  per keystroke, median of %d, wall/cpu ms: SearchIndex | matchesAllWords loop |"
                " plain contains loop\n",
                kRepeats);
    std::vector<double> indexCpu;
    std::vector<double> indexWall;
    std::vector<double> ratios;
    for (const QString &text : typed) {
        for (qsizetype length = 1; length <= text.size(); ++length) {
            const QString query = text.left(length);
            qsizetype indexHits = 0;
            int loopHits = 0;
            int plainHits = 0;
            const Timing indexed = median([&] {
                indexHits = qsizetype(index.matching(foldedSearchWords(query)).size());
            });
            const Timing looped = median([&] {
                const QStringList words = foldedSearchWords(query);
                loopHits = 0;
                for (const QString &haystack : folded)
                    loopHits += matchesAllWords(haystack, words) ? 1 : 0;
            });
            const Timing plain = median([&] {
                plainHits = 0;
                for (const QString &raw : book.raw)
                    plainHits += raw.contains(query, Qt::CaseInsensitive) ? 1 : 0;
            });
            indexWall.push_back(indexed.wallMs);
            indexCpu.push_back(indexed.cpuMs);
            ratios.push_back(indexed.cpuMs / plain.cpuMs);
            std::printf("    %-14s %6.2f/%6.2f (%6lld) | %6.2f/%6.2f (%6d) | %6.2f/%6.2f (%6d)"
                        "  index/plain cpu %.2f\n",
                        qPrintable(u'"' + query + u'"'), indexed.wallMs, indexed.cpuMs,
                        static_cast<long long>(indexHits), looped.wallMs, looped.cpuMs, loopHits,
                        plain.wallMs, plain.cpuMs, plainHits, indexed.cpuMs / plain.cpuMs);
        }
    }
    const auto middle = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("  SearchIndex keystroke: median %.2f ms wall, %.2f ms cpu, worst %.2f ms cpu "
                "(budget 16 ms); median ratio to the plain loop %.2f\n",
                middle(indexWall), middle(indexCpu),
                *std::max_element(indexCpu.cbegin(), indexCpu.cend()), middle(ratios));

    const StageTable stages;
    const QString idr = QStringLiteral("IDR");
    const QMap<QString, qint64> rates = {{QStringLiteral("USD"), 15'800'000'000}};
    PipelineTotals totals;
    const Timing totalsTime =
        median([&] { totals = pipelineTotals(book.deals, stages, idr, rates); });
    std::printf("  column totals:      %6.2f/%6.2f ms (%d deals counted apart for a missing rate)\n",
                totalsTime.wallMs, totalsTime.cpuMs, totals.missingRateCount());
    Forecast forecast;
    const Timing forecastTime = median([&] {
        forecast = forecastByMonth(book.deals, stages, idr, rates, QDate::currentDate());
    });
    std::printf("  12-month forecast:  %6.2f/%6.2f ms (%d overdue, %d later)\n",
                forecastTime.wallMs, forecastTime.cpuMs, forecast.earlierCount,
                forecast.laterCount);
    int stale = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Timing staleTime = median([&] {
        stale = 0;
        for (const Deal &deal : book.deals)
            stale += isStale(deal, stages, now) ? 1 : 0;
    });
    std::printf("  isStale, all deals: %6.2f/%6.2f ms (%d stale)\n", staleTime.wallMs,
                staleTime.cpuMs, stale);
    const Timing checkTime = median([&] {
        const StaleCheck check(stages, now);
        stale = 0;
        for (const Deal &deal : book.deals)
            stale += check.isStale(deal) ? 1 : 0;
    });
    std::printf("  StaleCheck, all:   %6.2f/%6.2f ms (%d stale)\n", checkTime.wallMs,
                checkTime.cpuMs, stale);
    return 0;
}
