#include "review/reviewpage.h"

#include "common/bookdocument.h"
#include "common/findshortcut.h"
#include "common/language.h"
#include "common/userprofile.h"
#include "review/reviewfiledialogs.h"
#include "review/reviewqueuemodel.h"
#include "review/reviewsheet.h"
#include "storage/approvalflow.h"
#include "util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

const char *ruleName(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::Discount:
        return QT_TRANSLATE_NOOP("Sepakat::ReviewPage", "Discount");
    case PolicyRule::Margin:
        return QT_TRANSLATE_NOOP("Sepakat::ReviewPage", "Margin");
    case PolicyRule::PaymentDays:
        return QT_TRANSLATE_NOOP("Sepakat::ReviewPage", "Payment terms");
    case PolicyRule::BelowWalkAway:
        return QT_TRANSLATE_NOOP("Sepakat::ReviewPage", "Below the walk-away");
    case PolicyRule::NothingInReturn:
        return QT_TRANSLATE_NOOP("Sepakat::ReviewPage", "Nothing asked in return");
    }
    return "";
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_queuePage(new QWidget(m_stack))
    , m_title(new QLabel(m_queuePage))
    , m_filter(new QLineEdit(m_queuePage))
    , m_rule(new QComboBox(m_queuePage))
    , m_openPackage(new QPushButton(m_queuePage))
    , m_importDecision(new QPushButton(m_queuePage))
    , m_model(new ReviewQueueModel(this))
    , m_proxy(new ReviewQueueFilter(this))
    , m_table(new QTableView(m_queuePage))
    , m_summary(new QLabel(m_queuePage))
    , m_sheet(new ReviewSheet(m_stack))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_rule->setObjectName(QStringLiteral("reviewRuleFilter"));
    m_openPackage->setObjectName(QStringLiteral("openPackageButton"));
    m_importDecision->setObjectName(QStringLiteral("reviewImportDecisionButton"));
    m_table->setObjectName(QStringLiteral("reviewQueue"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_filter->setClearButtonEnabled(true);
    addFindShortcut(this, m_filter);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewQueueModel::Waiting, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Text columns share the width (elided, full text in tooltips); figures keep theirs, so a
    // small window needs no sideways scrolling.
    for (const int column : {ReviewQueueModel::DealColumn, ReviewQueueModel::Customer,
                             ReviewQueueModel::Rules})
        header->setSectionResizeMode(column, QHeaderView::Stretch);

    m_rule->addItem(QString(), QString());
    for (const PolicyRule rule : kPolicyRules)
        m_rule->addItem(QString(), policyRuleKey(rule));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_openPackage);
    top->addWidget(m_importDecision);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_rule, 1);
    auto *queueLayout = new QVBoxLayout(m_queuePage);
    queueLayout->addLayout(top);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(m_table, 1);
    queueLayout->addWidget(m_summary);
    m_stack->addWidget(m_queuePage);
    m_stack->addWidget(m_sheet);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateSummary();
    });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRuleKey(m_rule->currentData().toString());
        updateSummary();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openReview(index.data(ReviewQueueModel::OfferIdRole).toString());
    });
    connect(m_openPackage, &QPushButton::clicked, this, [this] {
        if (const std::optional<ReviewPackage> package = ReviewFileDialogs::openPackage(this))
            openPackage(*package);
    });
    connect(m_importDecision, &QPushButton::clicked, this, [this] {
        if (m_document && ReviewFileDialogs::importDecision(this, m_document))
            reload();
    });
    connect(m_sheet, &ReviewSheet::backRequested, this, [this] {
        m_stack->setCurrentWidget(m_queuePage);
        m_table->setFocus();
    });
    connect(m_sheet, &ReviewSheet::decided, this, &ReviewPage::decide);
    retranslate();
}

void ReviewPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (part == BookDocument::Part::Worksheet || part == BookDocument::Part::Settings
                || part == BookDocument::Part::Deals)
                reload();
        });
    }
    m_stack->setCurrentWidget(m_queuePage);
    reload();
}

