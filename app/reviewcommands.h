#pragma once

#include <QStringList>

// The review commands: a review between laptops without a window (docs/review-files.md).
namespace Sepakat::Cli::Review {

int exportPackage(const QStringList &arguments); // review-export
int decide(const QStringList &arguments);        // review-decide
int importDecision(const QStringList &arguments); // review-import

} // namespace Sepakat::Cli::Review
