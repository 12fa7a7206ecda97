#pragma once

#include <QStringList>

namespace Sepakat::Cli {

// sepakat export-pdf BOOK --deal ID --output OUT.pdf [--kind proposal|worksheet]
//                    [--language en|id] [--round N] [--page-size A4|Letter]
int exportPdf(const QStringList &arguments);

} // namespace Sepakat::Cli
