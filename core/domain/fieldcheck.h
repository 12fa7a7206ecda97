#pragma once

// Private to core/domain: the checks every validate() shares, so one rule always reads the same
// in every form. Callers pass the field's name already translated ("Unit price"); the helpers
// supply the sentence around it.

#include "domain/money.h"
#include "domain/validation.h"

namespace Sepakat::Check {

// A field's name in a message: already translated by the caller, or a source text marked with
// QT_TRANSLATE_NOOP("Sepakat::Validation", ...) and translated only when a message needs it
// (an import validates 100,000 rows, and translating the names of every valid one cost more
// than the checks).
class Words
{
public:
    Words(const QString &translated)
        : m_translated(translated)
    {
    }
    Words(const char *source)
        : m_source(source)
    {
    }
    QString text() const;

private:
    QString m_translated;
    const char *m_source = nullptr;
};

// "lines[2]" + "quantity" -> "lines[2].quantity"; an empty prefix leaves the key alone.
QString fieldKey(const QString &prefix, const QString &key);

// Re-keys errors of a part ("contacts[1]") and prefixes each message ("Contact 2: ...").
void appendPart(FieldErrors &errors, const FieldErrors &partErrors, const QString &keyPrefix,
                const QString &messagePrefix);

void required(FieldErrors &errors, const QString &field, const QString &value, const Words &words);
void range(FieldErrors &errors, const QString &field, qint64 value, qint64 low, qint64 high,
           const Words &words);
void atLeast(FieldErrors &errors, const QString &field, qint64 value, qint64 low,
             const Words &words);
void percentage(FieldErrors &errors, const QString &field, qint64 basisPoints, const Words &words);

enum class Amount
{
    Optional,
    Required
};
// A Money that is !isValid() means "not set". When expectedCurrency is not empty a set amount
// must be in it. Negative amounts are refused: no field in the domain means a negative price.
void money(FieldErrors &errors, const QString &field, const Money &value, const Words &words,
           Amount need, const QString &expectedCurrency = {});
void currency(FieldErrors &errors, const QString &field, const QString &code);

bool looksLikeEmail(const QString &text);

} // namespace Sepakat::Check
