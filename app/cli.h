#pragma once

// What every command-line command shares: exit codes, the output streams, option parsing.
// Each area's commands live in their own file (app/*commands.cpp) and are listed in commands.cpp.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Sepakat::Cli {

// Exit codes: scripts can tell a bad command line from a bad book.
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QTextStream &out();
QTextStream &err();
// Prints "sepakat: MESSAGE" on stderr and returns code.
int fail(const QString &message, int code = kFailed);

// Parses a subcommand's options. Returns nullopt to go on, or the exit code to stop with
// (after --help, or a bad command line, which it has explained).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    int positional, const QString &synopsis);
// A whole-number option from 1 to maximum; nullopt after explaining a bad value.
std::optional<qint64> numberOption(const QCommandLineParser &parser, const QString &option,
                                   qint64 fallback, qint64 maximum);

} // namespace Sepakat::Cli
