#include "value/valuepage.h"

#include "common/bookdocument.h"
#include "common/icons.h"
#include "common/language.h"
#include "common/teardown.h"
#include "storage/repositories.h"
#include "util/uuid.h"
#include "value/keyfigures.h"
#include "value/savingsitemsmodel.h"
#include "value/valuechartspanel.h"
#include "value/valuecommand.h"
#include "value/valuefigures.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

const QString kHorizon = QStringLiteral("horizon");
const QString kDiscountRate = QStringLiteral("discountRate");
const QString kUpfront = QStringLiteral("upfront");
const QString kMonthlyCost = QStringLiteral("monthlyCost");
const QString kScenarios = QStringLiteral("scenarios");

constexpr int kInputsWidth = 320;
// Settings key of the splitter between the charts and the savings items.
const QString kSplitterKey = QStringLiteral("value/splitter");

// Need and kind are chosen from lists; the other cells are typed, and the page previews the
// figures while they are.
class SavingsDelegate final : public QStyledItemDelegate
{
public:
    using Typing = std::function<void(const QModelIndex &, const QString &)>;

    SavingsDelegate(SavingsItemsModel *model, Typing typing, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
        , m_typing(std::move(typing))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == SavingsItemsModel::NeedColumn) {
            auto *combo = new QComboBox(parent);
            combo->addItem(ValuePage::tr("(none)"), QString());
            for (const Need &need : m_model->needs())
                combo->addItem(need.description, need.id);
            return combo;
        }
        if (index.column() == SavingsItemsModel::Kind) {
            auto *combo = new QComboBox(parent);
            for (const SavingsKind kind : {SavingsKind::Time, SavingsKind::Money})
                combo->addItem(savingsKindName(kind), savingsKindKey(kind));
            return combo;
        }
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const QPersistentModelIndex at(index);
            connect(line, &QLineEdit::textEdited, line,
                    [this, at](const QString &text) { m_typing(at, text); });
        }
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    SavingsItemsModel *m_model;
    Typing m_typing;
};

QLineEdit *amountEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight);
    edit->setClearButtonEnabled(true);
    return edit;
}

QSpinBox *percentBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 1000);
    box->setSingleStep(5);
    box->setSuffix(QStringLiteral(" %"));
    box->setKeyboardTracking(false);
    box->setAlignment(Qt::AlignRight);
    return box;
}

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (!icon.isEmpty())
        button->setIcon(Icons::icon(icon, parent->palette()));
    return button;
}

} // namespace

ValuePage::ValuePage(QWidget *parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_figures(new KeyFigures(this))
    , m_horizon(new QSpinBox(this))
    , m_discountRate(amountEdit(this, QStringLiteral("discountRateEdit")))
    , m_upfront(amountEdit(this, QStringLiteral("upfrontEdit")))
    , m_upfrontNote(new QLabel(this))
    , m_monthlyCost(amountEdit(this, QStringLiteral("monthlyCostEdit")))
    , m_conservative(percentBox(this, QStringLiteral("conservativeSpin")))
    , m_expected(percentBox(this, QStringLiteral("expectedSpin")))
    , m_optimistic(percentBox(this, QStringLiteral("optimisticSpin")))
    , m_scenarios(new QWidget(this))
    , m_model(new SavingsItemsModel(this))
    , m_table(new QTableView(this))
    , m_add(toolButton(this, QStringLiteral("addSavingButton"), QStringLiteral("plus")))
    , m_addFromNeed(toolButton(this, QStringLiteral("addFromNeedButton"), QString()))
    , m_remove(toolButton(this, QStringLiteral("removeSavingButton"), QStringLiteral("trash-2")))
    , m_suggestions(new QLabel(this))
    , m_addSuggested(toolButton(this, QStringLiteral("addSuggestedButton"), QString()))
    , m_charts(new ValueChartsPanel(this))
    , m_generalError(InlineErrors::makeMessageLabel(this, QStringLiteral("valueError")))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("valuePage"));
    m_horizon->setObjectName(QStringLiteral("horizonSpin"));
    m_horizon->setRange(1, 120);
    m_horizon->setKeyboardTracking(false);
    m_horizon->setAlignment(Qt::AlignRight);
    m_upfrontNote->setObjectName(QStringLiteral("upfrontNote"));
    m_upfrontNote->setWordWrap(true);
    m_upfrontNote->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(QStringLiteral("savingsTable"));
    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_suggestions->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_addFromNeed->setPopupMode(QToolButton::InstantPopup);
    m_addFromNeed->setMenu(new QMenu(m_addFromNeed));

    m_table->setModel(m_model);
    m_table->setItemDelegate(new SavingsDelegate(
        m_model,
        [this](const QModelIndex &index, const QString &text) {
            QList<SavingsItem> items;
            QString field;
            QString message;
            if (m_model->edited(index, text, &items, &field, &message)) {
                ValueCaseInputs typed = m_inputs;
                typed.items = items;
                preview(typed);
            }
        },
        m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Need and saving are sentences: a readable width of their own, the numbers after them.
    for (const int column : {SavingsItemsModel::NeedColumn, SavingsItemsModel::Description}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 200);
    }
    header->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove->setShortcut(QKeySequence::Delete);

    buildLayout();
    connectEdits();
    retranslate();
    setEditable(false);
}

