#include "worksheet/needspage.h"

#include "common/bookdocument.h"
#include "common/fielderrors.h"
#include "common/icons.h"
#include "storage/repositories.h"
#include "util/uuid.h"
#include "worksheet/needsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

// Priority and product are chosen from lists; the other columns are typed.
class NeedsDelegate final : public QStyledItemDelegate
{
public:
    NeedsDelegate(NeedsModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == NeedsModel::Priority) {
            auto *combo = new QComboBox(parent);
            for (const Priority p : {Priority::Must, Priority::Should, Priority::Could})
                combo->addItem(priorityName(p), priorityKey(p));
            return combo;
        }
        if (index.column() == NeedsModel::Product) {
            auto *combo = new QComboBox(parent);
            combo->addItem(NeedsPage::tr("(none)"), QString());
            for (const Product &product : m_model->products()) {
                if (product.active || product.id == index.data(Qt::EditRole).toString())
                    combo->addItem(product.name, product.id);
            }
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
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
        // Typed as text, so the model names the field when the number is not one.
        if (index.column() == NeedsModel::Urgency) {
            model->setData(index, editor->property("text").toString().trimmed());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    NeedsModel *m_model;
};

QAction *makeAction(QWidget *parent, const QString &objectName,
                    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    parent->addAction(action);
    return action;
}

QToolButton *makeButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

NeedsPage::NeedsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new NeedsModel(this))
    , m_table(new QTableView(this))
    , m_ranked(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_error(InlineErrors::makeMessageLabel(this, QStringLiteral("needsError")))
    , m_add(makeAction(this, QStringLiteral("addNeedAction"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QKeySequence(Qt::Key_Insert)}))
    , m_remove(makeAction(this, QStringLiteral("removeNeedAction"), {QKeySequence::Delete}))
    , m_up(makeAction(this, QStringLiteral("moveNeedUpAction"), {QKeySequence(Qt::ALT | Qt::Key_Up)}))
    , m_down(makeAction(this, QStringLiteral("moveNeedDownAction"),
                        {QKeySequence(Qt::ALT | Qt::Key_Down)}))
    , m_addButton(makeButton(this, m_add))
    , m_removeButton(makeButton(this, m_remove))
    , m_upButton(makeButton(this, m_up))
    , m_downButton(makeButton(this, m_down))
{
    m_table->setObjectName(QStringLiteral("needsTable"));
    m_ranked->setObjectName(QStringLiteral("mostPressingFirstCheck"));
    m_summary->setObjectName(QStringLiteral("needsSummary"));
    m_addButton->setObjectName(QStringLiteral("addNeedButton"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new NeedsDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    // Needs are sentences: they wrap rather than end in "…", and rows grow to fit them.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NeedsModel::Rank, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NeedsModel::Description, QHeaderView::Stretch);
    header->setSectionResizeMode(NeedsModel::Priority, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NeedsModel::Urgency, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NeedsModel::PainHours, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NeedsModel::PainMoney, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NeedsModel::Benefit, QHeaderView::Stretch);
    header->setSectionResizeMode(NeedsModel::Product, QHeaderView::Stretch);
    m_add->setIcon(Icons::icon(QStringLiteral("plus"), palette()));
    m_remove->setIcon(Icons::icon(QStringLiteral("trash-2"), palette()));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_summary->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    for (QToolButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton})
        bar->addWidget(button);
    bar->addStretch(1);
    bar->addWidget(m_ranked);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    setFocusProxy(m_table);

    connect(m_add, &QAction::triggered, this, &NeedsPage::addNeed);
    connect(m_remove, &QAction::triggered, this, &NeedsPage::removeNeed);
    connect(m_up, &QAction::triggered, this, [this] { moveNeed(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveNeed(1); });
    connect(m_ranked, &QCheckBox::toggled, this, [this](bool ranked) {
        const QString id = currentNeedId();
        m_model->setMostPressingFirst(ranked);
        selectNeed(id);
        updateActions();
    });
    connect(m_model, &NeedsModel::changeRequested, this,
            [this](const QList<Need> &after, const QString &mergeKey) {
                save(after, tr("Edit need"), mergeKey);
            });
    connect(m_model, &NeedsModel::refused, this, [this](const QString &, const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NeedsPage::updateActions);
    retranslate();
    updateActions();
}

void NeedsPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (!m_dealId.isEmpty()
                && (part == BookDocument::Part::Worksheet || part == BookDocument::Part::Products
                    || part == BookDocument::Part::Deals))
                reload();
        });
    }
    reload();
}

bool NeedsPage::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    m_error->hide();
    reload();
    return true;
}