void ReviewPage::reload()
{
    m_model->setReviews(m_document ? ApprovalFlow(m_document->book()).pendingReviews(
                                         Language::locale())
                                   : QList<PendingReview>());
    m_importDecision->setEnabled(m_document && !m_document->isReadOnly());
    updateSummary();
}

void ReviewPage::updateSummary()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (all == 0)
        m_summary->setText(tr("No offer is waiting for approval. Offers that break the approval "
                              "policy come here when a salesperson submits them."));
    else if (shown == all)
        m_summary->setText(tr("%n offer(s) waiting for approval. Enter or a double click opens "
                              "one.",
                              nullptr, all));
    else
        m_summary->setText(tr("%1 of %n offer(s) waiting for approval shown.", nullptr, all)
                               .arg(shown));
}

bool ReviewPage::openReview(const QString &offerId)
{
    if (!m_document)
        return false;
    const Result<ReviewPackage> package =
        ApprovalFlow(m_document->book()).reviewPackage(offerId, Language::locale());
    if (!package)
        return false;
    showSheet(*package, false);
    return true;
}

void ReviewPage::openPackage(const ReviewPackage &package)
{
    showSheet(package, true);
}

bool ReviewPage::isReviewing() const
{
    return m_stack->currentWidget() == m_sheet;
}

void ReviewPage::showSheet(const ReviewPackage &package, bool fromFile)
{
    m_fromFile = fromFile;
    m_sheet->showPackage(package);
    updateReviewer();
    m_stack->setCurrentWidget(m_sheet);
}

void ReviewPage::updateReviewer()
{
    const UserProfile profile = UserProfile::load();
    const bool manager = profile.role == UserProfile::Role::Manager;
    const bool writable = m_fromFile || (m_document && !m_document->isReadOnly());
    m_sheet->setReviewer(profile.effectiveName(), manager && writable,
                         !manager ? tr("Only a manager decides: set your role to Manager in "
                                       "Settings > Your profile.")
                                  : tr("This deal book is open read-only."));
    m_sheet->setDecisionTexts(m_fromFile ? tr("&Approve and return…") : QString(),
                              m_fromFile ? tr("&Reject and return…") : QString());
}

void ReviewPage::decide(ApprovalStatus decision, const QString &comment)
{
    const Result<ReviewDecision> made =
        decideOnPackage(m_sheet->package(), decision, UserProfile::load().effectiveName(),
                        comment, Clock::current().now());
    if (!made) {
        QMessageBox::warning(this, tr("No decision made"), made.errorMessage());
        return;
    }
    if (m_fromFile) {
        if (ReviewFileDialogs::saveDecision(this, *made))
            m_stack->setCurrentWidget(m_queuePage);
        return;
    }
    if (!m_document)
        return;
    const Status applied = ApprovalFlow(m_document->book()).decide(*made);
    if (!applied) {
        QMessageBox::warning(this, tr("No decision made"), applied.errorMessage());
        return;
    }
    m_document->notifyChanged(BookDocument::Part::Worksheet);
    m_stack->setCurrentWidget(m_queuePage);
    emit statusMessage(tr("Round %1 of “%2” %3.")
                           .arg(made->offerVersion)
                           .arg(made->dealTitle, approvalStatusName(decision).toLower()));
}

void ReviewPage::retranslate()
{
    m_title->setText(tr("Offers waiting for approval"));
    m_filter->setPlaceholderText(tr("Search deal, customer, owner or rule"));
    m_rule->setItemText(0, tr("Every rule"));
    for (int i = 1; i < m_rule->count(); ++i)
        m_rule->setItemText(i, tr(ruleName(kPolicyRules[i - 1])));
    m_openPackage->setText(tr("Open review package…"));
    m_openPackage->setToolTip(tr("Review a package a salesperson sent from another computer"));
    m_importDecision->setText(tr("Import decision…"));
    m_importDecision->setToolTip(tr("Apply a manager's decision file to this deal book"));
    m_model->retranslate();
    updateSummary();
    if (isReviewing())
        updateReviewer();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    // The profile may have changed in Settings since the sheet was shown.
    if (isReviewing())
        updateReviewer();
    QWidget::showEvent(event);
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
