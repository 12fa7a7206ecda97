#include "domain/deal.h"

#include "domain/fieldcheck.h"

#include <QCoreApplication>

namespace Sepakat {

FieldErrors Deal::validate() const
{
    FieldErrors errors;
    Check::required(errors, QStringLiteral("title"), title,
                    QCoreApplication::translate("Sepakat::Validation", "Deal title"));
    Check::required(errors, QStringLiteral("customerId"), customerId,
                    QCoreApplication::translate("Sepakat::Validation", "Customer"));
    // The value carries the deal's currency, so it must be set even when the amount is zero.
    Check::money(errors, QStringLiteral("value"), value,
                 QCoreApplication::translate("Sepakat::Validation", "Deal value"),
                 Check::Amount::Required);
    if (probabilityOverride) {
        Check::percentage(errors, QStringLiteral("probability"), *probabilityOverride,
                          QCoreApplication::translate("Sepakat::Validation", "Probability"));
    }
    Check::range(errors, QStringLiteral("qualification.budget"), qualification.budget, 0, 3,
                 QCoreApplication::translate("Sepakat::Validation", "Budget score"));
    Check::range(errors, QStringLiteral("qualification.authority"), qualification.authority, 0, 3,
                 QCoreApplication::translate("Sepakat::Validation", "Authority score"));
    Check::range(errors, QStringLiteral("qualification.need"), qualification.need, 0, 3,
                 QCoreApplication::translate("Sepakat::Validation", "Need score"));
    Check::range(errors, QStringLiteral("qualification.timing"), qualification.timing, 0, 3,
                 QCoreApplication::translate("Sepakat::Validation", "Timing score"));
    if (proposalLanguage != u"en" && proposalLanguage != u"id") {
        errors.append(
            {QStringLiteral("proposalLanguage"),
             QCoreApplication::translate(
                 "Sepakat::Validation", "Proposal language must be English or Bahasa Indonesia.")});
    }
    return errors;
}

} // namespace Sepakat