ValuePage::~ValuePage()
{
    // A cell editor open while the page closes commits on its way out: no edit to save into a
    // half-gone page.
    disconnectFromChildren(this); // the savings model among them
}

void ValuePage::buildLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, kHorizon, QString(), m_horizon);
    m_errors.addRow(form, kDiscountRate, QString(), m_discountRate);
    m_errors.addRow(form, kUpfront, QString(), m_upfront);
    m_errors.addRow(form, kMonthlyCost, QString(), m_monthlyCost);
    // One row per scenario: three boxes side by side cut their names short in a narrow column.
    auto *scenarios = new QFormLayout(m_scenarios);
    scenarios->setContentsMargins(0, 0, 0, 0);
    for (QSpinBox *box : {m_conservative, m_expected, m_optimistic}) {
        auto *name = new QLabel(m_scenarios);
        name->setBuddy(box);
        m_scenarioNames.append(name);
        scenarios->addRow(name, box);
    }
    m_scenarios->setFocusProxy(m_conservative);
    m_errors.addRow(form, kScenarios, QString(), m_scenarios);

    auto *inputs = new QWidget(this);
    inputs->setObjectName(QStringLiteral("valueInputs"));
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addLayout(form);
    inputsLayout->addWidget(m_upfrontNote);
    inputsLayout->addWidget(m_generalError);
    inputsLayout->addStretch(1);
    inputs->setMaximumWidth(kInputsWidth);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(inputs);
    topLayout->addWidget(m_charts, 1);

    auto *items = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(items);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    for (QToolButton *button : {m_add, m_addFromNeed, m_remove})
        bar->addWidget(button);
    bar->addSpacing(12);
    bar->addWidget(m_suggestions, 1);
    bar->addWidget(m_addSuggested);
    itemsLayout->addLayout(bar);
    itemsLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("valueSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(items);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Where the user last put the line between charts and savings items, in every deal: in a
    // small window one wants more rows, in a large one more chart.
    splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(kSplitterKey, splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_figures);
    layout->addSpacing(4);
    layout->addWidget(splitter, 1);
}

