#pragma once

#include "report/reportdocument.h"
#include "util/result.h"

#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>

namespace Sepakat {
class DealBook;
}

namespace Sepakat::Report {

enum class ReportKind { Proposal, Worksheet };

struct ExportRequest
{
    QString dealId;
    ReportKind kind = ReportKind::Proposal;
    std::optional<int> round; // nullopt: the latest
    QString language;         // proposal: empty for the deal's own; the worksheet ignores it
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// "A4" / "Letter" (any case) as a page size; nullopt for anything else.
std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name);

// Reads the report the request asks for from the book. Errors the user can read: an unknown
// deal, a deal without an offer or without that round, a language other than en or id.
Result<std::unique_ptr<ReportDocument>> loadReport(DealBook &book, const ExportRequest &request);

// Writes the report as a PDF to path through QSaveFile: the file appears whole or not at all,
// and an existing file is only replaced by a complete new one.
Status savePdf(const ReportDocument &report, QPageSize::PageSizeId pageSize, const QString &path);

} // namespace Sepakat::Report
