#include "worksheet/needsmodel.h"

#include "common/language.h"
#include "negotiation/needranking.h"
#include "storage/repositories.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace Sepakat {

namespace {

// Unique among the worksheet's mergeable commands (see WorksheetCommandId in offercommand.h).
constexpr int kNeedsCommandId = 4110;
constexpr int kHourDigits = 3;
constexpr qint64 kMilli = 1000;

} // namespace

NeedsCommand::NeedsCommand(BookDocument *document, const QString &text, const QString &dealId,
                           const QList<Need> &before, const QList<Need> &after,
                           const QString &mergeKey)
    : NeedsCommand(document, text, dealId, before, std::make_shared<QList<Need>>(after), mergeKey)
{
}

NeedsCommand::NeedsCommand(BookDocument *document, const QString &text, const QString &dealId,
                           const QList<Need> &before, std::shared_ptr<QList<Need>> after,
                           const QString &mergeKey)
    : BookCommand(
          document, BookDocument::Part::Worksheet, text,
          [dealId, after](DealBook &book) { return book.worksheets().saveNeeds(dealId, *after); },
          [dealId, before](DealBook &book) { return book.worksheets().saveNeeds(dealId, before); })
    , m_after(std::move(after))
    , m_dealId(dealId)
    , m_mergeKey(mergeKey)
{
}

int NeedsCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kNeedsCommandId;
}

bool NeedsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const NeedsCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_dealId != m_dealId)
        return false;
    *m_after = *next->m_after;
    return true;
}

QString formatHours(qint64 milli, const QLocale &locale)
{
    if (milli == 0)
        return QString();
    QString text = locale.toString(milli / kMilli);
    qint64 fraction = milli % kMilli;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, kHourDigits, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return text;
}

Result<qint64> parseHours(const QString &text, const QLocale &locale)
{
    const auto refuse = [] {
        return Error{QCoreApplication::translate("Sepakat::NeedsModel",
                                                 "Hours lost per month: type a number of hours "
                                                 "such as 12 or 2.5, at most three decimals."),
                     QStringLiteral("painHours")};
    };
    QString plain = text.trimmed();
    plain.remove(locale.groupSeparator());
    if (plain.isEmpty())
        return qint64(0);
    const QStringList parts = plain.split(locale.decimalPoint());
    // Nine whole digits keep the milli-units far inside qint64.
    if (parts.size() > 2 || parts.at(0).size() > 9
        || (parts.size() == 2 && parts.at(1).size() > kHourDigits))
        return refuse();
    bool ok = parts.at(0).isEmpty();
    qint64 whole = ok ? 0 : parts.at(0).toLongLong(&ok);
    if (!ok || whole < 0 || parts.at(0).startsWith(u'+'))
        return refuse();
    qint64 fraction = 0;
    if (parts.size() == 2 && !parts.at(1).isEmpty()) {
        const QString padded = parts.at(1) + QString(kHourDigits - parts.at(1).size(), u'0');
        fraction = padded.toLongLong(&ok);
        if (!ok || parts.at(1).startsWith(u'-') || parts.at(1).startsWith(u'+'))
            return refuse();
    }
    return whole * kMilli + fraction;
}

NeedsModel::NeedsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NeedsModel::setNeeds(const QList<Need> &needs, const QString &currency)
{
    beginResetModel();
    m_needs = needs;
    m_currency = currency;
    rebuildRows();
    endResetModel();
}

void NeedsModel::setProducts(const QList<Sepakat::Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

void NeedsModel::setMostPressingFirst(bool ranked)
{
    if (ranked == m_ranked)
        return;
    beginResetModel();
    m_ranked = ranked;
    rebuildRows();
    endResetModel();
}

void NeedsModel::rebuildRows()
{
    QList<int> ranked(m_needs.size());
    for (int i = 0; i < m_needs.size(); ++i)
        ranked[i] = i;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [this](int a, int b) { return morePressing(m_needs.at(a), m_needs.at(b)); });
    m_ranks = QList<int>(m_needs.size());
    for (int rank = 0; rank < ranked.size(); ++rank)
        m_ranks[ranked.at(rank)] = rank + 1;
    if (m_ranked) {
        m_rows = ranked;
    } else {
        m_rows = QList<int>(m_needs.size());
        for (int i = 0; i < m_needs.size(); ++i)
            m_rows[i] = i;
    }
}