void NeedsPage::reload()
{
    const QString keep = m_selectAfterReload.isEmpty() ? currentNeedId() : m_selectAfterReload;
    m_selectAfterReload.clear();
    const std::optional<Deal> deal =
        m_document && !m_dealId.isEmpty() ? m_document->book().deals().find(m_dealId) : std::nullopt;
    if (!deal) {
        m_dealId.clear();
        m_model->setNeeds({}, QString());
    } else {
        m_model->setProducts(m_document->book().products().all());
        m_model->setNeeds(m_document->book().worksheets().needs(m_dealId), deal->currency());
    }
    selectNeed(keep);
    showSummary();
    updateActions();
}

void NeedsPage::showSummary()
{
    const int count = m_model->rowCount();
    const int unanswered = m_model->unansweredCount();
    if (count == 0)
        m_summary->setText(tr("No needs yet. What problem must the customer solve? Add it with "
                              "Ctrl+Shift+E."));
    else if (unanswered == 0)
        m_summary->setText(tr("Every need has an answer."));
    else
        m_summary->setText(tr("%n need(s) with no answer yet: name the benefit or product.",
                              nullptr, unanswered));
}

void NeedsPage::updateActions()
{
    const bool editable = !m_dealId.isEmpty() && m_document && !m_document->isReadOnly();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const bool ownOrder = !m_model->mostPressingFirst();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && ownOrder && row > 0);
    m_down->setEnabled(editable && ownOrder && row >= 0 && row + 1 < m_model->rowCount());
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                            | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
}

void NeedsPage::save(const QList<Need> &after, const QString &text, const QString &mergeKey)
{
    if (!m_document || m_dealId.isEmpty())
        return;
    QList<Need> numbered = after;
    for (int i = 0; i < numbered.size(); ++i)
        numbered[i].position = i;
    const QList<Need> before = m_model->needs();
    if (numbered == before)
        return;
    m_error->hide();
    const Status saved = m_document->execute(
        new NeedsCommand(m_document, text, m_dealId, before, numbered, mergeKey));
    if (!saved) {
        m_error->setText(saved.errorMessage());
        m_error->show();
    }
}

void NeedsPage::addNeed()
{
    if (!m_add->isEnabled())
        return;
    Need need;
    need.id = newId();
    need.dealId = m_dealId;
    need.description = tr("New need");
    QList<Need> after = m_model->needs();
    after.append(need);
    m_selectAfterReload = need.id;
    save(after, tr("Add need"));
    const int row = m_model->rowOf(need.id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, NeedsModel::Description);
        m_table->setCurrentIndex(index);
        m_table->setFocus();
        m_table->edit(index);
    }
}

void NeedsPage::removeNeed()
{
    const QString id = currentNeedId();
    if (id.isEmpty() || !m_remove->isEnabled())
        return;
    QList<Need> after = m_model->needs();
    const int row = m_table->currentIndex().row();
    after.removeIf([&id](const Need &n) { return n.id == id; });
    save(after, tr("Delete need"));
    if (m_model->rowCount() > 0)
        selectNeed(m_model->need(std::min(row, m_model->rowCount() - 1)).id);
}

void NeedsPage::moveNeed(int by)
{
    const QString id = currentNeedId();
    if (id.isEmpty() || m_model->mostPressingFirst())
        return;
    QList<Need> after = m_model->needs();
    const int from = m_model->rowOf(id);
    const int to = from + by;
    if (to < 0 || to >= after.size())
        return;
    after.move(from, to);
    m_selectAfterReload = id;
    save(after, by < 0 ? tr("Move need up") : tr("Move need down"));
}

QString NeedsPage::currentNeedId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(NeedsModel::NeedIdRole).toString() : QString();
}

void NeedsPage::selectNeed(const QString &needId)
{
    const int row = needId.isEmpty() ? -1 : m_model->rowOf(needId);
    if (row < 0)
        return;
    const int column = std::max(m_table->currentIndex().column(), int(NeedsModel::Description));
    m_table->setCurrentIndex(m_model->index(row, column));
}

void NeedsPage::retranslate()
{
    m_add->setText(tr("Add need"));
    m_add->setToolTip(tr("Add a need (Ctrl+Shift+E or Insert)"));
    m_remove->setText(tr("Delete"));
    m_remove->setToolTip(tr("Delete the selected need (Delete)"));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Move the need up (Alt+Up)"));
    m_down->setText(tr("Down"));
    m_down->setToolTip(tr("Move the need down (Alt+Down)"));
    m_ranked->setText(tr("Most pressing first"));
    m_ranked->setToolTip(tr("Sort by priority, then urgency, then monthly pain"));
    showSummary();
}

void NeedsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
