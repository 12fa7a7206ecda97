#include "deal/dealform.h"

#include "common/bookcommand.h"
#include "common/confirm.h"
#include "common/language.h"
#include "common/teardown.h"
#include "deal/customerpicker.h"
#include "deal/dealfields.h"
#include "pipeline/stagemove.h"
#include "storage/repositories.h"
#include "util/clock.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

const QString kCustomer = QStringLiteral("customerId");
const QString kTitle = QStringLiteral("title");
const QString kStage = QStringLiteral("stage");
const QString kProbability = QStringLiteral("probability");
const QString kValue = QStringLiteral("value");
const QString kExpectedClose = QStringLiteral("expectedClose");
const QString kOwner = QStringLiteral("owner");
const QString kLostReason = QStringLiteral("lostReason");
const QString kProposalLanguage = QStringLiteral("proposalLanguage");

// A form this wide stays readable on a wide window instead of stretching every field.
constexpr int kFormMaximumWidth = 720;

QWidget *row(QWidget *parent, std::initializer_list<std::pair<QWidget *, int>> widgets)
{
    auto *container = new QWidget(parent);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[widget, stretch] : widgets)
        layout->addWidget(widget, stretch);
    container->setFocusProxy(widgets.begin()->first);
    return container;
}

} // namespace

DealForm::~DealForm()
{
    // Closing moves the focus out of a field; that is no edit to save into a half-gone form.
    disconnectFromChildren(this);
}

DealForm::DealForm(QWidget *parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_form(new QWidget(this))
    , m_customer(new CustomerPicker(m_form))
    , m_title(new QLineEdit(m_form))
    , m_stage(new QComboBox(m_form))
    , m_followStage(new QCheckBox(m_form))
    , m_probability(new QLineEdit(m_form))
    , m_value(new QLineEdit(m_form))
    , m_currency(new QComboBox(m_form))
    , m_expectedClose(new QDateEdit(m_form))
    , m_owner(new QLineEdit(m_form))
    , m_lostReason(new QLineEdit(m_form))
    , m_proposalLanguage(new QComboBox(m_form))
    , m_generalError(InlineErrors::makeMessageLabel(m_form, QStringLiteral("generalError")))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("dealForm"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_followStage->setObjectName(QStringLiteral("followStageCheck"));
    m_probability->setObjectName(QStringLiteral("probabilityEdit"));
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_expectedClose->setObjectName(QStringLiteral("expectedCloseEdit"));
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_lostReason->setObjectName(QStringLiteral("lostReasonEdit"));
    m_proposalLanguage->setObjectName(QStringLiteral("proposalLanguageCombo"));

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_value->setAlignment(Qt::AlignRight);
    m_probability->setAlignment(Qt::AlignRight);
    m_probability->setMaximumWidth(
        m_probability->fontMetrics().horizontalAdvance(QStringLiteral("100,00 %")) + 24);
    DealFields::setUpDateEdit(m_expectedClose);
    for (const Stage stage : kAllStages)
        m_stage->addItem(QString(), static_cast<int>(stage));
    for (const QString &code : Language::available())
        m_proposalLanguage->addItem(Language::nativeName(code), code);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, kCustomer, QString(), m_customer);
    m_errors.addRow(form, kTitle, QString(), m_title);
    m_errors.addRow(form, kStage, QString(), m_stage);
    m_errors.addRow(
        form, kProbability, QString(),
        row(m_form, {{m_followStage, 0}, {m_probability, 0}, {new QWidget(m_form), 1}}));
    m_errors.addRow(form, kValue, QString(), row(m_form, {{m_value, 1}, {m_currency, 0}}));
    m_errors.addRow(form, kExpectedClose, QString(), m_expectedClose);
    m_errors.addRow(form, kOwner, QString(), m_owner);
    m_errors.addRow(form, kLostReason, QString(), m_lostReason);
    m_errors.addRow(form, kProposalLanguage, QString(), m_proposalLanguage);
    m_errors.rowLabel(kProbability)->setBuddy(m_followStage);
    m_errors.rowLabel(kValue)->setBuddy(m_value);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_generalError);
    m_form->setMaximumWidth(kFormMaximumWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_form, 0, Qt::AlignLeft);
    setFocusProxy(m_title);

    connect(m_customer, &CustomerPicker::customerChosen, this, [this](const QString &id) {
        if (!m_deal)
            return;
        Deal after = *m_deal;
        after.customerId = id;
        save(after);
    });
    const auto saveText = [this](QLineEdit *edit, QString Deal::*member) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, member] {
            if (!m_deal)
                return;
            Deal after = *m_deal;
            after.*member = edit->text().trimmed();
            save(after);
        });
    };
    saveText(m_title, &Deal::title);
    saveText(m_owner, &Deal::owner);
    saveText(m_lostReason, &Deal::lostReason);
    connect(m_stage, &QComboBox::activated, this,
            [this] { moveToStage(static_cast<Stage>(m_stage->currentData().toInt())); });
    connect(m_followStage, &QCheckBox::clicked, this, &DealForm::saveProbability);
    connect(m_probability, &QLineEdit::editingFinished, this, &DealForm::saveProbability);
    connect(m_value, &QLineEdit::editingFinished, this,
            [this] { saveValue(m_currency->currentData().toString()); });
    connect(m_currency, &QComboBox::activated, this,
            [this] { saveValue(m_currency->currentData().toString()); });
    const auto saveDate = [this] {
        if (!m_deal)
            return;
        Deal after = *m_deal;
        after.expectedClose = m_expectedClose->date();
        save(after);
    };
    connect(m_expectedClose, &QDateEdit::editingFinished, this, saveDate);
    connect(m_expectedClose->calendarWidget(), &QCalendarWidget::clicked, this, saveDate);
    connect(m_proposalLanguage, &QComboBox::activated, this, [this] {
        if (!m_deal)
            return;
        Deal after = *m_deal;
        after.proposalLanguage = m_proposalLanguage->currentData().toString();
        save(after);
    });
    retranslate();
    setEditable(false);
}

