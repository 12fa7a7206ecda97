// CSV import speed (issue 8): Sepakat imports 100,000 deals from a CSV file, reading, validating
// every row and writing in one transaction; in the same run the sqlite3 shell's `.import` loads
// the same file twice: as the issue names it (into the table .import makes itself: text columns
// named by the header, no index, a rollback journal), and into a comparable table (the CSV's
// columns typed NOT NULL, the two secondary indexes the deals table has, built after the rows
// as Sepakat builds them, WAL and synchronous=FULL like a deal book, one transaction). Prints
// rows per second and both ratios (goal: Sepakat within 2x of the first). Never a test: figures
// depend on the machine.
//
//   bench_import [--deals N] [--sqlite3 PATH]

#include "benchfigure.h"
#include "exchange/csvimport.h"
#include "importdata.h"
#include "storage/dealbook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Sepakat;
using namespace Sepakat::Exchange;

namespace {

constexpr int kCustomers = 500;

// CPU seconds (user + system) of this process, or of its finished children: on a machine shared
// with other jobs they are steadier than wall time.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Wall milliseconds of a whole Sepakat import of the deals file into a book that holds the
// customers; -1 on failure.
Timing sepakatImport(const QString &book, const QString &customers, const QString &deals,
                     qint64 *imported)
{
    OpenFailure failure;
    std::unique_ptr<DealBook> db = DealBook::create(book, &failure);
    if (!db)
        return {};
    const Result<ImportFile> customerFile = loadImportFile(ListKind::Customers, customers);
    if (!customerFile || !runImport(*db, planImport(*db, {*customerFile}, {}), {}))
        return {};

    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    const Result<ImportFile> dealFile = loadImportFile(ListKind::Deals, deals);
    if (!dealFile)
        return {};
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    const ImportPlan plan = planImport(*db, {*dealFile}, {});
    const double checkMs = double(timer.nsecsElapsed()) / 1e6 - readMs;
    const Result<ImportCounts> counts = runImport(*db, plan, {});
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpuMs = (cpuSeconds(RUSAGE_SELF) - cpuBefore) * 1000;
    if (!counts)
        return {};
    std::printf("  phases: read CSV %.1f ms, check rows %.1f ms, write %.1f ms\n", readMs, checkMs,
                ms - readMs - checkMs);
    *imported = counts->deals;
    return {ms, cpuMs};
}

// `sqlite3 DB COMMAND...` (a process of its own: its start-up, a few milliseconds, is counted
// against it).
Timing sqliteRun(const QString &sqlite3, const QString &db, const QStringList &commands)
{
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, QStringList{db} + commands);
    if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", process.readAllStandardError().constData());
        return {};
    }
    return {double(timer.nsecsElapsed()) / 1e6, (cpuSeconds(RUSAGE_CHILDREN) - cpuBefore) * 1000};
}

// The baseline: `.import --csv FILE deals` into a new database.
Timing sqliteBareImport(const QString &sqlite3, const QString &db, const QString &deals)
{
    return sqliteRun(sqlite3, db, {QStringLiteral(".import --csv %1 deals").arg(deals)});
}

