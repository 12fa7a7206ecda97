// Times the deal book's heavy paths and prints the figures; tools/bench runs it. Never a test:
// figures depend on the machine, so nothing here passes or fails on time.
//
//   bench_dealbook --write-demo PATH DEALS [SEED]   writes a demo book, prints rows and rows/s
//   bench_dealbook BOOK                             opens BOOK and loads what the pipeline loads

#include "benchfigure.h"
#include "storage/dealbook.h"
#include "storage/demo.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

using namespace Sepakat;

namespace {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 totalRows(DealBook &book)
{
    QSqlQuery tables(book.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    qint64 rows = 0;
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(book.database());
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)) && count.next())
            rows += count.value(0).toLongLong();
    }
    return rows;
}

int writeDemo(const QString &path, int deals, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    const Status status = writeDemoBook(path, {deals, seed});
    const double ms = milliseconds(timer);
    if (!status.ok()) {
        std::fprintf(stderr, "bench_dealbook: %s\n", qPrintable(status.errorMessage()));
        return 1;
    }
    OpenFailure failure;
    std::unique_ptr<DealBook> book = DealBook::open(path, Access::ReadOnly, &failure);
    if (!book) {
        std::fprintf(stderr, "bench_dealbook: %s\n", qPrintable(failure.message));
        return 1;
    }
    const qint64 rows = totalRows(*book);
    std::printf("demo_deals %d\ndemo_rows %lld\ndemo_seconds %.3f\ndemo_rows_per_second %.0f\n",
                deals, rows, ms / 1000.0, double(rows) / (ms / 1000.0));
    return 0;
}

int loadBook(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    OpenFailure failure;
    std::unique_ptr<DealBook> book = DealBook::open(path, Access::ReadWrite, &failure);
    if (!book) {
        std::fprintf(stderr, "bench_dealbook: %s\n", qPrintable(failure.message));
        return 1;
    }
    const double openMs = milliseconds(timer);

    timer.restart();
    const QList<DealSummary> summaries = book->deals().summaries();
    const double summariesMs = milliseconds(timer);

    timer.restart();
    const QList<Customer> customers = book->customers().all();
    const double customersMs = milliseconds(timer);

    timer.restart();
    const BookSettings settings = book->settings().load();
    const QList<Product> products = book->products().all();
    const double settingsMs = milliseconds(timer);

    // A worksheet opened from the middle of the list, as a user would.
    timer.restart();
    qsizetype worksheetItems = 0;
    if (!summaries.isEmpty()) {
        const QString dealId = summaries.at(summaries.size() / 2).deal.id;
        WorksheetRepository sheets = book->worksheets();
        worksheetItems = sheets.needs(dealId).size() + sheets.offers(dealId).size()
                         + sheets.tradeables(dealId).size() + sheets.concessions(dealId).size()
                         + (sheets.plan(dealId) ? 1 : 0) + (sheets.valueCase(dealId) ? 1 : 0);
    }
    const double worksheetMs = milliseconds(timer);

    std::printf("open_ms %.1f\nsummaries_ms %.1f\nsummaries_deals %lld\n"
                "customers_ms %.1f\ncustomers %lld\nsettings_and_catalog_ms %.1f\nproducts %lld\n"
                "worksheet_ms %.1f\nworksheet_items %lld\nopen_and_load_ms %.1f\n",
                openMs, summariesMs, qint64(summaries.size()), customersMs,
                qint64(customers.size()), settingsMs, qint64(products.size()), worksheetMs,
                qint64(worksheetItems), openMs + summariesMs);
    const QByteArray deals = QByteArray::number(qint64(summaries.size())) + " deals";
    Bench::figure("book_open", openMs, "ms", deals.constData());
    Bench::figure("book_open_and_load_pipeline", openMs + summariesMs, "ms", deals.constData());
    Bench::figure("book_open_worksheet", worksheetMs, "ms", "one deal's worksheet");
    Q_UNUSED(settings)
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args.at(0) == u"--write-demo") {
        bool ok = false;
        const int deals = args.at(2).toInt(&ok);
        const quint64 seed = args.size() >= 4 ? args.at(3).toULongLong() : 1;
        if (!ok || deals < 0) {
            std::fprintf(stderr, "bench_dealbook: DEALS must be a whole number\n");
            return 2;
        }
        return writeDemo(args.at(1), deals, seed);
    }
    if (args.size() == 1 && !args.at(0).startsWith(u'-'))
        return loadBook(args.at(0));
    std::fprintf(stderr, "usage: bench_dealbook --write-demo PATH DEALS [SEED]\n"
                         "       bench_dealbook BOOK\n");
    return 2;
}
