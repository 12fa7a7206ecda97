#include "report/pdfexport.h"

#include "report/proposaldocument.h"
#include "report/worksheetdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Sepakat::Report {

namespace {

class ExportTexts
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::PdfExport)

public:
    static QString renderFailed() { return tr("The PDF could not be drawn."); }
    static QString cannotWrite(const QString &path, const QString &why)
    {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
};

} // namespace

std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name)
{
    if (name.compare(u"A4", Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare(u"Letter", Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

Result<std::unique_ptr<ReportDocument>> loadReport(DealBook &book, const ExportRequest &request)
{
    if (request.kind == ReportKind::Worksheet) {
        Result<WorksheetData> data = loadWorksheet(book, request.dealId, request.round);
        if (!data)
            return data.error();
        return std::unique_ptr<ReportDocument>(
            std::make_unique<WorksheetDocument>(std::move(data).value()));
    }
    ProposalRequest proposalRequest;
    proposalRequest.dealId = request.dealId;
    proposalRequest.round = request.round;
    proposalRequest.language = request.language;
    Result<Proposal> proposal = loadProposal(book, proposalRequest);
    if (!proposal)
        return proposal.error();
    return std::unique_ptr<ReportDocument>(
        std::make_unique<ProposalDocument>(std::move(proposal).value()));
}

Status savePdf(const ReportDocument &report, QPageSize::PageSizeId pageSize, const QString &path)
{
    const QByteArray pdf = report.toPdf(pageSize);
    if (pdf.isEmpty())
        return Error{ExportTexts::renderFailed(), {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ExportTexts::cannotWrite(path, file.errorString()), QStringLiteral("output")};
    if (file.write(pdf) != pdf.size() || !file.commit())
        return Error{ExportTexts::cannotWrite(path, file.errorString()), QStringLiteral("output")};
    return {};
}

} // namespace Sepakat::Report
