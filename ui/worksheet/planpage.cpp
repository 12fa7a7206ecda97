#include "worksheet/planpage.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "common/teardown.h"
#include "negotiation/offertotals.h"
#include "storage/repositories.h"
#include "util/uuid.h"
#include "worksheet/plancommand.h"
#include "worksheet/zopabar.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

const QString kTarget = QStringLiteral("target");
const QString kOpening = QStringLiteral("opening");
const QString kWalkAway = QStringLiteral("walkAway");
const QString kTheirWalkAway = QStringLiteral("theirWalkAwayEstimate");
const QString kTheirBatna = QStringLiteral("theirBatnaEstimate");
const QString kOurBatna = QStringLiteral("ourBatna");
const QString kOurBatnaValue = QStringLiteral("ourBatnaValue");
const QString kStyle = QStringLiteral("style");
const QString kAgenda = QStringLiteral("agenda");
const QString kObjections = QStringLiteral("objections");
const QString kNotes = QStringLiteral("internalNotes");

constexpr int kFormMaximumWidth = 760;
// Below this width the warnings go under the bar instead of beside it.
constexpr int kSideBySideWidth = 700;

QLineEdit *moneyEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight);
    edit->setClearButtonEnabled(true);
    return edit;
}

QString warningColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QStringLiteral("#ffb74d")
                                                             : QStringLiteral("#8a4b00");
}

} // namespace

PlanPage::PlanPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_zopa(new ZopaBar(this))
    , m_warningsTitle(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_form(new QWidget(this))
    , m_target(moneyEdit(m_form, QStringLiteral("targetEdit")))
    , m_opening(moneyEdit(m_form, QStringLiteral("openingEdit")))
    , m_walkAway(moneyEdit(m_form, QStringLiteral("walkAwayEdit")))
    , m_theirWalkAway(moneyEdit(m_form, QStringLiteral("theirWalkAwayEdit")))
    , m_theirBatna(moneyEdit(m_form, QStringLiteral("theirBatnaEdit")))
    , m_ourBatna(new QLineEdit(m_form))
    , m_ourBatnaValue(moneyEdit(m_form, QStringLiteral("ourBatnaValueEdit")))
    , m_style(new QComboBox(m_form))
    , m_agenda(new QPlainTextEdit(m_form))
    , m_objections(new QTableWidget(0, 2, m_form))
    , m_addObjection(new QPushButton(m_form))
    , m_removeObjection(new QPushButton(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_generalError(InlineErrors::makeMessageLabel(m_form, QStringLiteral("generalError")))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("planPage"));
    m_banner->setObjectName(QStringLiteral("internalBanner"));
    m_warnings->setObjectName(QStringLiteral("zopaWarnings"));
    m_ourBatna->setObjectName(QStringLiteral("ourBatnaEdit"));
    m_style->setObjectName(QStringLiteral("styleCombo"));
    m_agenda->setObjectName(QStringLiteral("agendaEdit"));
    m_objections->setObjectName(QStringLiteral("objectionsTable"));
    m_addObjection->setObjectName(QStringLiteral("addObjectionButton"));
    m_removeObjection->setObjectName(QStringLiteral("removeObjectionButton"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));

    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont bold = m_warningsTitle->font();
    bold.setBold(true);
    m_warningsTitle->setFont(bold);
    for (const NegotiationStyle style : {NegotiationStyle::Formal, NegotiationStyle::Informal})
        m_style->addItem(QString(), static_cast<int>(style));
    for (QPlainTextEdit *edit : {m_agenda, m_notes}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().height() * 5);
        edit->installEventFilter(this);
    }
    m_objections->verticalHeader()->hide();
    m_objections->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_objections->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_objections->setSelectionMode(QAbstractItemView::SingleSelection);
    m_objections->setWordWrap(true);
    m_objections->setTabKeyNavigation(false);
    m_objections->setMinimumHeight(m_objections->fontMetrics().height() * 7);

    buildLayout();
    connectEdits();
    retranslate();
    setEditable(false);
}

PlanPage::~PlanPage()
{
    // Closing moves the focus out of a field; that is no edit to save into a half-gone page.
    disconnectFromChildren(this);
}

