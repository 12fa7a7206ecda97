#pragma once

#include <QStringList>

namespace Sepakat::Cli {

// Data exchange on the command line: CSV lists in and out, one deal as JSON in and out.
int importCsvCommand(const QStringList &arguments);  // import
int exportCsvCommand(const QStringList &arguments);  // export-csv
int exportDealCommand(const QStringList &arguments); // export-deal
int importDealCommand(const QStringList &arguments); // import-deal

} // namespace Sepakat::Cli
