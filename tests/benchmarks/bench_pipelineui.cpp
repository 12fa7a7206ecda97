// The pipeline board as the user meets it (issue 3), with real widgets:
// - 10,000 deals (--cold, on whatever platform QT_QPA_PLATFORM names; offscreen by default):
//   time from main() until the first window has painted, against a bare QMainWindow made, shown
//   and painted by the same build in the same run (goal: within 1.5x of it), and until every
//   column has painted (goal: 300 ms after the first window);
// - 100,000 deals (offscreen): one filter keystroke until the board has repainted (median),
//   against a plain case-insensitive QString::contains loop over the same strings; one stage
//   move until it is committed and repainted; peak resident memory (VmHWM).
// Prints figures and ratios; asserts nothing (tools/bench reads the figures).
//
//   bench_pipelineui [--small BOOK] [--large BOOK] [--small-deals N] [--large-deals N]
//   bench_pipelineui --cold bare|bare-text|skeleton|board [--small BOOK]
//
// Without a book it writes a demo book of that many deals into a temporary folder first.
// --cold measures one first window of a fresh process, from main() (before QApplication) until
// painted, and prints "cold_ms N" and the wall clock then ("cold_wall_ms N", milliseconds since
// 1970, for the time since launch); for the board also "cold_board_ms N", until every column has
// painted with the book loaded after the first paint as runGui() does. tools/bench runs it
// several times for either window, on an X server (Xvfb) and offscreen, since a process's first
// window also pays for the platform, fonts and style. "bare-text" is the bare window with one
// line of text: the first text any window draws loads the font database (about 20 ms here),
// which the empty bare window never pays; it is the floor for a window that says anything.
// "skeleton" adds what every document window has (a menu bar with four menus, a tool bar with
// two actions, a status bar): the floor for a window like Sepakat's.

#include "benchfigure.h"
#include "common/bookdocument.h"
#include "common/language.h"
#include "pipeline/pipelinemodel.h"
#include "pipeline/pipelinepage.h"
#include "shell/gui.h"
#include "shell/mainwindow.h"
#include "storage/dealbook.h"
#include "storage/demo.h"
#include "storage/repositories.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace Sepakat;

namespace {

constexpr int kShowRepeats = 5;
constexpr QSize kWindowSize(1366, 768);
constexpr qint64 kPaintTimeoutMs = 20'000;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// The wall clock in milliseconds since 1970, for a time taken before this process began (the
// launch, which the caller stamps).
double wallClockMs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromLatin1(line.mid(prefix.size()).simplified());
    }
    return QStringLiteral("?");
}

// Counts paint events of the widgets it watches, so a run can wait until each has painted.
class PaintWatch final : public QObject
{
public:
    void watch(QWidget *widget)
    {
        m_pending.insert(widget);
        widget->installEventFilter(this);
    }
    bool allPainted() const { return m_pending.isEmpty(); }
    // Processes events until every watched widget painted once; false on timeout.
    bool wait()
    {
        QElapsedTimer timer;
        timer.start();
        while (!allPainted() && timer.elapsed() < kPaintTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return allPainted();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_pending.remove(static_cast<QWidget *>(watched));
        return QObject::eventFilter(watched, event);
    }

private:
    QSet<QWidget *> m_pending;
};

QList<QWidget *> columnViewports(QWidget *root)
{
    QList<QWidget *> viewports;
    for (const Stage stage : kAllStages) {
        auto *column =
            root->findChild<QAbstractScrollArea *>(QStringLiteral("column-") + stageKey(stage));
        if (column)
            viewports << column->viewport();
    }
    return viewports;
}

std::unique_ptr<DealBook> openBook(const QString &path)
{
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadWrite, &failure);
    if (!book)
        std::fprintf(stderr, "bench_pipelineui: %s\n", qPrintable(failure.message));
    return book;
}

QString ensureBook(const QString &given, int deals, const QTemporaryDir &dir, const char *name)
{
    if (!given.isEmpty())
        return given;
    const QString path = dir.filePath(QString::fromLatin1(name));
    std::printf("Writing a demo book with %d deals...\n", deals);
    std::fflush(stdout);
    const Status written = writeDemoBook(path, DemoOptions{deals, 1});
    if (!written) {
        std::fprintf(stderr, "bench_pipelineui: %s\n", qPrintable(written.errorMessage()));
        return {};
    }
    return path;
}

