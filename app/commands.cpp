#include "commands.h"

#include "cli.h"
#include "exchangecommands.h"
#include "pdfcommands.h"
#include "reviewcommands.h"
#include "shell/screenshot.h"
#include "storage/backups.h"
#include "storage/bookcheck.h"
#include "storage/dealbook.h"
#include "storage/demo.h"
#include "storage/repositories.h"
#include "value/valuecasejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <limits>

namespace Sepakat::Cli {

namespace {

// The commands, as one class so that their texts share the translation context Sepakat::Cli.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Cli)

public:
    static int demo(const QStringList &arguments);
    static int check(const QStringList &arguments);
    static void printBackups(const QString &bookPath);
    static int deals(const QStringList &arguments);
    static int valueCase(const QStringList &arguments);
    static int screenshot(const QStringList &arguments);
};

int Commands::demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The deal book to write."));
    parser.addOption(
        {QStringLiteral("deals"), tr("How many deals (default 60)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("S")});
    if (const auto stop = parseCommandLine(
            parser, arguments, 1, QStringLiteral("demo OUT.sepakat [--deals N] [--seed S]")))
        return *stop;
    const auto deals = numberOption(parser, QStringLiteral("deals"), 60, 1'000'000);
    const auto seed =
        numberOption(parser, QStringLiteral("seed"), 1, std::numeric_limits<qint64>::max());
    if (!deals || !seed)
        return kUsage;
    const QString path = parser.positionalArguments().constFirst();
    const Status written =
        writeDemoBook(path, DemoOptions{static_cast<int>(*deals), static_cast<quint64>(*seed)});
    if (!written)
        return fail(written.errorMessage());
    out() << tr("Wrote a demo deal book with %1 deals to %2")
                 .arg(*deals)
                 .arg(QFileInfo(path).absoluteFilePath())
          << Qt::endl;
    return kOk;
}

int Commands::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The deal book to check."));
    if (const auto stop =
            parseCommandLine(parser, arguments, 1, QStringLiteral("check BOOK.sepakat")))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    const Result<BookCheckReport> report = checkBook(path);
    if (!report) {
        // A damaged book is when the backups matter most.
        printBackups(path);
        return fail(report.errorMessage());
    }
    out() << tr("Deal book: %1").arg(QFileInfo(path).absoluteFilePath()) << '\n'
          << tr("Schema version: %1 (this Sepakat knows %2)")
                 .arg(report->schemaVersion)
                 .arg(DealBook::currentSchemaVersion())
          << '\n';
    for (const auto &[entity, rows] : report->counts)
        out() << "  " << entity.leftJustified(16) << ' ' << rows << '\n';
    out() << tr("Integrity check: %1").arg(report->integrity) << '\n';
    printBackups(path);
    if (!report->healthy)
        return fail(tr("%1 is damaged: SQLite's integrity check failed.").arg(path));
    return kOk;
}

void Commands::printBackups(const QString &bookPath)
{
    const BookBackups backups(bookPath);
    const QList<BookBackup> found = backups.list();
    const QString folder = QDir::toNativeSeparators(backups.folder());
    if (found.isEmpty()) {
        out() << tr("Backups: none in %1 (one is made a day when the book is opened for "
                    "writing)")
                     .arg(folder)
              << Qt::endl;
        return;
    }
    out() << tr("Backups in %1 (newest first):").arg(folder) << '\n';
    const QLocale locale;
    for (const BookBackup &backup : found) {
        out() << "  " << backup.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
              << locale.formattedDataSize(backup.bytes).rightJustified(10) << "  "
              << QFileInfo(backup.path).fileName() << '\n';
    }
    out().flush();
}

int Commands::deals(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The deal book."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    if (const auto stop =
            parseCommandLine(parser, arguments, 1, QStringLiteral("deals BOOK.sepakat [--json]")))
        return *stop;
    OpenFailure failure;
    auto book =
        DealBook::open(parser.positionalArguments().constFirst(), Access::ReadOnly, &failure);
    if (!book)
        return fail(failure.message);
    const QList<DealSummary> deals = book->deals().summaries();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const DealSummary &s : deals) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), s.deal.id},
                {QStringLiteral("customer"), s.customerName},
                {QStringLiteral("title"), s.deal.title},
                {QStringLiteral("stage"), stageKey(s.deal.stage)},
                {QStringLiteral("value"), s.deal.value.toPlainString()},
                {QStringLiteral("currency"), s.deal.currency()},
            });
        }
        out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return kOk;
    }
    // Machine-readable columns: id, stage key, plain value, currency; then the free text.
    for (const DealSummary &s : deals) {
        out() << s.deal.id << '\t' << stageKey(s.deal.stage) << '\t' << s.deal.value.toPlainString()
              << '\t' << s.deal.currency() << '\t' << s.customerName << '\t' << s.deal.title
              << '\n';
    }
    out().flush();
    err() << tr("%n deal(s)", nullptr, int(deals.size())) << Qt::endl;
    return kOk;
}

