#include "worksheet/concessionspage.h"

#include "common/bookdocument.h"
#include "common/fielderrors.h"
#include "common/language.h"
#include "negotiation/pacing.h"
#include "negotiation/reciprocity.h"
#include "storage/repositories.h"
#include "util/clock.h"
#include "util/uuid.h"
#include "worksheet/concessionchecks.h"
#include "worksheet/concessioncommands.h"
#include "worksheet/concessionform.h"
#include "worksheet/concessionlogmodel.h"
#include "worksheet/tradeabledelegate.h"
#include "worksheet/tradeablesmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

QLabel *heading(QWidget *parent, const QString &objectName, qreal scale = 1.0)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

// Below this width the tables take the full width and the checks go underneath.
constexpr int kSideBySideWidth = 1000;

QTableView *table(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setMinimumHeight(150);
    return view;
}

} // namespace

ConcessionsPage::ConcessionsPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(heading(this, QStringLiteral("concessionsHeading"), 1.3))
    , m_internal(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_tradeablesHeading(heading(this, QStringLiteral("tradeablesHeading")))
    , m_addTradeable(new QPushButton(this))
    , m_removeTradeable(new QPushButton(this))
    , m_tradeablesView(table(this, QStringLiteral("tradeablesView")))
    , m_tableError(InlineErrors::makeMessageLabel(this, QStringLiteral("tradeableError")))
    , m_logHeading(heading(this, QStringLiteral("logHeading")))
    , m_logView(table(this, QStringLiteral("concessionLogView")))
    , m_formHeading(heading(this, QStringLiteral("logFormHeading")))
    , m_form(new ConcessionForm(this))
    , m_checks(new ConcessionChecks(this))
    , m_tradeablesModel(new TradeablesModel(this))
    , m_logModel(new ConcessionLogModel(this))
{
    setObjectName(QStringLiteral("concessionsPage"));
    m_internal->setObjectName(QStringLiteral("internalBadge"));
    m_hint->setObjectName(QStringLiteral("concessionsHint"));
    m_addTradeable->setObjectName(QStringLiteral("addTradeableButton"));
    m_removeTradeable->setObjectName(QStringLiteral("removeTradeableButton"));

    // The badge must stand out on a shared screen: this page is never for the customer's eyes.
    m_internal->setStyleSheet(QStringLiteral(
        "QLabel { background: #b71c1c; color: white; border-radius: 3px; padding: 1px 8px;"
        " font-weight: bold; }"));
    m_internal->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_tradeablesView->setModel(m_tradeablesModel);
    m_tradeablesView->setItemDelegate(new TradeableDelegate(m_tradeablesView));
    m_tradeablesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = m_tradeablesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TradeablesModel::Give, QHeaderView::Stretch);
    header->setSectionResizeMode(TradeablesModel::AskInReturn, QHeaderView::Stretch);
    m_logView->setModel(m_logModel);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logView->horizontalHeader()->setSectionResizeMode(ConcessionLogModel::Change,
                                                        QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addWidget(m_internal, 0, Qt::AlignVCenter);
    top->addStretch(1);

    auto *tradeableButtons = new QHBoxLayout;
    tradeableButtons->addWidget(m_tradeablesHeading, 1);
    tradeableButtons->addWidget(m_addTradeable);
    tradeableButtons->addWidget(m_removeTradeable);

    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(tradeableButtons);
    left->addWidget(m_tradeablesView, 3);
    left->addWidget(m_tableError);
    left->addSpacing(8);
    left->addWidget(m_logHeading);
    left->addWidget(m_logView, 2);

    // The checks and the form that feeds them sit side by side with the tables on a wide
    // window; resizeEvent stacks them below on a narrow one, so no column is squeezed away.
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_checks);
    right->addSpacing(8);
    right->addWidget(m_formHeading);
    right->addWidget(m_form);
    right->addStretch(1);

    auto *content = new QWidget(this);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, content);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->addLayout(left, 3);
    m_columns->addLayout(right, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("concessionsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_tradeablesView);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addTradeable(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { addTradeable(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] { m_form->focusChange(); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_tradeablesView);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ConcessionsPage::removeTradeable);

    connect(m_addTradeable, &QPushButton::clicked, this, &ConcessionsPage::addTradeable);
    connect(m_removeTradeable, &QPushButton::clicked, this, &ConcessionsPage::removeTradeable);
    connect(m_form, &ConcessionForm::logRequested, this, &ConcessionsPage::logConcession);
    connect(m_tradeablesModel, &TradeablesModel::editRefused, this,
            [this](const QString &, const QString &message) { showTableError(message); });
    connect(m_tradeablesModel, &TradeablesModel::editSaved, this,
            [this] { showTableError(QString()); });
    connect(m_tradeablesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                m_removeTradeable->setEnabled(m_document && !m_document->isReadOnly() &&
                                              m_tradeablesView->currentIndex().isValid());
            });
    retranslate();
    reload();
}

void ConcessionsPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (!m_dealId.isEmpty() &&
                (part == BookDocument::Part::Worksheet || part == BookDocument::Part::Deals))
                reload();
        });
    }
    reload();
}

bool ConcessionsPage::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    showTableError(QString());
    reload();
    m_form->reset(latestRound());
    return true;
}

int ConcessionsPage::latestRound() const
{
    if (!m_document || m_dealId.isEmpty())
        return 1;
    const QList<Offer> offers = m_document->book().worksheets().offers(m_dealId);
    return offers.isEmpty() ? 1 : qMax(1, offers.last().version);
}

