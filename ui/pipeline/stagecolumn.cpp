#include "pipeline/stagecolumn.h"

#include "common/language.h"
#include "pipeline/amounttext.h"
#include "pipeline/dealcarddelegate.h"
#include "pipeline/stagecolumnmodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Sepakat {

StageColumn::StageColumn(StageColumnModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_name(new QLabel(this))
    , m_count(new QLabel(this))
    , m_total(new QLabel(this))
    , m_weighted(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_view(new QListView(this))
{
    const QString key = stageKey(model->stage());
    setObjectName(QStringLiteral("stage-") + key);
    setFrameShape(QFrame::StyledPanel);
    m_view->setObjectName(QStringLiteral("column-") + key);
    m_count->setObjectName(QStringLiteral("count-") + key);
    m_total->setObjectName(QStringLiteral("total-") + key);
    m_weighted->setObjectName(QStringLiteral("weighted-") + key);
    m_missing->setObjectName(QStringLiteral("missing-rate-") + key);

    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_count->setFont(bold);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_weighted->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #9a3412;"));
    m_missing->hide();
    for (QLabel *label : {m_name, m_count, m_total, m_weighted})
        label->setMinimumWidth(1);
    m_total->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_weighted->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_view->setModel(model);
    m_view->setItemDelegate(new DealCardDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setBackgroundRole(QPalette::Window);
    m_view->setResizeMode(QListView::Adjust);

    auto *header = new QGridLayout;
    header->setContentsMargins(6, 4, 6, 2);
    header->setHorizontalSpacing(6);
    header->setVerticalSpacing(0);
    header->addWidget(m_name, 0, 0);
    header->addWidget(m_count, 0, 1);
    header->addWidget(m_total, 1, 0, 1, 2);
    header->addWidget(m_weighted, 2, 0, 1, 2);
    header->addWidget(m_missing, 3, 0, 1, 2);
    header->setColumnStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    retranslate();
}

void StageColumn::setTotals(const StageTotals &totals, const QString &currency)
{
    m_totals = totals;
    m_currency = currency;
    updateTexts();
}

void StageColumn::retranslate()
{
    m_name->setText(stageName(m_model->stage()));
    updateTexts();
}

void StageColumn::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateTexts();
}

QString StageColumn::amountText(const Money &money, int width) const
{
    const QLocale locale = Language::locale();
    const QString full = money.format(locale);
    // Every digit when they fit, else the short form ("Rp 1,2 M"); the tooltip has the full one.
    if (m_total->fontMetrics().horizontalAdvance(full) <= width)
        return full;
    return AmountText::shortMoney(money.minor(), money.currency(), locale);
}

void StageColumn::updateTexts()
{
    const QLocale locale = Language::locale();
    m_count->setText(locale.toString(m_totals.count));
    const int labelWidth = qMax(1, m_total->width());
    if (m_totals.overflow || !m_totals.total.isValid()) {
        const QString text = m_totals.overflow ? tr("too large to add up") : QString();
        m_total->setText(text);
        m_weighted->setText(text);
    } else {
        const QString total = m_totals.total.format(locale);
        const QString weighted = m_totals.weighted.format(locale);
        const QString totalLabel = tr("Total %1");
        const QString weightedLabel = tr("Weighted %1");
        const int prefixWidth = m_total->fontMetrics().horizontalAdvance(
            weightedLabel.arg(QString()));
        m_total->setText(totalLabel.arg(amountText(m_totals.total, labelWidth - prefixWidth)));
        m_weighted->setText(
            weightedLabel.arg(amountText(m_totals.weighted, labelWidth - prefixWidth)));
        m_total->setToolTip(tr("Total value: %1").arg(total));
        m_weighted->setToolTip(tr("Weighted value (value × probability): %1").arg(weighted));
    }
    const MissingRates &missing = m_totals.missingRate;
    m_missing->setVisible(!missing.isEmpty());
    if (!missing.isEmpty()) {
        m_missing->setText(tr("%n in other currencies without a rate (%1): not in the totals",
                              nullptr, missing.count)
                               .arg(missing.currencies.join(QStringLiteral(", "))));
        m_missing->setToolTip(tr("Add exchange rates to %1 in Settings to include them.")
                                  .arg(m_currency));
    }
    m_count->setToolTip(tr("%n deal(s) shown", nullptr, m_totals.count));
}

} // namespace Sepakat