void DealForm::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    m_deal.reset();
    m_customer->setDocument(document);
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (part == BookDocument::Part::Customers)
                m_customer->reload();
            if (!m_dealId.isEmpty())
                reload();
        });
    }
    showDeal();
}

bool DealForm::openDeal(const QString &dealId)
{
    if (!m_document)
        return false;
    std::optional<Deal> deal = m_document->book().deals().find(dealId);
    if (!deal)
        return false;
    m_dealId = dealId;
    m_deal = std::move(deal);
    m_settings = m_document->book().settings().load();
    m_errors.clear();
    showDeal();
    return true;
}

void DealForm::reload()
{
    if (!m_document)
        return;
    m_deal = m_document->book().deals().find(m_dealId);
    m_settings = m_document->book().settings().load();
    // A deal that is gone (its addition undone) shows nothing; the worksheet goes back.
    if (!m_deal)
        m_dealId.clear();
    showDeal();
}

void DealForm::showDeal()
{
    setEditable(m_deal && m_document && !m_document->isReadOnly());
    if (!m_deal)
        return;
    const Deal &deal = *m_deal;
    const QLocale locale = Language::locale();
    m_customer->setCustomerId(deal.customerId);
    m_title->setText(deal.title);
    {
        const QSignalBlocker blocker(m_stage);
        m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(deal.stage)));
    }
    const int stageDefault = m_settings.stages.setting(deal.stage).probabilityBasisPoints;
    const bool closed = isClosed(deal.stage);
    m_followStage->setText(
        tr("Follow the stage's default (%1)").arg(formatBasisPoints(stageDefault, locale)));
    m_followStage->setChecked(closed || !deal.probabilityOverride);
    m_probability->setText(formatBasisPoints(deal.probability(m_settings.stages), locale));
    // A closed deal is certain either way: its stage decides, so there is nothing to override.
    m_followStage->setEnabled(!closed && m_followStage->isEnabled());
    m_probability->setEnabled(!closed && deal.probabilityOverride);
    m_value->setText(deal.value.formatNumber(locale));
    DealFields::fillCurrencies(m_currency, deal.currency());
    {
        const QSignalBlocker blocker(m_expectedClose);
        m_expectedClose->setDate(deal.expectedClose);
    }
    m_owner->setText(deal.owner);
    m_lostReason->setText(deal.lostReason);
    m_lostReason->setEnabled(deal.stage == Stage::Lost);
    m_proposalLanguage->setCurrentIndex(m_proposalLanguage->findData(deal.proposalLanguage));
}

void DealForm::setEditable(bool editable)
{
    // Text stays readable (and copyable) in a read-only book; choices simply cannot change.
    for (QLineEdit *edit : {m_title, m_probability, m_value, m_owner, m_lostReason}) {
        edit->setEnabled(true);
        edit->setReadOnly(!editable);
    }
    m_expectedClose->setReadOnly(!editable);
    for (QWidget *field : std::initializer_list<QWidget *>{m_customer, m_stage, m_followStage,
                                                           m_currency, m_proposalLanguage})
        field->setEnabled(editable);
    m_hint->setText(m_document && m_document->isReadOnly()
                        ? tr("This deal book is open read-only: the deal can be read, not changed.")
                        : tr("Each change is saved as soon as you leave the field; Ctrl+Z undoes "
                             "it."));
}

