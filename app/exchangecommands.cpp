#include "exchangecommands.h"

#include "cli.h"
#include "exchange/csvexport.h"
#include "exchange/csvimport.h"
#include "exchange/dealjson.h"
#include "exchange/dealtransfer.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Sepakat::Cli {

namespace {

using namespace Exchange;

class ExchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Cli)

public:
    static int importCsv(const QStringList &arguments);
    static int exportCsv(const QStringList &arguments);
    static int exportDeal(const QStringList &arguments);
    static int importDeal(const QStringList &arguments);

    // The book to write into, made when it does not exist yet. Null after explaining why not.
    static std::unique_ptr<DealBook> openForWriting(const QString &path)
    {
        OpenFailure failure;
        std::unique_ptr<DealBook> book =
            QFileInfo::exists(path) ? DealBook::open(path, Access::ReadWrite, &failure)
                                    : DealBook::create(path, &failure);
        if (!book) {
            fail(failure.message);
            return nullptr;
        }
        if (book->isReadOnly()) {
            fail(tr("%1 can only be read: %2").arg(path, book->readOnlyReason()));
            return nullptr;
        }
        return book;
    }

    static const QList<std::pair<QString, ListKind>> &listOptions()
    {
        static const QList<std::pair<QString, ListKind>> options = {
            {QStringLiteral("customers"), ListKind::Customers},
            {QStringLiteral("products"), ListKind::Products},
            {QStringLiteral("deals"), ListKind::Deals},
        };
        return options;
    }

    static void addListOptions(QCommandLineParser &parser, const char *what)
    {
        for (const auto &[name, kind] : listOptions())
            parser.addOption({name, tr(what).arg(listName(kind).toLower()), QStringLiteral("FILE")});
    }
};

int ExchangeCommands::importCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"),
                                 tr("The deal book to import into (made when missing)."));
    addListOptions(parser, QT_TRANSLATE_NOOP("Sepakat::Cli", "A CSV file of %1."));
    parser.addOption({QStringLiteral("skip-invalid"),
                      tr("Import the valid rows and report the rest, instead of nothing.")});
    parser.addOption({QStringLiteral("numbers"),
                      tr("How numbers are written: auto (by the separator, default), dot "
                         "(1,250,000.50) or comma (1.250.000,50)."),
                      QStringLiteral("STYLE")});
    if (const auto stop = parseCommandLine(
            parser, arguments, 1,
            QStringLiteral("import BOOK.sepakat [--customers C.csv] [--products P.csv] "
                           "[--deals D.csv] [--skip-invalid] [--numbers auto|dot|comma]")))
        return *stop;

    ImportOptions options;
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    const QString numbers = parser.value(QStringLiteral("numbers"));
    if (numbers == u"dot")
        options.numbers = NumberStyle::DotDecimal;
    else if (numbers == u"comma")
        options.numbers = NumberStyle::CommaDecimal;
    else if (!numbers.isEmpty() && numbers != u"auto")
        return fail(tr("--numbers must be auto, dot or comma."), kUsage);

    QList<ImportFile> files;
    for (const auto &[name, kind] : listOptions()) {
        if (!parser.isSet(name))
            continue;
        Result<ImportFile> file = loadImportFile(kind, parser.value(name));
        if (!file)
            return fail(file.errorMessage());
        files << std::move(file).value();
    }
    if (files.isEmpty())
        return fail(tr("Name at least one file: --customers, --products or --deals."), kUsage);

    const std::unique_ptr<DealBook> book = openForWriting(parser.positionalArguments().constFirst());
    if (!book)
        return kFailed;
    const ImportPlan plan = planImport(*book, files, options);
    for (const ImportProblem &problem : plan.problems)
        out() << problem.describe() << '\n';
    const Result<ImportCounts> counts = runImport(*book, plan, options);
    if (!counts)
        return fail(counts.errorMessage());
    out() << tr("Imported %1 customers, %2 products and %3 deals from %4 rows.")
                 .arg(counts->customers)
                 .arg(counts->products)
                 .arg(counts->deals)
                 .arg(plan.rowsRead)
          << Qt::endl;
    if (counts->total() == 0)
        return fail(tr("Nothing was imported."));
    return kOk;
}

