#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The user interface language: which translation is installed, the locale money and dates use,
// and the choice remembered between runs. Shared by the GUI and the command line.
namespace Sepakat::Language {

// Language codes Sepakat is translated into: "en", "id".
QStringList available();
// The language's own name ("English", "Bahasa Indonesia"): a user who cannot read the current
// language still finds their own.
QString nativeName(const QString &code);

// The language chosen last time (QSettings), else Indonesian on an Indonesian system, else English.
QString remembered();
void remember(const QString &code);

// Installs Sepakat's translation (and Qt's own, when the system has it) for code, replacing the
// one installed before, and makes its locale the default. Needs a QCoreApplication. Widgets
// receive QEvent::LanguageChange. Returns false for an unknown code.
bool install(const QString &code);
QString current();
// The locale for numbers, money and dates in the current language.
QLocale locale();
QLocale localeFor(const QString &code);

} // namespace Sepakat::Language