void ValuePage::connectEdits()
{
    for (QSpinBox *box : {m_horizon, m_conservative, m_expected, m_optimistic}) {
        // Typing previews; a value committed (Enter, leaving, the arrows) is saved.
        connect(box, &QSpinBox::textChanged, this, &ValuePage::previewTyped);
        const QString field = box == m_horizon ? kHorizon : kScenarios;
        connect(box, &QSpinBox::valueChanged, this, [this, field] {
            saveTyped(field, field == kHorizon ? tr("Change the horizon")
                                               : tr("Change the scenario factors"));
        });
    }
    const auto typed = [this](QLineEdit *edit, const QString &field, const char *text) {
        connect(edit, &QLineEdit::textEdited, this, &ValuePage::previewTyped);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, field, text] { saveTyped(field, tr(text)); });
    };
    typed(m_discountRate, kDiscountRate, QT_TR_NOOP("Change the discount rate"));
    typed(m_upfront, kUpfront, QT_TR_NOOP("Change the upfront price"));
    typed(m_monthlyCost, kMonthlyCost, QT_TR_NOOP("Change the monthly cost"));
    // The clear button empties the field without editingFinished: back to the offer's total.
    connect(m_upfront, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_upfront->hasFocus())
            saveTyped(kUpfront, tr("Change the upfront price"));
    });

    connect(m_model, &SavingsItemsModel::changeRequested, this,
            [this](const QList<SavingsItem> &items, const QString &mergeKey) {
                ValueCaseInputs after = m_inputs;
                after.items = items;
                save(after, tr("Edit a saving"), mergeKey);
            });
    connect(m_model, &SavingsItemsModel::refused, this,
            [this](const QString &, const QString &message) {
                m_errors.show({FieldError{QString(), message}});
            });
    connect(m_add, &QToolButton::clicked, this, &ValuePage::addItem);
    connect(m_remove, &QToolButton::clicked, this, &ValuePage::removeItem);
    connect(m_addSuggested, &QToolButton::clicked, this,
            [this] { addSuggested(needsWithoutSavings(m_needs, m_inputs)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { setEditable(m_add->isEnabled()); });
}

void ValuePage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (!m_dealId.isEmpty()
                && (part == BookDocument::Part::Worksheet || part == BookDocument::Part::Deals))
                reload();
        });
    }
    reload();
}

bool ValuePage::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    reload();
    return true;
}

void ValuePage::reload()
{
    m_deal = m_document && !m_dealId.isEmpty() ? m_document->book().deals().find(m_dealId)
                                               : std::nullopt;
    if (!m_deal) {
        m_dealId.clear();
        m_saved.reset();
        m_inputs = ValueCaseInputs();
        m_needs.clear();
        m_offerTotal.reset();
    } else {
        WorksheetRepository worksheets = m_document->book().worksheets();
        m_saved = worksheets.valueCase(m_dealId);
        m_inputs = m_saved.value_or(newValueCase(m_dealId, m_deal->currency()));
        m_needs = worksheets.needs(m_dealId);
        m_offerTotal = currentOfferTotal(worksheets.offers(m_dealId), m_inputs.currency);
    }
    m_errors.clear();
    showInputs();
}

void ValuePage::showInputs()
{
    const QLocale locale = Language::locale();
    {
        const QSignalBlocker horizon(m_horizon);
        const QSignalBlocker conservative(m_conservative);
        const QSignalBlocker expected(m_expected);
        const QSignalBlocker optimistic(m_optimistic);
        m_horizon->setValue(m_inputs.horizonMonths);
        m_conservative->setValue(int(m_inputs.scenarios.conservative / 100));
        m_expected->setValue(int(m_inputs.scenarios.expected / 100));
        m_optimistic->setValue(int(m_inputs.scenarios.optimistic / 100));
        const QSignalBlocker upfront(m_upfront);
        m_upfront->setText(m_inputs.upfrontOverride
                               ? m_inputs.upfrontOverride->formatNumber(locale)
                               : QString());
    }
    m_discountRate->setText(formatBasisPoints(m_inputs.annualDiscountRateBasisPoints, locale));
    m_monthlyCost->setText(m_inputs.monthlyCost.isValid()
                               ? m_inputs.monthlyCost.formatNumber(locale)
                               : QString());
    const QString offerText = m_offerTotal ? m_offerTotal->format(locale)
                                           : Money::zero(m_inputs.currency).format(locale);
    m_upfront->setPlaceholderText(offerText);
    m_upfrontNote->setText(m_offerTotal
                               ? tr("Empty: the current offer's total, %1, tax included.")
                                     .arg(offerText)
                               : tr("Empty: no offer yet, so nothing is paid upfront."));
    m_model->setNeeds(m_needs);
    m_model->setItems(m_inputs.items, m_inputs.currency);
    showSuggestions();
    setEditable(m_deal && m_document && !m_document->isReadOnly());
    preview(m_inputs);
}

