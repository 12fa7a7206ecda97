#pragma once

#include "domain/money.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace Sepakat::Report {

// The fixed texts, money, numbers and dates of one report in the report's own language, which
// need not be the interface's: an English window exports an Indonesian proposal. Texts are
// marked with QT_TRANSLATE_NOOP("Sepakat::Report", ...) so lupdate collects them, and are
// translated through a translator of their own, never the one installed for the window.
class ReportText
{
public:
    explicit ReportText(const QString &language);
    ~ReportText();

    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    QString operator()(const char *source) const;
    QString plural(const char *source, qint64 n) const; // %n in the source

    // "Rp 1.250.000" with a no-break space: an amount never wraps between code and number.
    QString money(const Money &money) const;
    QString percent(qint64 basisPoints) const;
    QString quantity(qint64 milli) const;
    QString hours(qint64 milli) const; // whole hours, grouped
    QString date(const QDate &date) const; // "27 November 2026"
    QString number(qint64 n) const { return m_locale.toString(n); }

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Sepakat::Report