void PlanPage::buildLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, kTarget, QString(), m_target);
    m_errors.addRow(form, kOpening, QString(), m_opening);
    m_errors.addRow(form, kWalkAway, QString(), m_walkAway);
    m_errors.addRow(form, kTheirWalkAway, QString(), m_theirWalkAway);
    m_errors.addRow(form, kTheirBatna, QString(), m_theirBatna);
    m_errors.addRow(form, kOurBatna, QString(), m_ourBatna);
    m_errors.addRow(form, kOurBatnaValue, QString(), m_ourBatnaValue);
    m_errors.addRow(form, kStyle, QString(), m_style);
    m_errors.addRow(form, kAgenda, QString(), m_agenda);

    auto *objections = new QWidget(m_form);
    auto *objectionsLayout = new QVBoxLayout(objections);
    objectionsLayout->setContentsMargins(0, 0, 0, 0);
    objectionsLayout->addWidget(m_objections);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addObjection);
    buttons->addWidget(m_removeObjection);
    buttons->addStretch(1);
    objectionsLayout->addLayout(buttons);
    objections->setFocusProxy(m_objections);
    m_errors.addRow(form, kObjections, QString(), objections);
    m_errors.addRow(form, kNotes, QString(), m_notes);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_generalError);
    formLayout->addStretch(1);
    m_form->setMaximumWidth(kFormMaximumWidth);

    auto *warnings = new QVBoxLayout;
    warnings->addWidget(m_warningsTitle);
    warnings->addWidget(m_warnings, 1);
    auto *zopa = new QBoxLayout(QBoxLayout::LeftToRight);
    m_zopaLayout = zopa;
    zopa->addWidget(m_zopa, 3);
    zopa->addSpacing(12);
    zopa->addLayout(warnings, 2);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(zopa);
    contentLayout->addSpacing(8);
    contentLayout->addWidget(m_form, 1, Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("planScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
}

void PlanPage::connectEdits()
{
    const auto money = [this](QLineEdit *edit, Money Plan::*member, const QString &field) {
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, member, field] { saveMoney(edit, member, field); });
    };
    money(m_target, &Plan::target, kTarget);
    money(m_opening, &Plan::opening, kOpening);
    money(m_walkAway, &Plan::walkAway, kWalkAway);
    money(m_theirWalkAway, &Plan::theirWalkAwayEstimate, kTheirWalkAway);
    money(m_theirBatna, &Plan::theirBatnaEstimate, kTheirBatna);
    money(m_ourBatnaValue, &Plan::ourBatnaValue, kOurBatnaValue);
    connect(m_ourBatna, &QLineEdit::editingFinished, this, [this] {
        saveText(&Plan::ourBatna, m_ourBatna->text().trimmed(), kOurBatna);
    });
    connect(m_style, &QComboBox::activated, this, [this] {
        Plan after = m_plan;
        after.style = static_cast<NegotiationStyle>(m_style->currentData().toInt());
        save(after, tr("Change the negotiation style"), kStyle);
    });
    connect(m_objections, &QTableWidget::itemChanged, this, &PlanPage::saveObjections);
    connect(m_addObjection, &QPushButton::clicked, this, &PlanPage::addObjection);
    connect(m_removeObjection, &QPushButton::clicked, this, &PlanPage::removeObjection);
    connect(m_objections, &QTableWidget::currentCellChanged, this,
            [this] { setEditable(m_addObjection->isEnabled()); });
}

bool PlanPage::eventFilter(QObject *watched, QEvent *event)
{
    // A plain-text field has no editingFinished: leaving it is when the text is kept.
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_agenda && !m_agenda->isReadOnly())
            saveText(&Plan::agenda, m_agenda->toPlainText(), kAgenda);
        else if (watched == m_notes && !m_notes->isReadOnly())
            saveText(&Plan::internalNotes, m_notes->toPlainText(), kNotes);
    }
    return QWidget::eventFilter(watched, event);
}

void PlanPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    m_deal.reset();
    m_plan = Plan();
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (!m_dealId.isEmpty()
                && (part == BookDocument::Part::Worksheet || part == BookDocument::Part::Deals))
                reload();
        });
    }
    showPlan();
}

bool PlanPage::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    reload();
    return true;
}

void PlanPage::reload()
{
    if (!m_document)
        return;
    m_deal = m_document->book().deals().find(m_dealId);
    WorksheetRepository worksheets = m_document->book().worksheets();
    m_plan = worksheets.plan(m_dealId).value_or(Plan());
    m_plan.dealId = m_dealId;
    m_currentNet = Money();
    const QList<Offer> offers = m_deal ? worksheets.offers(m_dealId) : QList<Offer>();
    if (!offers.isEmpty()) {
        if (const Result<OfferTotals> totals = computeTotals(offers.last()))
            m_currentNet = totals->netBeforeTax;
    }
    m_errors.clear();
    showPlan();
}