void ValuePage::showSuggestions()
{
    const QList<Need> open = needsWithoutSavings(m_needs, m_inputs);
    QStringList names;
    for (const Need &need : open)
        names << need.description;
    m_suggestions->setText(
        open.isEmpty() ? QString()
                       : tr("%n need(s) with a monthly pain have no saving yet: %1", nullptr,
                            int(open.size()))
                             .arg(names.join(QStringLiteral("; "))));
    m_suggestions->setToolTip(m_suggestions->text());
    m_addSuggested->setVisible(!open.isEmpty());

    QMenu *menu = m_addFromNeed->menu();
    menu->clear();
    for (const Need &need : std::as_const(m_needs)) {
        QAction *action = menu->addAction(need.description);
        connect(action, &QAction::triggered, this, [this, need] { addSuggested({need}); });
    }
    m_addFromNeed->setEnabled(m_add->isEnabled() && !m_needs.isEmpty());
}

void ValuePage::setEditable(bool editable)
{
    for (QLineEdit *edit : {m_discountRate, m_upfront, m_monthlyCost})
        edit->setReadOnly(!editable);
    for (QSpinBox *box : {m_horizon, m_conservative, m_expected, m_optimistic})
        box->setReadOnly(!editable);
    m_add->setEnabled(editable);
    m_addFromNeed->setEnabled(editable && !m_needs.isEmpty());
    m_addSuggested->setEnabled(editable);
    m_remove->setEnabled(editable && m_table->currentIndex().isValid());
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                            | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_hint->setText(m_document && m_document->isReadOnly()
                        ? tr("This deal book is open read-only: the value case can be read, not "
                             "changed.")
                        : tr("What the customer saves, in their own hours and money. The figures "
                             "follow as you type; each change is saved when you leave the field, "
                             "and Ctrl+Z undoes it."));
}

bool ValuePage::typedInputs(ValueCaseInputs *inputs, FieldErrors *errors) const
{
    const QLocale locale = Language::locale();
    *inputs = m_inputs;
    const auto whole = [](QSpinBox *box) {
        bool ok = false;
        const int value = box->locale().toInt(box->cleanText(), &ok);
        return ok ? value : box->value();
    };
    inputs->horizonMonths = whole(m_horizon);
    inputs->scenarios = {whole(m_conservative) * 100LL, whole(m_expected) * 100LL,
                         whole(m_optimistic) * 100LL};
    if (const Result<qint64> rate = parseBasisPoints(m_discountRate->text(), locale))
        inputs->annualDiscountRateBasisPoints = *rate;
    else
        errors->append({kDiscountRate, rate.errorMessage()});
    const auto money = [&](QLineEdit *edit, const QString &field) -> std::optional<Money> {
        if (edit->text().trimmed().isEmpty())
            return std::nullopt;
        const Result<Money> parsed = Money::parse(edit->text(), inputs->currency, locale);
        if (!parsed) {
            errors->append({field, parsed.errorMessage()});
            return std::nullopt;
        }
        return *parsed;
    };
    inputs->upfrontOverride = money(m_upfront, kUpfront);
    inputs->monthlyCost = money(m_monthlyCost, kMonthlyCost).value_or(Money::zero(inputs->currency));
    if (errors->isEmpty())
        errors->append(inputs->validate());
    return errors->isEmpty();
}

void ValuePage::previewTyped()
{
    ValueCaseInputs typed;
    FieldErrors errors;
    if (typedInputs(&typed, &errors))
        preview(typed);
}

void ValuePage::refresh()
{
    preview(m_inputs);
}

void ValuePage::preview(const ValueCaseInputs &inputs)
{
    if (!m_deal) {
        m_results.clear();
        m_figures->clearFigures();
        return;
    }
    const Result<QList<ValueCaseResult>> results =
        computeScenarios(inputs, valueCaseUpfront(inputs, m_offerTotal));
    if (!results) {
        m_errors.show({FieldError{results.error().field, results.errorMessage()}});
        return;
    }
    m_results = *results;
    m_figures->setFigures(valueFigures(m_results.at(1)), inputs.horizonMonths,
                          inputs.annualDiscountRateBasisPoints);
    m_charts->setResults(m_results);
}

void ValuePage::saveTyped(const QString &field, const QString &text)
{
    if (!m_deal || m_horizon->isReadOnly())
        return;
    ValueCaseInputs after;
    FieldErrors errors;
    if (!typedInputs(&after, &errors)) {
        m_errors.show(errors);
        return;
    }
    save(after, text, field);
}