int NeedsModel::rowOf(const QString &needId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_needs.at(m_rows.at(row)).id == needId)
            return row;
    }
    return -1;
}

int NeedsModel::unansweredCount() const
{
    return static_cast<int>(std::count_if(m_needs.begin(), m_needs.end(),
                                          [](const Need &n) { return !n.isAnswered(); }));
}

int NeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NeedsModel::productName(const QString &productId) const
{
    for (const Sepakat::Product &product : m_products) {
        if (product.id == productId)
            return product.name;
    }
    return QString();
}

QVariant NeedsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int at = m_rows.at(index.row());
    const Need &n = m_needs.at(at);
    const QLocale locale = Language::locale();
    switch (role) {
    case NeedIdRole:
        return n.id;
    case UnansweredRole:
        return !n.isAnswered();
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Urgency || index.column() == PainHours
            || index.column() == PainMoney)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Benefit && !n.isAnswered())
            return QBrush(QColor(0xb4, 0x23, 0x18));
        return {};
    case Qt::ToolTipRole:
        if (!n.isAnswered())
            return tr("No answer yet: name the benefit or the product that answers this need.");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Rank:
        return m_ranks.at(at);
    case Description:
        return n.description;
    case Priority:
        return edit ? QVariant(priorityKey(n.priority)) : QVariant(priorityName(n.priority));
    case Urgency:
        return n.urgency;
    case PainHours:
        return formatHours(n.painHoursMilli, locale);
    case PainMoney:
        if (!n.painMoney.isValid() || n.painMoney.isZero())
            return QString();
        return edit ? n.painMoney.formatNumber(locale) : n.painMoney.format(locale);
    case Benefit:
        if (!edit && !n.isAnswered())
            return tr("No answer yet");
        return n.benefit;
    case Product:
        return edit ? n.productId : productName(n.productId);
    default:
        return {};
    }
}

QVariant NeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Rank)
        return tr("Rank, most pressing first: priority, then urgency, then monthly pain");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Description:
        return tr("Need");
    case Priority:
        return tr("Priority");
    case Urgency:
        return tr("Urgency");
    case PainHours:
        return tr("Hours/month");
    case PainMoney:
        return tr("Cost/month");
    case Benefit:
        return tr("Our answer");
    case Product:
        return tr("Product");
    default:
        return {};
    }
}

Qt::ItemFlags NeedsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Rank)
        result |= Qt::ItemIsEditable;
    return result;
}

bool NeedsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int at = m_rows.at(index.row());
    Need n = m_needs.at(at);
    const QLocale locale = Language::locale();
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Description:
        n.description = text;
        break;
    case Priority:
        n.priority = priorityFromKey(text);
        break;
    case Urgency: {
        bool ok = false;
        n.urgency = text.toInt(&ok);
        if (!ok)
            n.urgency = 0; // refused below, with the field named
        break;
    }
    case PainHours: {
        const Result<qint64> hours = parseHours(text, locale);
        if (!hours) {
            emit refused(hours.error().field, hours.errorMessage());
            return false;
        }
        n.painHoursMilli = *hours;
        break;
    }
    case PainMoney: {
        if (text.isEmpty()) {
            n.painMoney = Money();
            break;
        }
        const Result<Money> money = Money::parse(text, m_currency, locale);
        if (!money) {
            emit refused(QStringLiteral("painMoney"),
                         tr("Cost per month: %1").arg(money.errorMessage()));
            return false;
        }
        n.painMoney = *money;
        break;
    }
    case Benefit:
        n.benefit = text;
        break;
    case Product:
        n.productId = text;
        break;
    default:
        return false;
    }
    if (n == m_needs.at(at))
        return true;
    const FieldErrors errors = n.validate();
    if (!errors.isEmpty()) {
        emit refused(errors.first().field, errors.first().message);
        return false;
    }
    QList<Need> after = m_needs;
    after[at] = n;
    emit changeRequested(after, n.id + u'/' + QString::number(index.column()));
    return true;
}

} // namespace Sepakat
