#include "domain/deal.h"

#include "domain/fieldcheck.h"

#include <QCoreApplication>

namespace Sepakat {

FieldErrors Deal::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("title"), title,
                    QT_TRANSLATE_NOOP("Sepakat::Validation", "Deal title"));
    Check::required(errors, QStringLiteral("customerId"), customerId,
                    QT_TRANSLATE_NOOP("Sepakat::Validation", "Customer"));
    // The value carries the deal's currency, so it must be set even when the amount is zero.
    Check::money(errors, QStringLiteral("value"), value,
                 QT_TRANSLATE_NOOP("Sepakat::Validation", "Deal value"), Check::Amount::Required);
    if (probabilityOverride) {
        Check::percentage(errors, QStringLiteral("probability"), *probabilityOverride,
                          QT_TRANSLATE_NOOP("Sepakat::Validation", "Probability"));
    }
    Check::range(errors, QStringLiteral("qualification.budget"), qualification.budget, 0, 3,
                 QT_TRANSLATE_NOOP("Sepakat::Validation", "Budget score"));
    Check::range(errors, QStringLiteral("qualification.authority"), qualification.authority, 0, 3,
                 QT_TRANSLATE_NOOP("Sepakat::Validation", "Authority score"));
    Check::range(errors, QStringLiteral("qualification.need"), qualification.need, 0, 3,
                 QT_TRANSLATE_NOOP("Sepakat::Validation", "Need score"));
    Check::range(errors, QStringLiteral("qualification.timing"), qualification.timing, 0, 3,
                 QT_TRANSLATE_NOOP("Sepakat::Validation", "Timing score"));
    if (proposalLanguage != u"en" && proposalLanguage != u"id") {
        errors.append(
            {QStringLiteral("proposalLanguage"),
             QCoreApplication::translate(
                 "Sepakat::Validation", "Proposal language must be English or Bahasa Indonesia.")});
    }
    return errors;
}

} // namespace Sepakat
