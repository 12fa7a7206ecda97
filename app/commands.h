#pragma once

#include <QStringList>

#include <optional>

namespace Sepakat::Cli {

// Whether argv names a subcommand (which runs without a window) rather than a book to open.
bool isSubcommand(const QString &firstArgument);
// Whether a subcommand needs a QGuiApplication (screenshots, PDFs) rather than a core one.
bool needsGui(const QString &subcommand);

// Runs the subcommand in arguments[1]; returns the process exit code. Messages go to stdout
// (results) and stderr (errors).
int run(const QStringList &arguments);

// `sepakat --help`.
QString usage();

} // namespace Sepakat::Cli