// The same file into a table like the deal book's (see the top of the file).
Timing sqliteComparableImport(const QString &sqlite3, const QString &db, const QString &deals)
{
    return sqliteRun(
        sqlite3, db,
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
         QStringLiteral("CREATE TABLE deals (title TEXT NOT NULL, customer TEXT NOT NULL,"
                        " stage TEXT NOT NULL, value TEXT NOT NULL, currency TEXT NOT NULL,"
                        " expected_close TEXT NOT NULL, owner TEXT NOT NULL)"),
         QStringLiteral("BEGIN"), QStringLiteral(".import --csv --skip 1 %1 deals").arg(deals),
         QStringLiteral("CREATE INDEX deals_customer ON deals(customer)"),
         QStringLiteral("CREATE INDEX deals_stage ON deals(stage)"), QStringLiteral("COMMIT")});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int deals = 100'000;
    QString sqlite3 = QStringLiteral("sqlite3");
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--deals")
            deals = args.at(i + 1).toInt();
        else if (args.at(i) == u"--sqlite3")
            sqlite3 = args.at(i + 1);
    }
    QTemporaryDir dir;
    const QString customers = dir.filePath(QStringLiteral("customers.csv"));
    const QString dealsCsv = dir.filePath(QStringLiteral("deals.csv"));
    if (deals < 1 || !writeFile(customers, Testing::generatedCustomersCsv(kCustomers))
        || !writeFile(dealsCsv, Testing::generatedDealsCsv(deals, kCustomers)))
        return 1;

    qint64 imported = 0;
    const Timing ours = sepakatImport(dir.filePath(QStringLiteral("bench.sepakat")), customers,
                                      dealsCsv, &imported);
    const Timing theirs =
        sqliteBareImport(sqlite3, dir.filePath(QStringLiteral("sqlite3.db")), dealsCsv);
    const Timing comparable =
        sqliteComparableImport(sqlite3, dir.filePath(QStringLiteral("comparable.db")), dealsCsv);
    if (ours.wallMs < 0 || theirs.wallMs < 0 || comparable.wallMs < 0 || imported != deals) {
        std::fprintf(stderr, "bench_import: an import failed\n");
        return 1;
    }
    const auto rate = [deals](double ms) { return double(deals) / (ms / 1000.0); };
    std::printf("\nCSV import of %d deals (%lld bytes):\n", deals,
                static_cast<long long>(QFile(dealsCsv).size()));
    std::printf("  %-40s %10s %10s %14s %14s\n", "", "wall ms", "cpu ms", "rows/s wall",
                "rows/s cpu");
    for (const auto &[label, t] : {std::pair{"Sepakat import (read, check, write)", ours},
                                   std::pair{"sqlite3 .import, new bare table", theirs},
                                   std::pair{"sqlite3 .import, comparable table", comparable}})
        std::printf("  %-40s %10.1f %10.1f %14.0f %14.0f\n", label, t.wallMs, t.cpuMs,
                    rate(t.wallMs), rate(t.cpuMs));
    std::printf("  Ratio Sepakat / sqlite3 bare: %.2fx wall, %.2fx cpu (goal: within 2x)\n",
                ours.wallMs / theirs.wallMs, ours.cpuMs / theirs.cpuMs);
    std::printf("  Ratio Sepakat / sqlite3 comparable: %.2fx wall, %.2fx cpu\n",
                ours.wallMs / comparable.wallMs, ours.cpuMs / comparable.cpuMs);

    // Notes name the row count: "100000 deals, ...".
    const auto note = [deals](const char *text) {
        return QByteArray(QByteArray::number(deals) + " deals, " + text);
    };
    Bench::figure("sqlite3_import_bare_cpu", theirs.cpuMs, "ms",
                  note(".import into the table it makes: text, no index").constData());
    Bench::figure("sqlite3_import_bare_wall", theirs.wallMs, "ms", "the same, wall clock");
    Bench::figure("sqlite3_import_comparable_cpu", comparable.cpuMs, "ms",
                  note(".import into typed columns + 2 indexes, WAL, one txn").constData());
    Bench::figure("csv_import_cpu", ours.cpuMs, "ms", "sqlite3_import_bare_cpu", theirs.cpuMs,
                  note("read, every row checked, written; goal: within 2x").constData());
    Bench::figure("csv_import_wall", ours.wallMs, "ms", "sqlite3_import_bare_wall", theirs.wallMs,
                  "wall clock; goal: within 2x");
    Bench::figure("csv_import_vs_comparable_cpu", ours.cpuMs, "ms", "sqlite3_import_comparable_cpu",
                  comparable.cpuMs, "the same import against the comparable table");
    Bench::figure("csv_import_rows_per_s", rate(ours.cpuMs), "rows/s", "cpu time");
    return 0;
}