bool ValuePage::save(const ValueCaseInputs &after, const QString &text, const QString &mergeKey)
{
    if (!m_document || !m_deal)
        return false;
    if (m_saved && after == *m_saved) {
        m_errors.clear();
        preview(after);
        return true;
    }
    if (!m_errors.show(after.validate()))
        return false;
    const Status saved =
        m_document->execute(new ValueCaseCommand(m_document, text, m_saved, after, mergeKey));
    if (!saved) {
        m_errors.show({FieldError{saved.error().field, saved.errorMessage()}});
        return false;
    }
    return true;
}

Money ValuePage::defaultHourlyRate() const
{
    for (const SavingsItem &item : m_inputs.items) {
        if (item.kind == SavingsKind::Time && item.hourlyRate.isValid())
            return item.hourlyRate;
    }
    return Money::zero(m_inputs.currency);
}

void ValuePage::addItem()
{
    if (!m_deal || !m_add->isEnabled())
        return;
    SavingsItem item;
    item.id = newId();
    item.description = tr("New saving");
    item.hourlyRate = defaultHourlyRate();
    item.amountPerMonth = Money::zero(m_inputs.currency);
    ValueCaseInputs after = m_inputs;
    after.items.append(item);
    if (!save(after, tr("Add a saving")))
        return;
    const QModelIndex index = m_model->index(m_model->rowCount() - 1, SavingsItemsModel::Description);
    m_table->setCurrentIndex(index);
    m_table->setFocus();
    m_table->edit(index);
}

void ValuePage::addSuggested(const QList<Need> &needs)
{
    if (!m_deal || !m_add->isEnabled() || needs.isEmpty())
        return;
    ValueCaseInputs after = m_inputs;
    for (const Need &need : needs) {
        QList<SavingsItem> suggested = suggestedItems(need, defaultHourlyRate());
        if (suggested.isEmpty()) {
            // A need without a pain figure still gets its line, to be filled in.
            SavingsItem item;
            item.id = newId();
            item.needId = need.id;
            item.description = need.description;
            item.hourlyRate = defaultHourlyRate();
            item.amountPerMonth = Money::zero(m_inputs.currency);
            suggested.append(item);
        }
        after.items.append(suggested);
    }
    save(after, tr("Add savings from needs"));
}

void ValuePage::removeItem()
{
    const int row = m_table->currentIndex().row();
    if (!m_deal || !m_remove->isEnabled() || row < 0 || row >= m_inputs.items.size())
        return;
    ValueCaseInputs after = m_inputs;
    after.items.removeAt(row);
    save(after, tr("Remove a saving"));
}

void ValuePage::retranslate()
{
    m_errors.rowLabel(kHorizon)->setText(tr("&Horizon:"));
    m_errors.rowLabel(kDiscountRate)->setText(tr("&Discount rate a year:"));
    m_errors.rowLabel(kUpfront)->setText(tr("&Upfront price:"));
    m_errors.rowLabel(kMonthlyCost)->setText(tr("Monthly &cost:"));
    m_errors.rowLabel(kScenarios)->setText(tr("&Scenarios:"));
    m_horizon->setSuffix(tr(" months"));
    const Scenario scenarios[] = {Scenario::Conservative, Scenario::Expected, Scenario::Optimistic};
    for (int i = 0; i < m_scenarioNames.size(); ++i)
        m_scenarioNames.at(i)->setText(scenarioName(scenarios[i]));
    m_conservative->setToolTip(tr("Conservative: share of the expected savings"));
    m_expected->setToolTip(tr("Expected: usually 100 %"));
    m_optimistic->setToolTip(tr("Optimistic: share of the expected savings"));
    m_monthlyCost->setToolTip(tr("What the customer pays each month to use it (subscription, "
                                 "support), in the case's currency"));
    m_add->setText(tr("Add saving"));
    m_add->setToolTip(tr("Add a saving (Insert)"));
    m_addFromNeed->setText(tr("From a need"));
    m_addFromNeed->setToolTip(tr("Add the saving a need's monthly pain suggests"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected saving (Delete)"));
    m_addSuggested->setText(tr("Add them"));
    m_addSuggested->setToolTip(tr("Add a saving for each need with a monthly pain"));
    if (m_deal)
        showInputs();
    else
        setEditable(false);
}

void ValuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