int Commands::valueCase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CASE"), tr("The value case, as JSON."));
    parser.addOption({QStringLiteral("scenario"),
                      tr("conservative, expected (the default) or optimistic."),
                      QStringLiteral("NAME"), QStringLiteral("expected")});
    if (const auto stop =
            parseCommandLine(parser, arguments, 1,
                             QStringLiteral("value-case CASE.json "
                                            "[--scenario conservative|expected|optimistic]")))
        return *stop;
    const std::optional<Scenario> scenario =
        scenarioFromKey(parser.value(QStringLiteral("scenario")));
    if (!scenario)
        return fail(tr("--scenario takes conservative, expected or optimistic, not \"%1\".")
                        .arg(parser.value(QStringLiteral("scenario"))),
                    kUsage);
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    Money upfront;
    const Result<ValueCaseInputs> inputs = readValueCaseJson(file.readAll(), &upfront);
    if (!inputs)
        return fail(tr("%1 is not a valid value case:\n%2").arg(path, inputs.errorMessage()));
    const Result<ValueCaseResult> result = computeValueCase(*inputs, upfront, *scenario);
    if (!result)
        return fail(result.errorMessage());
    out() << writeValueCaseJson(*result);
    out().flush();
    return kOk;
}

int Commands::screenshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The deal book (only read)."));
    parser.addOption({QStringLiteral("view"),
                      tr("What to show: %1.").arg(screenshotViews().join(QStringLiteral(", "))),
                      QStringLiteral("VIEW")});
    parser.addOption(
        {QStringLiteral("output"), tr("The PNG file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), tr("Window size in pixels (default 1366x768)."),
                      QStringLiteral("WxH"), QStringLiteral("1366x768")});
    parser.addOption({QStringLiteral("language"),
                      tr("en or id (default: the terminal's language)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("deal"),
                      tr("Views worksheet, presentation and review-sheet: the deal's id (see deals)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("page"),
                      tr("View worksheet: qualification, needs, value, offer, plan, concessions, "
                         "history or quick. View presentation: needs, benefits, savings or "
                         "offer."),
                      QStringLiteral("PAGE")});
    const QString synopsis = QStringLiteral(
        "screenshot BOOK.sepakat --view pipeline|deal|worksheet|presentation|review|review-sheet "
        "--output FILE.png "
        "[--size WxH] [--language en|id] [--deal ID] [--page PAGE]");
    if (const auto stop = parseCommandLine(parser, arguments, 1, synopsis))
        return *stop;
    if (!parser.isSet(QStringLiteral("view")) || !parser.isSet(QStringLiteral("output")))
        return fail(tr("usage: sepakat %1").arg(synopsis), kUsage);
    const std::optional<QSize> size = parseScreenshotSize(parser.value(QStringLiteral("size")));
    if (!size)
        return fail(tr("--size takes WIDTHxHEIGHT in pixels, such as 1366x768, not \"%1\".")
                        .arg(parser.value(QStringLiteral("size"))),
                    kUsage);
    ScreenshotRequest request;
    request.bookPath = parser.positionalArguments().constFirst();
    request.view = parser.value(QStringLiteral("view"));
    request.outputPath = parser.value(QStringLiteral("output"));
    request.size = *size;
    request.language = parser.value(QStringLiteral("language"));
    request.dealId = parser.value(QStringLiteral("deal"));
    request.page = parser.value(QStringLiteral("page"));
    const Status rendered = renderScreenshot(request);
    if (!rendered) {
        // A view, size or language the command cannot take is a bad command line.
        const QString field = rendered.error().field;
        const bool usage =
            field == u"view" || field == u"size" || field == u"language" || field == u"page";
        return fail(rendered.errorMessage(), usage ? kUsage : kFailed);
    }
    out() << tr("Wrote %1").arg(QFileInfo(request.outputPath).absoluteFilePath()) << Qt::endl;
    return kOk;
}

struct Command
{
    const char *name;
    const char *arguments;
    const char *summary; // translated in usage()
    bool gui;
    int (*run)(const QStringList &arguments);
};

const Command kCommands[] = {
    {"demo", "OUT.sepakat [--deals N] [--seed S]",
     QT_TRANSLATE_NOOP("Sepakat::Cli", "Write a deterministic, realistic demo deal book."), false,
     Commands::demo},
    {"check", "BOOK.sepakat",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Check a deal book without writing to it: schema, counts, integrity."),
     false, Commands::check},
    {"deals", "BOOK.sepakat [--json]",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "List the deals: id, stage, value, currency, customer, title."),
     false, Commands::deals},
    {"value-case", "CASE.json [--scenario conservative|expected|optimistic]",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Compute a value case (savings, payback, ROI, NPV) and print it as JSON."),
     false, Commands::valueCase},
    {"review-export", "BOOK.sepakat --deal ID --output P.sepakat-review [--note TEXT]",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Submit a deal's latest offer round for approval (when it needs it) and "
                       "write its review package for a manager."),
     false, Review::exportPackage},
    {"review-decide",
     "P.sepakat-review --approve|--reject --comment TEXT --reviewer NAME --output "
     "D.sepakat-decision",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Decide on a review package and write the decision file."),
     false, Review::decide},
    {"review-import", "BOOK.sepakat D.sepakat-decision",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Apply a decision file to the deal book, only if it is for the offer's "
                       "current content."),
     false, Review::importDecision},
    {"screenshot",
     "BOOK.sepakat --view pipeline|deal|worksheet|presentation|review|review-sheet"
     " --output FILE.png [--size WxH] [--language en|id] [--deal ID] [--page PAGE]",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Render a view of a deal book to a PNG, without a window on screen."),
     true, Commands::screenshot},
    {"import",
     "BOOK.sepakat [--customers C.csv] [--products P.csv] [--deals D.csv] [--skip-invalid]",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Import customers, products and deals from CSV files, all or nothing, "
                       "with a row-numbered report; makes the book when missing."),
     false, importCsvCommand},
    {"export-csv",
     "BOOK.sepakat [--customers C.csv] [--products P.csv] [--deals D.csv] [--indonesian]",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Export customers, products or deals as CSV files for spreadsheets."),
     false, exportCsvCommand},
    {"export-deal", "BOOK.sepakat --deal ID --output deal.json",
     QT_TRANSLATE_NOOP("Sepakat::Cli", "Export one deal with its whole worksheet as JSON."), false,
     exportDealCommand},
    {"import-deal", "BOOK.sepakat deal.json",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Import a deal exported as JSON, all or nothing; makes the book when "
                       "missing."),
     false, importDealCommand},
    {"export-pdf",
     "BOOK.sepakat --deal ID --output OUT.pdf [--kind proposal|worksheet] [--language en|id] "
     "[--round N] [--page-size A4|Letter]",
     QT_TRANSLATE_NOOP("Sepakat::Cli",
                       "Export a deal's proposal (for the customer) or internal worksheet as PDF."),
     true, exportPdf},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

