#include "domain/validation.h"

#include "domain/fieldcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Sepakat {

QString joinMessages(const FieldErrors &errors)
{
    QStringList messages;
    messages.reserve(errors.size());
    for (const FieldError &error : errors)
        messages << error.message;
    return messages.join(u'\n');
}

namespace Check {

QString fieldKey(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

void appendPart(FieldErrors &errors, const FieldErrors &partErrors, const QString &keyPrefix,
                const QString &messagePrefix)
{
    for (const FieldError &e : partErrors) {
        errors.append({fieldKey(keyPrefix, e.field),
                       QCoreApplication::translate("Sepakat::Validation", "%1: %2")
                           .arg(messagePrefix, e.message)});
    }
}

QString Words::text() const
{
    return m_source ? QCoreApplication::translate("Sepakat::Validation", m_source) : m_translated;
}

void required(FieldErrors &errors, const QString &field, const QString &value, const Words &words)
{
    if (value.trimmed().isEmpty()) {
        errors.append({field, QCoreApplication::translate("Sepakat::Validation", "%1 is required.")
                                  .arg(words.text())});
    }
}

void range(FieldErrors &errors, const QString &field, qint64 value, qint64 low, qint64 high,
           const Words &words)
{
    if (value < low || value > high) {
        errors.append({field, QCoreApplication::translate("Sepakat::Validation",
                                                          "%1 must be between %2 and %3.")
                                  .arg(words.text())
                                  .arg(low)
                                  .arg(high)});
    }
}

void atLeast(FieldErrors &errors, const QString &field, qint64 value, qint64 low,
             const Words &words)
{
    if (value < low) {
        errors.append(
            {field, QCoreApplication::translate("Sepakat::Validation", "%1 must be at least %2.")
                        .arg(words.text())
                        .arg(low)});
    }
}

void percentage(FieldErrors &errors, const QString &field, qint64 basisPoints, const Words &words)
{
    if (basisPoints < 0 || basisPoints > 10000) {
        errors.append({field, QCoreApplication::translate("Sepakat::Validation",
                                                          "%1 must be between 0 and 100 %.")
                                  .arg(words.text())});
    }
}

void money(FieldErrors &errors, const QString &field, const Money &value, const Words &words,
           Amount need, const QString &expectedCurrency)
{
    if (!value.isValid()) {
        if (need == Amount::Required) {
            errors.append({field, QCoreApplication::translate("Sepakat::Validation",
                                                              "%1 needs an amount and a currency.")
                                      .arg(words.text())});
        }
        return;
    }
    if (!Money::isKnownCurrency(value.currency())) {
        errors.append({field, QCoreApplication::translate("Sepakat::Validation",
                                                          "%1 is in an unknown currency (%2).")
                                  .arg(words.text(), value.currency())});
    } else if (!expectedCurrency.isEmpty() && value.currency() != expectedCurrency) {
        errors.append({field, QCoreApplication::translate("Sepakat::Validation",
                                                          "%1 is in %2, but it must be in %3.")
                                  .arg(words.text(), value.currency(), expectedCurrency)});
    }
    if (value.isNegative()) {
        errors.append(
            {field, QCoreApplication::translate("Sepakat::Validation", "%1 cannot be negative.")
                        .arg(words.text())});
    }
}

void currency(FieldErrors &errors, const QString &field, const QString &code)
{
    if (!Money::isKnownCurrency(code)) {
        errors.append({field, code.isEmpty()
                                  ? QCoreApplication::translate("Sepakat::Validation",
                                                                "The currency is required.")
                                  : QCoreApplication::translate("Sepakat::Validation",
                                                                "The currency %1 is not known.")
                                        .arg(code)});
    }
}

bool looksLikeEmail(const QString &text)
{
    // Deliberately loose: only catches what is clearly not an address; the mail server decides.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace Check

} // namespace Sepakat
