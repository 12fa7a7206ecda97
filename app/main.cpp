#include "commands.h"
#include "common/language.h"
#include "shell/gui.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

// Commands speak the terminal's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), not the one the
// window remembers, so scripts get what their environment asks for; SEPAKAT_LANGUAGE overrides.
static QString commandLineLanguage()
{
    for (const char *variable : {"SEPAKAT_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value.startsWith(QLatin1String("id")) ? QStringLiteral("id")
                                                         : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

// No subcommand: the desktop app (optionally on a book). A subcommand: the command-line front,
// which needs no display unless it renders.
int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sepakat"));
    QCoreApplication::setApplicationName(QStringLiteral("Sepakat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEPAKAT_VERSION));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (Sepakat::Cli::isSubcommand(first)) {
        std::unique_ptr<QCoreApplication> app;
        // Screenshots and PDFs render offscreen unless asked otherwise: the same pixels with or
        // without a display, and no window flashing on the user's screen.
        if (Sepakat::Cli::needsGui(first) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (Sepakat::Cli::needsGui(first))
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        Sepakat::Language::install(commandLineLanguage());
        return Sepakat::Cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    return Sepakat::runGui(app, arguments.size() > 1 ? arguments.at(1) : QString());
}
