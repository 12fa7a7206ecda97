#include "review/reviewqueuemodel.h"

#include "common/language.h"
#include "pipeline/searchtext.h"

#include <QBrush>
#include <QColor>

namespace Sepakat {

ReviewQueueModel::ReviewQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewQueueModel::setReviews(QList<PendingReview> reviews)
{
    beginResetModel();
    m_reviews = std::move(reviews);
    endResetModel();
}

void ReviewQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_reviews.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PendingReview &r = m_reviews.at(index.row());
    const QLocale locale = Language::locale();
    switch (role) {
    case OfferIdRole:
        return r.offer.id;
    case DealIdRole:
        return r.deal.id;
    case RuleKeysRole: {
        QStringList keys;
        for (const PolicyBreach &b : r.breaches)
            keys << b.key;
        return keys;
    }
    case SortRole:
        switch (index.column()) {
        case Value:
            return r.totals.netBeforeTax.minor();
        case Discount:
            return r.discountBasisPoints.value_or(0);
        case Margin:
            return r.totals.marginBasisPoints.value_or(0);
        case Rules:
            return int(r.breaches.size());
        case Waiting:
            return r.daysWaiting;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DealColumn:
            return tr("%1 · round %2").arg(r.deal.title).arg(r.offer.version);
        case Customer:
            return r.customerName;
        case Value:
            return r.totals.netBeforeTax.format(locale);
        case Discount:
            return r.discountBasisPoints ? formatBasisPoints(*r.discountBasisPoints, locale)
                                         : QString();
        case Margin:
            return r.totals.marginBasisPoints ? formatBasisPoints(*r.totals.marginBasisPoints, locale)
                                              : QString();
        case Rules: {
            QStringList reasons;
            for (const PolicyBreach &b : r.breaches)
                reasons << b.reason;
            return reasons.join(QStringLiteral("; "));
        }
        case Waiting:
            return r.daysWaiting == 0 ? tr("today") : tr("%n day(s)", nullptr, r.daysWaiting);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return r.customerName;
        if (index.column() == Rules || index.column() == DealColumn) {
            QStringList lines{tr("Owner: %1").arg(r.deal.owner)};
            if (!r.approval.submitNote.isEmpty())
                lines << tr("Note: %1").arg(r.approval.submitNote);
            for (const PolicyBreach &b : r.breaches)
                lines << QStringLiteral("• ") + b.reason;
            return lines.join(u'\n');
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Discount || index.column() == Margin
            || index.column() == Waiting)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Rules)
            return QBrush(QColor(0x99, 0x1b, 0x1b));
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DealColumn:
        return tr("Deal");
    case Customer:
        return tr("Customer");
    case Value:
        return tr("Value");
    case Discount:
        return tr("Discount");
    case Margin:
        return tr("Margin");
    case Rules:
        return tr("Rules broken");
    case Waiting:
        return tr("Waiting");
    }
    return {};
}

ReviewQueueFilter::ReviewQueueFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewQueueModel::SortRole);
}

void ReviewQueueFilter::setText(const QString &text)
{
    m_words = foldedSearchWords(text);
    invalidateFilter();
}

void ReviewQueueFilter::setRuleKey(const QString &key)
{
    m_ruleKey = key;
    invalidateFilter();
}

bool ReviewQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *queue = static_cast<const ReviewQueueModel *>(sourceModel());
    const QModelIndex first = queue->index(sourceRow, 0, sourceParent);
    if (!m_ruleKey.isEmpty()
        && !queue->data(first, ReviewQueueModel::RuleKeysRole).toStringList().contains(m_ruleKey))
        return false;
    if (m_words.isEmpty())
        return true;
    const PendingReview &r = queue->review(sourceRow);
    QStringList fields{r.deal.title, r.customerName, r.deal.owner};
    for (const PolicyBreach &b : r.breaches)
        fields << b.reason;
    return matchesAllWords(foldFieldsForSearch(fields), m_words);
}

} // namespace Sepakat
