#include "report/reporttext.h"

#include "common/language.h"
#include "negotiation/roundcomparison.h"

namespace Sepakat::Report {

namespace {

constexpr char kContext[] = "Sepakat::Report";

} // namespace

ReportText::ReportText(const QString &language)
    : m_language(language)
    , m_locale(Language::localeFor(language))
    , m_translator(std::make_unique<QTranslator>())
{
    // English is the source language; its file only adds plural forms.
    if (!m_translator->load(QStringLiteral(":/i18n/sepakat_%1.qm").arg(language)))
        m_translator.reset();
}

ReportText::~ReportText() = default;

QString ReportText::operator()(const char *source) const
{
    return plural(source, -1);
}

QString ReportText::plural(const char *source, qint64 n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(kContext, source, nullptr, int(n));
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    return text;
}

QString ReportText::money(const Money &money) const
{
    return money.format(m_locale).replace(u' ', QChar::Nbsp);
}

QString ReportText::percent(qint64 basisPoints) const
{
    return formatBasisPoints(basisPoints, m_locale).replace(u' ', QChar::Nbsp);
}

QString ReportText::quantity(qint64 milli) const
{
    return formatQuantity(milli, m_locale);
}

QString ReportText::hours(qint64 milli) const
{
    return m_locale.toString((milli + 500) / 1000);
}

QString ReportText::date(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace Sepakat::Report
