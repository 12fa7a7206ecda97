#include "storage/booksettings.h"

#include "domain/money.h"

#include <QCoreApplication>

namespace Sepakat {

namespace {

// Ten years: longer is a typing slip, not a payment term.
constexpr int kMaxPaymentDays = 3650;

QString tr(const char *text)
{
    return QCoreApplication::translate("Sepakat::BookSettings", text);
}

} // namespace

FieldErrors BookSettings::validate() const
{
    FieldErrors errors;
    if (!Money::isKnownCurrency(currency))
        errors << FieldError{QStringLiteral("currency"),
                             tr("The book currency %1 is not a known currency code.").arg(currency)};
    if (defaultTaxBasisPoints < 0 || defaultTaxBasisPoints > 10000)
        errors << FieldError{QStringLiteral("defaultTaxBasisPoints"),
                             tr("The default tax rate must be between 0 and 100 %.")};
    const QStringList stageProblems = stages.validate();
    for (const QString &problem : stageProblems)
        errors << FieldError{QStringLiteral("stages"), problem};
    for (auto it = ratesMicro.cbegin(); it != ratesMicro.cend(); ++it) {
        const QString field = QStringLiteral("ratesMicro[%1]").arg(it.key());
        if (!Money::isKnownCurrency(it.key()))
            errors << FieldError{field, tr("%1 is not a known currency code.").arg(it.key())};
        else if (it.value() <= 0)
            errors << FieldError{field,
                                 tr("The exchange rate for %1 must be more than zero.").arg(it.key())};
    }
    const ApprovalPolicy &policy = approvalPolicy;
    if (policy.maxDiscountBasisPoints < 0 || policy.maxDiscountBasisPoints > 10000)
        errors << FieldError{QStringLiteral("approvalPolicy.maxDiscount"),
                             tr("The largest discount without approval must be between 0 and "
                                "100 %.")};
    if (policy.minMarginBasisPoints < 0 || policy.minMarginBasisPoints > 10000)
        errors << FieldError{QStringLiteral("approvalPolicy.minMargin"),
                             tr("The smallest margin without approval must be between 0 and "
                                "100 %.")};
    if (policy.maxPaymentDays < 0 || policy.maxPaymentDays > kMaxPaymentDays)
        errors << FieldError{QStringLiteral("approvalPolicy.maxPaymentDays"),
                             tr("The longest payment term without approval must be between 0 "
                                "and %1 days.")
                                 .arg(kMaxPaymentDays)};
    return errors;
}

} // namespace Sepakat
