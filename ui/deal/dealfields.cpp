#include "deal/dealfields.h"

#include "common/language.h"

#include <QComboBox>
#include <QDateEdit>

namespace Sepakat::DealFields {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::DealFields)

public:
    static QString enterValue() { return tr("Enter the deal's expected value."); }
    static QString enterOwner() { return tr("Enter who owns this deal."); }
};

} // namespace

void fillCurrencies(QComboBox *combo, const QString &current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    QStringList codes = Money::knownCurrencies();
    if (!current.isEmpty() && !codes.contains(current))
        codes.prepend(current);
    for (const QString &code : std::as_const(codes))
        combo->addItem(code, code);
    combo->setCurrentIndex(combo->findData(current));
}

void setUpDateEdit(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    // The short format's two-digit year ("1/26/27") reads ambiguously on a contract date.
    QString format = Language::locale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    edit->setDisplayFormat(format);
}

Result<Money> readValue(const QString &text, const QString &currency)
{
    if (text.trimmed().isEmpty())
        return Error{Texts::enterValue(), QStringLiteral("value")};
    Result<Money> value = Money::parse(text, currency, Language::locale());
    if (!value)
        return Error{value.errorMessage(), QStringLiteral("value")};
    return value;
}

FieldErrors checkEntry(const Deal &deal)
{
    FieldErrors errors = deal.validate();
    if (deal.owner.trimmed().isEmpty())
        errors.append({QStringLiteral("owner"), Texts::enterOwner()});
    return errors;
}

bool hasField(const FieldErrors &errors, const QString &field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&field](const FieldError &error) { return error.field == field; });
}

} // namespace Sepakat::DealFields