// A first window pays for fonts, style and platform set-up once per process; neither
// measurement below should carry that.
void warmUp()
{
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Warm-up"), &window));
    window.resize(kWindowSize);
    PaintWatch watch;
    watch.watch(window.centralWidget());
    window.show();
    watch.wait();
}

double bareWindowMs()
{
    QElapsedTimer timer;
    timer.start();
    QMainWindow window;
    window.resize(kWindowSize);
    PaintWatch watch;
    watch.watch(&window);
    window.show();
    watch.wait();
    return msSince(timer);
}

struct ShowTimes
{
    double openAndBuildMs = 0; // open the book, make the window, load the board
    double showToPaintedMs = 0;
    bool painted = false;
};

ShowTimes mainWindowTimes(const QString &path)
{
    ShowTimes times;
    QElapsedTimer timer;
    timer.start();
    auto book = openBook(path);
    if (!book)
        return times;
    MainWindow window;
    window.setRemembersBooks(false);
    window.setBook(std::move(book));
    window.resize(kWindowSize);
    times.openAndBuildMs = msSince(timer);

    PaintWatch watch;
    for (QWidget *viewport : columnViewports(&window))
        watch.watch(viewport);
    timer.restart();
    window.show();
    times.painted = watch.wait();
    times.showToPaintedMs = msSince(timer);
    return times;
}

void showBenchmark(const QString &path, int deals)
{
    std::printf("\nFirst window, %d deals, %dx%d (median of %d, after one warm-up window):\n",
                deals, kWindowSize.width(), kWindowSize.height(), kShowRepeats);
    warmUp();
    std::vector<double> bare, build, shown;
    bool painted = true;
    for (int i = 0; i < kShowRepeats; ++i) {
        bare.push_back(bareWindowMs());
        const ShowTimes times = mainWindowTimes(path);
        build.push_back(times.openAndBuildMs);
        shown.push_back(times.showToPaintedMs);
        painted = painted && times.painted;
    }
    const double bareMs = median(bare);
    const double shownMs = median(shown);
    const double buildMs = median(build);
    std::printf("  %-46s %9.1f ms\n", "bare QMainWindow: make, show, painted", bareMs);
    std::printf("  %-46s %9.1f ms\n", "Sepakat: open book, make window, load board", buildMs);
    std::printf("  %-46s %9.1f ms%s\n", "Sepakat: show() until every column painted", shownMs,
                painted ? "" : "  (a column never painted!)");
    std::printf("  Ratio show-to-painted / bare: %.2fx (goal: within 1.5x and 300 ms)\n",
                bareMs > 0 ? shownMs / bareMs : 0.0);
    std::printf("  Including open and load: %.1f ms, %.2fx bare\n", buildMs + shownMs,
                bareMs > 0 ? (buildMs + shownMs) / bareMs : 0.0);
}

void sendKey(QWidget *target, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QCoreApplication::sendEvent(target, &release);
}

