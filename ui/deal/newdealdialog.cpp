#include "deal/newdealdialog.h"

#include "common/bookcommand.h"
#include "common/userprofile.h"
#include "deal/customerpicker.h"
#include "deal/dealfields.h"
#include "storage/repositories.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

// A first guess at when a new deal closes; the salesperson moves it as they learn more.
constexpr int kDefaultDaysToClose = 60;

} // namespace

NewDealDialog::NewDealDialog(BookDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_customer(new CustomerPicker(this))
    , m_title(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_expectedClose(new QDateEdit(this))
    , m_owner(new QLineEdit(this))
    , m_generalError(InlineErrors::makeMessageLabel(this, QStringLiteral("generalError")))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("newDealDialog"));
    setWindowTitle(tr("New deal"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_expectedClose->setObjectName(QStringLiteral("expectedCloseEdit"));
    m_owner->setObjectName(QStringLiteral("ownerEdit"));

    m_customer->setDocument(document);
    m_title->setPlaceholderText(tr("e.g. Warehouse scanners for 12 branches"));
    DealFields::fillCurrencies(m_currency, document->book().settings().load().currency);
    m_value->setPlaceholderText(tr("Expected value"));
    m_value->setAlignment(Qt::AlignRight);
    DealFields::setUpDateEdit(m_expectedClose);
    m_expectedClose->setDate(Clock::current().today().addDays(kDefaultDaysToClose));
    m_owner->setText(UserProfile::load().effectiveName());

    auto *valueRow = new QWidget(this);
    auto *valueLayout = new QHBoxLayout(valueRow);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    valueLayout->addWidget(m_value, 1);
    valueLayout->addWidget(m_currency);
    valueRow->setFocusProxy(m_value);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, QStringLiteral("customerId"), tr("&Customer:"), m_customer);
    m_errors.addRow(form, QStringLiteral("title"), tr("&Title:"), m_title);
    m_errors.addRow(form, QStringLiteral("value"), tr("&Value:"), valueRow);
    m_errors.addRow(form, QStringLiteral("expectedClose"), tr("&Expected close:"), m_expectedClose);
    m_errors.addRow(form, QStringLiteral("owner"), tr("&Owner:"), m_owner);
    m_errors.rowLabel(QStringLiteral("value"))->setBuddy(m_value);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Add deal"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDealDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_customer->setFocus();
}

void NewDealDialog::accept()
{
    Deal deal;
    deal.id = newId();
    deal.customerId = m_customer->customerId();
    deal.title = m_title->text().trimmed();
    deal.stage = Stage::Prospect;
    deal.expectedClose = m_expectedClose->date();
    deal.owner = m_owner->text().trimmed();
    const Result<Money> value =
        DealFields::readValue(m_value->text(), m_currency->currentData().toString());
    if (value)
        deal.value = *value;

    FieldErrors errors = DealFields::checkEntry(deal);
    if (!value) {
        // The parse message says more than "value required" about what the user typed.
        errors.removeIf([](const FieldError &error) { return error.field == u"value"; });
        errors.append({QStringLiteral("value"), value.errorMessage()});
    }
    if (!m_errors.show(errors))
        return;

    const Status saved = m_document->execute(BookCommand::saveDeal(m_document, std::nullopt, deal));
    if (!saved) {
        m_errors.show({FieldError{saved.error().field, saved.errorMessage()}});
        return;
    }
    m_dealId = deal.id;
    QDialog::accept();
}

} // namespace Sepakat