int ExchangeCommands::exportCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The deal book."));
    addListOptions(parser, QT_TRANSLATE_NOOP("Sepakat::Cli", "Write the %1 to this CSV file."));
    parser.addOption({QStringLiteral("indonesian"),
                      tr("Indonesian headers, ';' between cells and a decimal comma, as Excel "
                         "in Indonesian expects.")});
    if (const auto stop = parseCommandLine(
            parser, arguments, 1,
            QStringLiteral("export-csv BOOK.sepakat [--customers C.csv] [--products P.csv] "
                           "[--deals D.csv] [--indonesian]")))
        return *stop;
    OpenFailure failure;
    const auto book =
        DealBook::open(parser.positionalArguments().constFirst(), Access::ReadOnly, &failure);
    if (!book)
        return fail(failure.message);
    ExportOptions options;
    options.indonesian = parser.isSet(QStringLiteral("indonesian"));
    bool any = false;
    for (const auto &[name, kind] : listOptions()) {
        if (!parser.isSet(name))
            continue;
        any = true;
        const QString path = parser.value(name);
        if (const Status written = writeFileAtomically(path, Exchange::exportCsv(*book, kind, options));
            !written)
            return fail(written.errorMessage());
        out() << tr("Wrote %1").arg(QFileInfo(path).absoluteFilePath()) << '\n';
    }
    if (!any)
        return fail(tr("Name at least one file: --customers, --products or --deals."), kUsage);
    return kOk;
}

int ExchangeCommands::exportDeal(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The deal book."));
    parser.addOption({QStringLiteral("deal"), tr("The deal's id (see deals)."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("output"), tr("The JSON file to write."), QStringLiteral("FILE")});
    if (const auto stop = parseCommandLine(
            parser, arguments, 1,
            QStringLiteral("export-deal BOOK.sepakat --deal ID --output deal.json")))
        return *stop;
    if (!parser.isSet(QStringLiteral("deal")) || !parser.isSet(QStringLiteral("output")))
        return fail(tr("--deal and --output are required."), kUsage);
    OpenFailure failure;
    const auto book =
        DealBook::open(parser.positionalArguments().constFirst(), Access::ReadOnly, &failure);
    if (!book)
        return fail(failure.message);
    const Result<DealDocument> deal = loadDeal(*book, parser.value(QStringLiteral("deal")));
    if (!deal)
        return fail(deal.errorMessage());
    const QString path = parser.value(QStringLiteral("output"));
    if (const Status written = writeFileAtomically(path, writeDealJson(*deal)); !written)
        return fail(written.errorMessage());
    out() << tr("Wrote %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return kOk;
}

int ExchangeCommands::importDeal(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"),
                                 tr("The deal book to import into (made when missing)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The deal's JSON file."));
    if (const auto stop = parseCommandLine(parser, arguments, 2,
                                           QStringLiteral("import-deal BOOK.sepakat deal.json")))
        return *stop;
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const Result<DealDocument> deal = readDealJson(file.readAll());
    if (!deal)
        return fail(tr("%1 was not imported:\n%2").arg(path, deal.errorMessage()));
    const std::unique_ptr<DealBook> book = openForWriting(parser.positionalArguments().constFirst());
    if (!book)
        return kFailed;
    if (const Status stored = storeDeal(*book, *deal); !stored)
        return fail(stored.errorMessage());
    out() << tr("Imported the deal \"%1\" (id %2).").arg(deal->deal.title, deal->deal.id)
          << Qt::endl;
    return kOk;
}

} // namespace

int importCsvCommand(const QStringList &arguments)
{
    return ExchangeCommands::importCsv(arguments);
}

int exportCsvCommand(const QStringList &arguments)
{
    return ExchangeCommands::exportCsv(arguments);
}

int exportDealCommand(const QStringList &arguments)
{
    return ExchangeCommands::exportDeal(arguments);
}

int importDealCommand(const QStringList &arguments)
{
    return ExchangeCommands::importDeal(arguments);
}

} // namespace Sepakat::Cli