void DealForm::save(const Deal &after)
{
    if (!m_deal || !m_document)
        return;
    if (after == *m_deal) {
        m_errors.clear();
        return;
    }
    if (!m_errors.show(DealFields::checkEntry(after)))
        return;
    const Deal before = *m_deal;
    const Status saved = m_document->execute(BookCommand::saveDeal(m_document, before, after));
    if (!saved)
        showError(saved.error().field, saved.errorMessage());
}

void DealForm::saveValue(const QString &currency)
{
    if (!m_deal)
        return;
    const Result<Money> value = DealFields::readValue(m_value->text(), currency);
    if (!value) {
        showError(kValue, value.errorMessage());
        return;
    }
    Deal after = *m_deal;
    after.value = *value;
    save(after);
}

void DealForm::saveProbability()
{
    if (!m_deal)
        return;
    Deal after = *m_deal;
    if (m_followStage->isChecked()) {
        after.probabilityOverride.reset();
    } else if (!m_probability->isEnabled()) {
        // Unticking starts the override at what the deal shows now; the user edits from there.
        after.probabilityOverride = m_deal->probability(m_settings.stages);
        m_probability->setEnabled(true);
    } else {
        const Result<qint64> parsed = parseBasisPoints(m_probability->text(), Language::locale());
        if (!parsed) {
            showError(kProbability, parsed.errorMessage());
            return;
        }
        after.probabilityOverride = static_cast<int>(*parsed);
    }
    save(after);
    if (!m_followStage->isChecked())
        m_probability->setFocus();
}

void DealForm::moveToStage(Stage to)
{
    if (!m_deal)
        return;
    QString lostReason = m_lostReason->text().trimmed();
    bool reopenConfirmed = false;
    // At most one question of each kind: reopen, then the reason for losing.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Result<StageMove> move =
            planStageMove(*m_deal, to, lostReason, reopenConfirmed, Clock::current().now());
        if (move) {
            save(move->after);
            showDeal();
            return;
        }
        const StageMoveRefusal refusal = refusalOf(move.error());
        if (refusal == StageMoveRefusal::NeedsReopen) {
            if (!confirmAction(this, tr("Reopen deal"),
                               tr("“%1” is %2. Reopen it as %3?")
                                   .arg(m_deal->title, stageName(m_deal->stage), stageName(to)),
                               tr("Reopen")))
                break;
            reopenConfirmed = true;
            continue;
        }
        if (refusal == StageMoveRefusal::NeedsLostReason) {
            bool ok = false;
            lostReason = QInputDialog::getText(this, tr("Deal lost"),
                                               tr("Why was “%1” lost?").arg(m_deal->title),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
            if (!ok || lostReason.isEmpty())
                break;
            continue;
        }
        if (refusal != StageMoveRefusal::SameStage)
            showError(kStage, move.errorMessage());
        break;
    }
    const QSignalBlocker blocker(m_stage);
    m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(m_deal->stage)));
}

void DealForm::showError(const QString &field, const QString &message)
{
    m_errors.show({FieldError{field, message}});
}

void DealForm::retranslate()
{
    m_errors.rowLabel(kCustomer)->setText(tr("&Customer:"));
    m_errors.rowLabel(kTitle)->setText(tr("&Title:"));
    m_errors.rowLabel(kStage)->setText(tr("&Stage:"));
    m_errors.rowLabel(kProbability)->setText(tr("&Probability:"));
    m_errors.rowLabel(kValue)->setText(tr("&Value:"));
    m_errors.rowLabel(kExpectedClose)->setText(tr("&Expected close:"));
    m_errors.rowLabel(kOwner)->setText(tr("&Owner:"));
    m_errors.rowLabel(kLostReason)->setText(tr("&Lost reason:"));
    m_errors.rowLabel(kProposalLanguage)->setText(tr("P&roposal language:"));
    for (int i = 0; i < m_stage->count(); ++i)
        m_stage->setItemText(i, stageName(static_cast<Stage>(m_stage->itemData(i).toInt())));
    DealFields::setUpDateEdit(m_expectedClose);
    showDeal();
}

void DealForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