void largeBookBenchmark(const QString &path, int deals)
{
    std::printf("\nBoard at %d deals:\n", deals);
    auto book = openBook(path);
    if (!book)
        return;
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.setRemembersBooks(false);
    window.setBook(std::move(book));
    window.resize(kWindowSize);
    PaintWatch watch;
    for (QWidget *viewport : columnViewports(&window))
        watch.watch(viewport);
    window.show();
    watch.wait();
    const double shownMs = msSince(timer);
    std::printf("  %-46s %9.1f ms\n", "open, load and paint the board", shownMs);
    Bench::figure("board_100k_open_load_paint", shownMs, "ms", "100,000 deals, in one process");
    // Before the plain loop's own copy of the strings below adds to it.
    std::printf("  %-46s %12s\n", "peak resident memory (VmHWM) with the board",
                qPrintable(statusField("VmHWM")));

    auto *board = window.findChild<PipelinePage *>();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filter-text"));
    if (!board || !filter) {
        std::printf("  (no pipeline board with a \"filter-text\" field in this build)\n");
        return;
    }
    filter->setFocus();
    QStringList haystacks;
    const PipelineModel *model = board->model();
    haystacks.reserve(model->size());
    for (int row = 0; row < model->size(); ++row)
        haystacks << model->summary(row).customerName + u' ' + model->deal(row).title;

    // Words a salesperson types: each letter is a keystroke, then erased letter by letter.
    const QStringList words = {QStringLiteral("surabaya"), QStringLiteral("pt sinar"),
                               QStringLiteral("health"), QStringLiteral("bogota")};
    std::vector<double> keystrokes, loops;
    int matches = 0;
    for (const QString &word : words) {
        QString typed;
        const auto measure = [&] {
            QElapsedTimer loop;
            loop.start();
            int found = 0;
            for (const QString &haystack : std::as_const(haystacks))
                found += haystack.contains(typed, Qt::CaseInsensitive) ? 1 : 0;
            loops.push_back(msSince(loop));
            matches += found;
        };
        for (const QChar c : word) {
            timer.restart();
            sendKey(filter, 0, QString(c));
            QCoreApplication::processEvents();
            board->repaint();
            keystrokes.push_back(msSince(timer));
            typed += c;
            measure();
        }
        for (qsizetype i = 0; i < word.size(); ++i) {
            timer.restart();
            sendKey(filter, Qt::Key_Backspace, QString());
            QCoreApplication::processEvents();
            board->repaint();
            keystrokes.push_back(msSince(timer));
            typed.chop(1);
            if (!typed.isEmpty())
                measure();
        }
    }
    const double keystrokeMs = median(keystrokes);
    const double loopMs = median(loops);
    std::printf("  %-46s %9.2f ms  (%zu keystrokes; goal: 16 ms)\n",
                "filter keystroke to repainted board, median", keystrokeMs, keystrokes.size());
    std::printf("  %-46s %9.2f ms  (%d matches in all)\n", "plain contains() loop, median", loopMs,
                matches);
    std::printf("  Ratio keystroke / plain loop: %.2fx\n", loopMs > 0 ? keystrokeMs / loopMs : 0.0);
    Bench::figure("filter_plain_loop_100k", loopMs, "ms",
                  "case-insensitive contains() over customer + title, median");
    Bench::figure("filter_keystroke_100k", keystrokeMs, "ms", "filter_plain_loop_100k", loopMs,
                  "keystroke to repainted board, median; goal: 16 ms");

    // A stage move as a drop makes it: Prospect to Qualified needs no question.
    QStringList prospects;
    for (const int row : model->rowsInOrder()) {
        if (model->deal(row).stage == Stage::Prospect)
            prospects << model->deal(row).id;
        if (prospects.size() == 5)
            break;
    }
    std::vector<double> moves;
    for (const QString &id : std::as_const(prospects)) {
        timer.restart();
        const bool moved = board->moveDeals({id}, Stage::Qualified);
        QCoreApplication::processEvents();
        board->repaint();
        if (moved)
            moves.push_back(msSince(timer));
    }
    if (moves.empty()) {
        std::printf("  (no stage move could be made)\n");
    } else {
        std::printf("  %-46s %9.2f ms  (median of %zu; goal: 50 ms)\n",
                    "stage move committed and repainted", median(moves), moves.size());
        Bench::figure("stage_move_100k", median(moves), "ms",
                      "committed and repainted, median; goal: 50 ms");
    }
    // Leave the book as it was: each move is one undo step.
    for (size_t i = 0; i < moves.size(); ++i)
        window.document()->undoStack()->undo();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Window geometry and recent books must not come from, or go to, the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SepakatBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_pipelineui"));
    Language::install(QStringLiteral("en"));

    QString small, large;
    int smallDeals = 10'000;
    int largeDeals = 100'000;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        const QString &option = arguments.at(i);
        const QString &value = arguments.at(i + 1);
        if (option == u"--small")
            small = value;
        else if (option == u"--large")
            large = value;
        else if (option == u"--small-deals")
            smallDeals = value.toInt();
        else if (option == u"--large-deals")
            largeDeals = value.toInt();
    }
    if (arguments.size() % 2 == 0 || smallDeals < 1 || largeDeals < 1) {
        std::fprintf(stderr, "usage: bench_pipelineui [--small BOOK] [--large BOOK] "
                             "[--small-deals N] [--large-deals N]\n");
        return 2;
    }

    const qsizetype cold = arguments.indexOf(QStringLiteral("--cold"));
    if (cold > 0 && cold + 1 < arguments.size()) {
        const QString kind = arguments.at(cold + 1);
        if (kind == u"bare" || kind == u"bare-text" || kind == u"skeleton") {
            QMainWindow window;
            if (kind != u"bare")
                window.setCentralWidget(new QLabel(QStringLiteral("Pipeline"), &window));
            if (kind == u"skeleton") {
                for (const char *name : {"&File", "&Edit", "&View", "&Help"}) {
                    QMenu *menu = window.menuBar()->addMenu(QString::fromLatin1(name));
                    menu->addAction(QStringLiteral("Item"));
                }
                QToolBar *tools = window.addToolBar(QStringLiteral("Tools"));
                tools->addAction(QStringLiteral("New deal…"));
                tools->addAction(QStringLiteral("Undo"));
                window.statusBar()->showMessage(QStringLiteral("Ready"));
            }
            window.resize(kWindowSize);
            PaintWatch watch;
            watch.watch(&window);
            window.show();
            watch.wait();
            std::printf("cold_ms %.1f\n", msSince(sinceStart));
            std::printf("cold_wall_ms %.3f\n", wallClockMs());
            return 0;
        }
        const qsizetype bookAt = arguments.indexOf(QStringLiteral("--small"));
        if (bookAt < 0 || bookAt + 1 >= arguments.size())
            return 2;
        const QString path = arguments.at(bookAt + 1);
        // As runGui() does it: the window first, the book on the turn after its first paint.
        MainWindow window;
        window.setRemembersBooks(false);
        window.resize(kWindowSize);
        PaintWatch firstPaint;
        firstPaint.watch(&window);
        PaintWatch board;
        bool loaded = false;
        whenFirstPainted(&window, [&] {
            auto book = openBook(path);
            if (!book)
                return;
            window.setBook(std::move(book));
            for (QWidget *viewport : columnViewports(&window))
                board.watch(viewport);
            loaded = true;
        });
        window.showOpening(path);
        window.show();
        firstPaint.wait();
        const double firstMs = msSince(sinceStart);
        const double firstWallMs = wallClockMs();
        QElapsedTimer waited;
        waited.start();
        while (!loaded && waited.elapsed() < kPaintTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!loaded || !board.wait())
            return 1;
        std::printf("cold_ms %.1f\n", firstMs);
        std::printf("cold_wall_ms %.3f\n", firstWallMs);
        std::printf("cold_board_ms %.1f\n", msSince(sinceStart));
        return 0;
    }

    QTemporaryDir dir;
    small = ensureBook(small, smallDeals, dir, "small.sepakat");
    large = ensureBook(large, largeDeals, dir, "large.sepakat");
    if (small.isEmpty() || large.isEmpty())
        return 1;
    const int smallCount = [&] {
        auto book = openBook(small);
        return book ? int(book->deals().count()) : 0;
    }();
    const int largeCount = [&] {
        auto book = openBook(large);
        return book ? int(book->deals().count()) : 0;
    }();

    std::printf("Pipeline board benchmark (platform %s)\n",
                qPrintable(QGuiApplication::platformName()));
    showBenchmark(small, smallCount);
    largeBookBenchmark(large, largeCount);
    const QString peak = statusField("VmHWM");
    std::printf("\nPeak resident memory (VmHWM): %s (goal: under 300 MB)\n", qPrintable(peak));
    // "211024 kB": the kernel's unit is KiB.
    Bench::figure("board_peak_rss", peak.section(u' ', 0, 0).toDouble() / 1024.0, "MiB",
                  "VmHWM after both books; goal: under 300 MB");
    return 0;
}