void ConcessionsPage::reload()
{
    std::optional<Deal> deal;
    if (m_document && !m_dealId.isEmpty())
        deal = m_document->book().deals().find(m_dealId);
    if (!deal)
        m_dealId.clear();
    const bool editable = deal && !m_document->isReadOnly();

    Plan plan;
    m_tradeables.clear();
    m_log.clear();
    m_currency.clear();
    if (deal) {
        WorksheetRepository sheets = m_document->book().worksheets();
        m_currency = deal->currency();
        m_tradeables = sheets.tradeables(m_dealId);
        m_log = sheets.concessions(m_dealId);
        plan = sheets.plan(m_dealId).value_or(Plan{});
    }

    m_tradeablesModel->setDocument(m_document, m_currency);
    m_tradeablesModel->setEditable(editable);
    m_tradeablesModel->setTradeables(m_tradeables);

    QHash<QString, QString> names;
    for (const Tradeable &t : std::as_const(m_tradeables))
        names.insert(t.id, t.give);
    const QList<ReciprocityFinding> findings = checkReciprocity(m_tradeables, m_log);
    QSet<QString> unanswered;
    for (const ReciprocityFinding &f : findings) {
        if (f.kind == ReciprocityKind::ConcessionUnanswered)
            unanswered.insert(f.concessionId);
    }
    m_logModel->setLog(m_log, names, unanswered);
    m_form->setTradeables(m_tradeables);

    m_checks->showChecks(analyzePacing(m_log, plan, Language::locale()), plan, findings);

    m_addTradeable->setEnabled(editable);
    m_removeTradeable->setEnabled(editable && m_tradeablesView->currentIndex().isValid());
    m_form->setEditable(editable);
    m_hint->setText(m_document && m_document->isReadOnly()
                        ? tr("This deal book is open read-only: the concessions can be read, not "
                             "changed.")
                        : tr("What we could give and what we ask back, and each move logged by "
                             "round. Each change is saved at once; Ctrl+Z undoes it."));
}

void ConcessionsPage::addTradeable()
{
    if (!m_document || m_dealId.isEmpty() || m_document->isReadOnly())
        return;
    Tradeable t;
    t.id = newId();
    t.dealId = m_dealId;
    t.give = tr("New tradeable");
    const Status saved = m_document->execute(ConcessionCommands::addTradeable(m_document, t));
    if (!saved) {
        showTableError(saved.errorMessage());
        return;
    }
    const int row = m_tradeablesModel->rowOf(t.id);
    if (row < 0)
        return;
    const QModelIndex give = m_tradeablesModel->index(row, TradeablesModel::Give);
    m_tradeablesView->setCurrentIndex(give);
    m_tradeablesView->setFocus(Qt::ShortcutFocusReason);
    m_tradeablesView->edit(give);
}

void ConcessionsPage::removeTradeable()
{
    const QModelIndex current = m_tradeablesView->currentIndex();
    if (!m_document || !current.isValid() || m_document->isReadOnly())
        return;
    const Tradeable t = m_tradeablesModel->tradeable(current.row());
    QList<Concession> linked;
    for (const Concession &c : std::as_const(m_log)) {
        if (c.tradeableId == t.id)
            linked << c;
    }
    const Status removed =
        m_document->execute(ConcessionCommands::removeTradeable(m_document, t, linked));
    showTableError(removed ? QString() : removed.errorMessage());
}

void ConcessionsPage::logConcession()
{
    if (!m_document || m_dealId.isEmpty() || m_document->isReadOnly())
        return;
    Result<Concession> read = m_form->read(m_currency);
    if (!read) {
        m_form->showErrors({{read.error().field, read.errorMessage()}});
        return;
    }
    Concession c = *read;
    c.id = newId();
    c.dealId = m_dealId;
    c.at = Clock::current().now();
    if (!m_form->showErrors(c.validate()))
        return;
    const Status logged = m_document->execute(ConcessionCommands::logConcession(m_document, c));
    if (!logged) {
        m_form->showErrors({{logged.error().field, logged.errorMessage()}});
        return;
    }
    m_form->clearEntry();
    m_form->focusChange();
}

void ConcessionsPage::showTableError(const QString &message)
{
    m_tableError->setText(message);
    m_tableError->setVisible(!message.isEmpty());
}

void ConcessionsPage::resizeEvent(QResizeEvent *event)
{
    m_columns->setDirection(event->size().width() < kSideBySideWidth ? QBoxLayout::TopToBottom
                                                                      : QBoxLayout::LeftToRight);
    QWidget::resizeEvent(event);
}

void ConcessionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void ConcessionsPage::retranslate()
{
    m_heading->setText(tr("Concessions"));
    m_internal->setText(tr("Internal"));
    m_internal->setToolTip(tr("Internal: costs, room and walk-away are never shown to the "
                              "customer."));
    m_tradeablesHeading->setText(tr("Give and get"));
    m_addTradeable->setText(tr("&Add tradeable"));
    m_addTradeable->setToolTip(tr("Add tradeable (Insert, Ctrl+Shift+T)"));
    m_removeTradeable->setText(tr("Remove"));
    m_logHeading->setText(tr("Concession log"));
    m_formHeading->setText(tr("Log a concession (Ctrl+Shift+K)"));
    m_form->retranslate();
    m_checks->retranslate();
    m_tradeablesModel->retranslate();
    m_logModel->retranslate();
}

} // namespace Sepakat
