#include "pipeline/pipelinemodel.h"

#include "common/language.h"
#include "pipeline/staleness.h"
#include "storage/boardreads.h"
#include "storage/dealbook.h"
#include "util/clock.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Sepakat {

namespace {

PipelineModel::ApprovalBadge badgeOf(const std::optional<ApprovalStatus> &status)
{
    if (!status)
        return PipelineModel::ApprovalBadge::None;
    switch (*status) {
    case ApprovalStatus::Pending:
        return PipelineModel::ApprovalBadge::Pending;
    case ApprovalStatus::Approved:
        return PipelineModel::ApprovalBadge::Approved;
    case ApprovalStatus::Rejected:
        return PipelineModel::ApprovalBadge::Rejected;
    case ApprovalStatus::Voided:
        break;
    }
    return PipelineModel::ApprovalBadge::None;
}

QString searchTextOf(const DealSummary &summary, const QStringList &contacts)
{
    QStringList fields{summary.customerName, summary.deal.title};
    fields << contacts;
    return foldFieldsForSearch(fields);
}

} // namespace

QString PipelineModel::mimeType()
{
    return QStringLiteral("application/x-sepakat-deal-ids");
}

PipelineModel::PipelineModel(QObject *parent) : QAbstractListModel(parent) {}

void PipelineModel::load(DealBook *book)
{
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_rowById.clear();
    m_search.clear();
    m_settings = BookSettings{};
    m_now = Clock::current().now();
    if (book) {
        // Started first: the badges are read on another core while this one reads the deals.
        OfferBadgeRead badgeRead(*book);
        m_settings = book->settings().load();
        QList<DealSummary> summaries = book->deals().summaries();
        const QHash<QString, QStringList> contacts = book->customers().contactNamesByCustomer();
        const StaleCheck stale(m_settings.stages, m_now);

        m_rows.reserve(size_t(summaries.size()));
        m_rowById.reserve(summaries.size());
        m_search.reserve(summaries.size(), summaries.size() * 64);
        for (DealSummary &summary : summaries) {
            Row row;
            row.stale = stale.isStale(summary.deal);
            row.converted = convertDeal(summary.deal, m_settings.stages, m_settings.currency,
                                        m_settings.ratesMicro);
            m_search.append(searchTextOf(summary, contacts.value(summary.deal.customerId)));
            m_rowById.insert(summary.deal.id, int(m_rows.size()));
            row.summary = std::move(summary);
            m_rows.push_back(std::move(row));
        }
        const QHash<QString, OfferBadges> badges = badgeRead.take();
        for (auto badge = badges.cbegin(); badge != badges.cend(); ++badge) {
            if (const auto found = m_rowById.constFind(badge.key()); found != m_rowById.cend()) {
                Row &row = m_rows[size_t(*found)];
                row.approval = badgeOf(badge->approval);
                row.belowWalkAway = badge->belowWalkAway;
            }
        }
        assignRanks();
    }
    endResetModel();
}

void PipelineModel::assignRanks()
{
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    // Soonest expected close first (what needs attention), undated last, then by customer.
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Deal &x = m_rows[size_t(a)].summary.deal;
        const Deal &y = m_rows[size_t(b)].summary.deal;
        if (x.expectedClose.isValid() != y.expectedClose.isValid())
            return x.expectedClose.isValid();
        if (x.expectedClose != y.expectedClose)
            return x.expectedClose < y.expectedClose;
        return m_rows[size_t(a)].summary.customerName < m_rows[size_t(b)].summary.customerName;
    });
    for (size_t i = 0; i < order.size(); ++i)
        m_rows[size_t(order[i])].rank = int(i);
    m_order = std::move(order);
}

QStringList PipelineModel::owners() const
{
    QSet<QString> seen;
    for (const Row &row : m_rows) {
        if (!row.summary.deal.owner.isEmpty())
            seen.insert(row.summary.deal.owner);
    }
    QStringList list(seen.cbegin(), seen.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return list;
}

void PipelineModel::updateDeal(const Deal &deal)
{
    const int row = rowOf(deal.id);
    if (row < 0)
        return;
    emit dealAboutToChange(row);
    Row &stored = m_rows[size_t(row)];
    const Stage oldStage = stored.summary.deal.stage;
    stored.summary.deal = deal;
    stored.stale = StaleCheck(m_settings.stages, m_now).isStale(deal);
    stored.converted =
        convertDeal(deal, m_settings.stages, m_settings.currency, m_settings.ratesMicro);
    emit dataChanged(index(row), index(row));
    emit dealChanged(row, oldStage);
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return rowData(index.row(), role);
}

QVariant PipelineModel::rowData(int rowIndex, int role) const
{
    const Row &row = m_rows[size_t(rowIndex)];
    const Deal &deal = row.summary.deal;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(row.summary.customerName, deal.title);
    case DealIdRole:
        return deal.id;
    case CustomerRole:
        return row.summary.customerName;
    case TitleRole:
        return deal.title;
    case StageRole:
        return int(deal.stage);
    case ValueTextRole:
        return deal.value.format(Language::locale());
    case ProbabilityRole:
        return deal.probability(m_settings.stages);
    case ExpectedCloseRole:
        return deal.expectedClose;
    case DaysInStageRole:
        if (const std::optional<int> days = daysInStage(deal, m_now))
            return *days;
        return {};
    case OwnerRole:
        return deal.owner;
    case StaleRole:
        return row.stale;
    case ApprovalRole:
        return int(row.approval);
    case BelowWalkAwayRole:
        return row.belowWalkAway;
    case LostReasonRole:
        return deal.lostReason;
    default:
        return {};
    }
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PipelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DealIdRole, "dealId");
    names.insert(CustomerRole, "customer");
    names.insert(TitleRole, "title");
    names.insert(StageRole, "stage");
    names.insert(ValueTextRole, "valueText");
    names.insert(ProbabilityRole, "probability");
    names.insert(ExpectedCloseRole, "expectedClose");
    names.insert(DaysInStageRole, "daysInStage");
    names.insert(OwnerRole, "owner");
    names.insert(StaleRole, "stale");
    names.insert(ApprovalRole, "approval");
    names.insert(BelowWalkAwayRole, "belowWalkAway");
    names.insert(LostReasonRole, "lostReason");
    return names;
}

QStringList PipelineModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PipelineModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            ids << deal(index.row()).id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids.join(u'\n').toUtf8());
    return mime;
}

QStringList PipelineModel::dealIdsFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(mime->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Sepakat