QString PlanPage::planCurrency() const
{
    for (const Money *m : {&m_plan.target, &m_plan.opening, &m_plan.walkAway,
                           &m_plan.ourBatnaValue, &m_plan.theirBatnaEstimate,
                           &m_plan.theirWalkAwayEstimate}) {
        if (m->isValid())
            return m->currency();
    }
    return m_deal ? m_deal->currency() : QString();
}

void PlanPage::showPlan()
{
    const QLocale locale = Language::locale();
    const auto money = [&](QLineEdit *edit, const Money &value) {
        edit->setText(value.isValid() ? value.formatNumber(locale) : QString());
        edit->setPlaceholderText(tr("not set (%1)").arg(planCurrency()));
    };
    money(m_target, m_plan.target);
    money(m_opening, m_plan.opening);
    money(m_walkAway, m_plan.walkAway);
    money(m_theirWalkAway, m_plan.theirWalkAwayEstimate);
    money(m_theirBatna, m_plan.theirBatnaEstimate);
    money(m_ourBatnaValue, m_plan.ourBatnaValue);
    m_ourBatna->setText(m_plan.ourBatna);
    m_style->setCurrentIndex(m_style->findData(static_cast<int>(m_plan.style)));
    if (m_agenda->toPlainText() != m_plan.agenda)
        m_agenda->setPlainText(m_plan.agenda);
    if (m_notes->toPlainText() != m_plan.internalNotes)
        m_notes->setPlainText(m_plan.internalNotes);
    {
        const QSignalBlocker blocker(m_objections);
        const int current = m_objections->currentRow();
        m_objections->setRowCount(int(m_plan.objections.size()));
        for (int row = 0; row < m_plan.objections.size(); ++row) {
            const Objection &o = m_plan.objections.at(row);
            m_objections->setItem(row, 0, new QTableWidgetItem(o.objection));
            m_objections->setItem(row, 1, new QTableWidgetItem(o.response));
        }
        if (current >= 0 && current < m_objections->rowCount())
            m_objections->setCurrentCell(current, 0);
        m_objections->resizeRowsToContents();
    }
    showZopa(m_plan);
    setEditable(m_deal && m_document && !m_document->isReadOnly());
}

void PlanPage::showZopa(const Plan &plan)
{
    const ZopaAnalysis analysis = analyzeZopa(plan, m_currentNet, Language::locale());
    m_zopa->setAnalysis(analysis);
    QStringList lines;
    for (const ZopaWarning &warning : analysis.warnings)
        lines << QStringLiteral("⚠ %1").arg(warning.message);
    if (lines.isEmpty()) {
        m_warnings->setText(m_currentNet.isValid() || !analysis.points.isEmpty()
                                ? tr("No warnings: the plan and the current offer hold together.")
                                : QString());
        m_warnings->setStyleSheet(QString());
        m_warnings->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_warnings->setText(lines.join(QStringLiteral("\n\n")));
        m_warnings->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(warningColor(palette())));
    }
}

void PlanPage::setEditable(bool editable)
{
    for (QLineEdit *edit : {m_target, m_opening, m_walkAway, m_theirWalkAway, m_theirBatna,
                            m_ourBatna, m_ourBatnaValue}) {
        edit->setReadOnly(!editable);
        edit->setClearButtonEnabled(editable && edit != m_ourBatna);
    }
    m_agenda->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_style->setEnabled(editable);
    m_objections->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                           : QAbstractItemView::NoEditTriggers);
    m_addObjection->setEnabled(editable);
    m_removeObjection->setEnabled(editable && m_objections->currentRow() >= 0);
    m_hint->setText(m_document && m_document->isReadOnly()
                        ? tr("This deal book is open read-only: the plan can be read, not "
                             "changed.")
                        : tr("Prices are before tax, like the offer's net. Each change is saved "
                             "as soon as you leave the field; Ctrl+Z undoes it."));
}

void PlanPage::saveMoney(QLineEdit *edit, Money Plan::*member, const QString &field)
{
    if (!m_deal || edit->isReadOnly())
        return;
    Money value;
    if (!edit->text().trimmed().isEmpty()) {
        const Result<Money> parsed = Money::parse(edit->text(), planCurrency(), Language::locale());
        if (!parsed) {
            m_errors.show({FieldError{field, parsed.errorMessage()}});
            return;
        }
        value = *parsed;
    }
    Plan after = m_plan;
    after.*member = value;
    save(after, tr("Change the plan's prices"), field);
}

