#include "cli.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Sepakat::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "sepakat: " << message << Qt::endl;
    return code;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    int positional, const QString &synopsis)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText(), kUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << QCoreApplication::translate("Sepakat::Cli", "usage: sepakat %1").arg(synopsis)
              << "\n\n"
              << parser.helpText();
        return kOk;
    }
    if (parser.positionalArguments().size() != positional)
        return fail(QCoreApplication::translate("Sepakat::Cli", "usage: sepakat %1").arg(synopsis),
                    kUsage);
    return std::nullopt;
}

std::optional<qint64> numberOption(const QCommandLineParser &parser, const QString &option,
                                   qint64 fallback, qint64 maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1 || value > maximum) {
        fail(QCoreApplication::translate("Sepakat::Cli",
                                         "--%1 takes a whole number from 1 to %2, not \"%3\".")
                 .arg(option)
                 .arg(maximum)
                 .arg(parser.value(option)),
             kUsage);
        return std::nullopt;
    }
    return value;
}

} // namespace Sepakat::Cli