bool isSubcommand(const QString &firstArgument)
{
    return findCommand(firstArgument) || firstArgument.startsWith(u'-') || firstArgument == u"help";
}

bool needsGui(const QString &subcommand)
{
    const Command *command = findCommand(subcommand);
    return command && command->gui;
}

QString usage()
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Sepakat::Cli", text);
    };
    QString text =
        QCoreApplication::translate("Sepakat::Cli",
                                    "Sepakat %1: a deal desk for sales negotiations.\n\n"
                                    "usage: sepakat [BOOK.sepakat]          open the desktop app\n"
                                    "       sepakat COMMAND [OPTIONS...]    run a command "
                                    "without a window\n\nCommands:\n")
            .arg(QCoreApplication::applicationVersion());
    for (const Command &command : kCommands) {
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QString::fromLatin1(command.name), QString::fromLatin1(command.arguments),
                         tr(command.summary));
    }
    text += QCoreApplication::translate(
        "Sepakat::Cli", "\n'sepakat COMMAND --help' describes one command. Exit codes: 0 done, "
                        "1 failed (the reason on stderr), 2 bad command line.\n");
    return text;
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        out() << usage();
        return kOk;
    }
    if (name == u"--version" || name == u"-v") {
        out() << "sepakat " << QCoreApplication::applicationVersion() << Qt::endl;
        return kOk;
    }
    const Command *command = findCommand(name);
    if (!command) {
        return fail(QCoreApplication::translate(
                        "Sepakat::Cli", "unknown command or option \"%1\"; see 'sepakat --help'.")
                        .arg(name),
                    kUsage);
    }
    return command->run(arguments.mid(1));
}

} // namespace Sepakat::Cli
