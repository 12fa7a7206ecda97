#include "pipeline/pipelinepage.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "common/placeholder.h"
#include "storage/repositories.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

// A stand-in list, not the board: a cap keeps a 100,000-deal book quick to show.
constexpr int kDealsPerStage = 200;

} // namespace

PipelinePage::PipelinePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new Placeholder(QStringLiteral("kanban"), this))
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("pipelinePage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note->setObjectName(QStringLiteral("pipelineNote"));
    m_note->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("dealTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_note);
    listLayout->addWidget(m_tree, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(list);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_tree);
    retranslate();
}

void PipelinePage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (part != BookDocument::Part::Products)
                reload();
        });
    }
    reload();
}

void PipelinePage::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Stage / customer"), tr("Deal"), tr("Value"), tr("Expected close"), tr("Owner")});
    const QList<DealSummary> deals =
        m_document ? m_document->book().deals().summaries() : QList<DealSummary>();
    m_stack->setCurrentIndex(deals.isEmpty() ? 0 : 1);
    if (deals.isEmpty())
        return;

    const QLocale locale = Language::locale();
    for (const Stage stage : kAllStages) {
        auto *group = new QStandardItem;
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        int count = 0;
        for (const DealSummary &summary : deals) {
            if (summary.deal.stage != stage)
                continue;
            ++count;
            if (count > kDealsPerStage)
                continue;
            const Deal &deal = summary.deal;
            auto *value = new QStandardItem(deal.value.format(locale));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            group->appendRow({new QStandardItem(summary.customerName),
                              new QStandardItem(deal.title), value,
                              new QStandardItem(locale.toString(deal.expectedClose,
                                                                QLocale::ShortFormat)),
                              new QStandardItem(deal.owner)});
        }
        if (count > kDealsPerStage)
            group->appendRow(new QStandardItem(tr("… and %n more", nullptr,
                                                  count - kDealsPerStage)));
        group->setText(tr("%1 (%2)").arg(stageName(stage)).arg(count));
        m_model->appendRow(group);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void PipelinePage::retranslate()
{
    m_title->setText(tr("Pipeline"));
    m_note->setText(tr("Every deal by stage. The pipeline board will let you drag deals between "
                       "stages and show totals and a forecast; until then this list is "
                       "read-only."));
    m_placeholder->setTexts(
        tr("No deals yet"),
        tr("The pipeline shows every deal of this deal book by stage, from first contact to won "
           "or lost."),
        {tr("A board with one column per stage: Prospect, Qualified, Proposal, Negotiation, Won, "
            "Lost"),
         tr("Cards with customer, value, probability, expected close and days in stage"),
         tr("Drag and drop between stages, undoable"),
         tr("Totals and weighted value per stage, and a 12-month forecast")});
    reload();
}

void PipelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
