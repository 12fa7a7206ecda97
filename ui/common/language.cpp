#include "common/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Sepakat::Language {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> sepakat;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeTranslator(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

std::unique_ptr<QTranslator> loadTranslator(const QString &file)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file) || translator->isEmpty())
        return nullptr;
    return translator;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("id")};
}

QString nativeName(const QString &code)
{
    if (code == u"id")
        return QStringLiteral("Bahasa Indonesia");
    return QStringLiteral("English");
}

QString remembered()
{
    const QString stored = QSettings().value(kSettingsKey).toString();
    if (available().contains(stored))
        return stored;
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                               : QStringLiteral("en");
}

void remember(const QString &code)
{
    if (available().contains(code))
        QSettings().setValue(kSettingsKey, code);
}

QLocale localeFor(const QString &code)
{
    if (code == u"id")
        return QLocale(QLocale::Indonesian, QLocale::Indonesia);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool install(const QString &code)
{
    if (!available().contains(code))
        return false;
    Installed &state = installed();
    removeTranslator(state.sepakat);
    removeTranslator(state.qt);

    // Installing the translator is what sends LanguageChange, so the locale goes first: widgets
    // that retranslate then format numbers in the new language too.
    state.code = code;
    QLocale::setDefault(localeFor(code));

    // English is the source language; its file only carries plural forms, but it is still loaded
    // so "1 customers" never shows.
    state.sepakat = loadTranslator(QStringLiteral(":/i18n/sepakat_%1.qm").arg(code));
    if (code != u"en") {
        const QString qtFile = QStringLiteral("%1/qtbase_%2.qm")
                                   .arg(QLibraryInfo::path(QLibraryInfo::TranslationsPath), code);
        if (QFile::exists(qtFile))
            state.qt = loadTranslator(qtFile);
    }
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.sepakat)
        QCoreApplication::installTranslator(state.sepakat.get());
    if (!state.sepakat && !state.qt && QCoreApplication::instance()) {
        // Nothing to install (English without plurals): widgets still need to hear about it.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return true;
}

QString current()
{
    return installed().code;
}

QLocale locale()
{
    return localeFor(current());
}

} // namespace Sepakat::Language
