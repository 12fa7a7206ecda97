#include "pdfcommands.h"

#include "cli.h"
#include "common/language.h"
#include "report/pdfexport.h"
#include "storage/dealbook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Sepakat::Cli {

namespace {

class PdfCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Cli)

public:
    static int exportPdf(const QStringList &arguments);
};

int PdfCommands::exportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The deal book (only read)."));
    parser.addOption({QStringLiteral("deal"), tr("The deal's id (see deals)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("output"), tr("The PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("kind"),
                      tr("proposal (for the customer, the default) or worksheet (internal)."),
                      QStringLiteral("KIND"), QStringLiteral("proposal")});
    parser.addOption({QStringLiteral("language"),
                      tr("en or id. Proposal: default the deal's proposal language; worksheet: "
                         "default the terminal's language."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("round"), tr("The offer round (default the latest)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("page-size"), tr("A4 (the default) or Letter."),
                      QStringLiteral("SIZE"), QStringLiteral("A4")});
    const QString synopsis = QStringLiteral(
        "export-pdf BOOK.sepakat --deal ID --output OUT.pdf [--kind proposal|worksheet] "
        "[--language en|id] [--round N] [--page-size A4|Letter]");
    if (const auto stop = parseCommandLine(parser, arguments, 1, synopsis))
        return *stop;
    if (!parser.isSet(QStringLiteral("deal")) || !parser.isSet(QStringLiteral("output")))
        return fail(tr("usage: sepakat %1").arg(synopsis), kUsage);

    Report::ExportRequest request;
    request.dealId = parser.value(QStringLiteral("deal"));
    const QString kind = parser.value(QStringLiteral("kind"));
    if (kind == u"worksheet")
        request.kind = Report::ReportKind::Worksheet;
    else if (kind != u"proposal")
        return fail(tr("--kind takes proposal or worksheet, not \"%1\".").arg(kind), kUsage);
    request.language = parser.value(QStringLiteral("language"));
    if (!request.language.isEmpty() && !Language::available().contains(request.language))
        return fail(tr("--language takes en or id, not \"%1\".").arg(request.language), kUsage);
    // The worksheet is written in the interface language: here, the one asked for.
    if (request.kind == Report::ReportKind::Worksheet && !request.language.isEmpty())
        Language::install(request.language);
    if (parser.isSet(QStringLiteral("round"))) {
        const auto round = numberOption(parser, QStringLiteral("round"), 1, 1'000'000);
        if (!round)
            return kUsage;
        request.round = int(*round);
    }
    const auto pageSize = Report::pageSizeFromName(parser.value(QStringLiteral("page-size")));
    if (!pageSize)
        return fail(tr("--page-size takes A4 or Letter, not \"%1\".")
                        .arg(parser.value(QStringLiteral("page-size"))),
                    kUsage);
    request.pageSize = *pageSize;

    OpenFailure failure;
    auto book =
        DealBook::open(parser.positionalArguments().constFirst(), Access::ReadOnly, &failure);
    if (!book)
        return fail(failure.message);
    const auto report = Report::loadReport(*book, request);
    if (!report)
        return fail(report.errorMessage());
    const QString output = parser.value(QStringLiteral("output"));
    if (const Status saved = Report::savePdf(**report, request.pageSize, output); !saved)
        return fail(saved.errorMessage());
    out() << tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()))
          << Qt::endl;
    return kOk;
}

} // namespace

int exportPdf(const QStringList &arguments)
{
    return PdfCommands::exportPdf(arguments);
}

} // namespace Sepakat::Cli