void PlanPage::saveText(QString Plan::*member, const QString &text, const QString &field)
{
    if (!m_deal)
        return;
    Plan after = m_plan;
    after.*member = text;
    save(after, tr("Edit the plan"), field);
}

void PlanPage::saveObjections()
{
    if (!m_deal)
        return;
    Plan after = m_plan;
    for (int row = 0; row < m_objections->rowCount() && row < after.objections.size(); ++row) {
        const QTableWidgetItem *objection = m_objections->item(row, 0);
        const QTableWidgetItem *response = m_objections->item(row, 1);
        after.objections[row].objection = objection ? objection->text().trimmed() : QString();
        after.objections[row].response = response ? response->text().trimmed() : QString();
    }
    if (!save(after, tr("Edit an objection"), kObjections)) {
        const QSignalBlocker blocker(m_objections);
        showPlan();
        m_errors.show(after.validate());
    }
}

void PlanPage::addObjection()
{
    if (!m_deal)
        return;
    Plan after = m_plan;
    after.objections.append(Objection{newId(), tr("New objection"), QString()});
    if (!save(after, tr("Add an objection")))
        return;
    const int row = int(after.objections.size()) - 1;
    m_objections->setFocus();
    m_objections->setCurrentCell(row, 0);
    m_objections->editItem(m_objections->item(row, 0));
}

void PlanPage::removeObjection()
{
    const int row = m_objections->currentRow();
    if (!m_deal || row < 0 || row >= m_plan.objections.size())
        return;
    Plan after = m_plan;
    after.objections.removeAt(row);
    save(after, tr("Remove an objection"));
}

bool PlanPage::save(const Plan &after, const QString &text, const QString &mergeKey)
{
    if (!m_document || !m_deal)
        return false;
    if (after == m_plan) {
        m_errors.clear();
        showZopa(m_plan);
        return true;
    }
    if (!m_errors.show(after.validate())) {
        showZopa(after);
        return false;
    }
    const Plan before = m_plan;
    const Status saved =
        m_document->execute(new PlanEditCommand(m_document, text, before, after, mergeKey));
    if (!saved) {
        m_errors.show({FieldError{saved.error().field, saved.errorMessage()}});
        return false;
    }
    return true;
}

void PlanPage::retranslate()
{
    m_banner->setText(tr("Internal — never shown to the customer"));
    m_banner->setStyleSheet(QStringLiteral(
        "#internalBanner { font-weight: bold; padding: 4px; border: 2px dashed #b8860b;"
        " border-radius: 4px; background: rgba(212, 160, 23, 50); }"));
    m_warningsTitle->setText(tr("Warnings"));
    m_errors.rowLabel(kTarget)->setText(tr("&Target price:"));
    m_errors.rowLabel(kOpening)->setText(tr("&Opening offer:"));
    m_errors.rowLabel(kWalkAway)->setText(tr("&Walk-away price:"));
    m_errors.rowLabel(kTheirWalkAway)->setText(tr("Their walk-away (est.):"));
    m_errors.rowLabel(kTheirBatna)->setText(tr("Their alternative (est.):"));
    m_errors.rowLabel(kOurBatna)->setText(tr("Our &alternative:"));
    m_errors.rowLabel(kOurBatnaValue)->setText(tr("Its &value:"));
    m_errors.rowLabel(kStyle)->setText(tr("&Style:"));
    m_errors.rowLabel(kAgenda)->setText(tr("A&genda:"));
    m_errors.rowLabel(kObjections)->setText(tr("O&bjections:"));
    m_errors.rowLabel(kNotes)->setText(tr("Internal &notes:"));
    m_ourBatna->setPlaceholderText(tr("What we do if there is no deal"));
    m_objections->setHorizontalHeaderLabels({tr("Objection"), tr("Prepared response")});
    m_addObjection->setText(tr("Add objection"));
    m_removeObjection->setText(tr("Remove"));
    for (int i = 0; i < m_style->count(); ++i)
        m_style->setItemText(
            i, negotiationStyleName(static_cast<NegotiationStyle>(m_style->itemData(i).toInt())));
    showPlan();
}

void PlanPage::resizeEvent(QResizeEvent *event)
{
    m_zopaLayout->setDirection(event->size().width() < kSideBySideWidth
                                   ? QBoxLayout::TopToBottom
                                   : QBoxLayout::LeftToRight);
    QWidget::resizeEvent(event);
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showZopa(m_plan);
    QWidget::changeEvent(event);
}

} // namespace Sepakat
