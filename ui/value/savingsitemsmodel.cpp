#include "value/savingsitemsmodel.h"

#include "common/language.h"
#include "worksheet/needsmodel.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace Sepakat {

namespace {

QString columnKey(int column)
{
    switch (column) {
    case SavingsItemsModel::NeedColumn:
        return QStringLiteral("need");
    case SavingsItemsModel::Description:
        return QStringLiteral("description");
    case SavingsItemsModel::Kind:
        return QStringLiteral("kind");
    case SavingsItemsModel::HoursPerMonth:
        return QStringLiteral("hoursPerMonth");
    case SavingsItemsModel::HourlyRate:
        return QStringLiteral("hourlyRate");
    case SavingsItemsModel::Realization:
        return QStringLiteral("realization");
    case SavingsItemsModel::AmountPerMonth:
        return QStringLiteral("amountPerMonth");
    case SavingsItemsModel::StartMonth:
        return QStringLiteral("startMonth");
    case SavingsItemsModel::RampMonths:
        return QStringLiteral("rampMonths");
    default:
        return QString();
    }
}

std::optional<int> wholeMonths(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

Money fullSpeedMoney(const SavingsItem &item, const QString &currency)
{
    if (item.kind == SavingsKind::Money)
        return item.amountPerMonth.isValid() ? item.amountPerMonth : Money::zero(currency);
    qint64 minor = 0;
    const Arithmetic::Wide numerator = Arithmetic::Wide(item.hoursPerMonthMilli)
                                       * item.hourlyRate.minor() * item.realizationBasisPoints;
    if (!Arithmetic::divideRounded(numerator, Arithmetic::Wide(1000) * 10000, &minor))
        return Money::zero(currency);
    return Money(minor, currency);
}

SavingsItemsModel::SavingsItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SavingsItemsModel::setItems(const QList<SavingsItem> &items, const QString &currency)
{
    beginResetModel();
    m_items = items;
    m_currency = currency;
    endResetModel();
}

void SavingsItemsModel::setNeeds(const QList<Need> &needs)
{
    m_needs = needs;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, NeedColumn), index(rowCount() - 1, NeedColumn));
}

int SavingsItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SavingsItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SavingsItemsModel::applies(const SavingsItem &item, int column) const
{
    switch (column) {
    case HoursPerMonth:
    case HourlyRate:
    case Realization:
        return item.kind == SavingsKind::Time;
    case AmountPerMonth:
        return item.kind == SavingsKind::Money;
    default:
        return true;
    }
}

QString SavingsItemsModel::needText(const QString &needId) const
{
    for (const Need &need : m_needs) {
        if (need.id == needId)
            return need.description;
    }
    return QString();
}

QVariant SavingsItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SavingsItem &item = m_items.at(index.row());
    const QLocale locale = Language::locale();
    const int column = index.column();
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::TextAlignmentRole) {
        return column >= HoursPerMonth ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && (!applies(item, column) || column == MoneyPerMonth))
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::ToolTipRole) {
        if (column == NeedColumn || column == Description)
            return column == NeedColumn ? needText(item.needId) : item.description;
        if (column == MoneyPerMonth)
            return tr("Money per month once fully ramped up, expected scenario");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!applies(item, column))
        return role == Qt::DisplayRole ? QStringLiteral("—") : QVariant();

    switch (column) {
    case NeedColumn:
        if (role == Qt::EditRole)
            return item.needId;
        return item.needId.isEmpty() ? tr("(none)") : needText(item.needId);
    case Description:
        return item.description;
    case Kind:
        return role == Qt::EditRole ? QVariant(savingsKindKey(item.kind))
                                    : QVariant(savingsKindName(item.kind));
    case HoursPerMonth:
        return formatHours(item.hoursPerMonthMilli, locale);
    case HourlyRate:
        return item.hourlyRate.formatNumber(locale);
    case Realization:
        return formatBasisPoints(item.realizationBasisPoints, locale);
    case AmountPerMonth:
        return item.amountPerMonth.formatNumber(locale);
    case StartMonth:
        return role == Qt::EditRole ? QVariant(QString::number(item.startMonth))
                                    : QVariant(locale.toString(item.startMonth));
    case RampMonths:
        return role == Qt::EditRole ? QVariant(QString::number(item.rampMonths))
                                    : QVariant(locale.toString(item.rampMonths));
    case MoneyPerMonth:
        return fullSpeedMoney(item, m_currency).format(locale);
    default:
        return {};
    }
}

QVariant SavingsItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NeedColumn:
        return tr("Need");
    case Description:
        return tr("Saving");
    case Kind:
        return tr("Kind");
    case HoursPerMonth:
        return tr("Hours / month");
    case HourlyRate:
        return tr("Hourly rate");
    case Realization:
        return tr("Realized");
    case AmountPerMonth:
        return tr("Amount / month");
    case StartMonth:
        return tr("From month");
    case RampMonths:
        return tr("Ramp-up");
    case MoneyPerMonth:
        return tr("Money / month");
    default:
        return {};
    }
}

Qt::ItemFlags SavingsItemsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != MoneyPerMonth && applies(m_items.at(index.row()), index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SavingsItemsModel::edited(const QModelIndex &index, const QVariant &value,
                               QList<SavingsItem> *after, QString *field, QString *message) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QLocale locale = Language::locale();
    const QString text = value.toString();
    *after = m_items;
    SavingsItem &item = (*after)[index.row()];
    *field = columnKey(index.column());
    const auto money = [&](Money *target) {
        const Result<Money> parsed =
            text.trimmed().isEmpty() ? Result<Money>(Money::zero(m_currency))
                                     : Money::parse(text, m_currency, locale);
        if (!parsed) {
            *message = parsed.errorMessage();
            return false;
        }
        *target = *parsed;
        return true;
    };
    switch (index.column()) {
    case NeedColumn:
        item.needId = text;
        break;
    case Description:
        item.description = text.trimmed();
        break;
    case Kind:
        item.kind = savingsKindFromKey(text);
        if (!item.hourlyRate.isValid())
            item.hourlyRate = Money::zero(m_currency);
        if (!item.amountPerMonth.isValid())
            item.amountPerMonth = Money::zero(m_currency);
        break;
    case HoursPerMonth: {
        const Result<qint64> hours = parseHours(text, locale);
        if (!hours) {
            *message = tr("Hours per month: type a number of hours such as 12 or 2.5.");
            return false;
        }
        item.hoursPerMonthMilli = *hours;
        break;
    }
    case HourlyRate:
        if (!money(&item.hourlyRate))
            return false;
        break;
    case AmountPerMonth:
        if (!money(&item.amountPerMonth))
            return false;
        break;
    case Realization: {
        const Result<qint64> share = parseBasisPoints(text, locale);
        if (!share) {
            *message = share.errorMessage();
            return false;
        }
        item.realizationBasisPoints = *share;
        break;
    }
    case StartMonth:
    case RampMonths: {
        const std::optional<int> months = wholeMonths(text);
        if (!months) {
            *message = index.column() == StartMonth
                           ? tr("From month: type a whole month number, 1 or later.")
                           : tr("Ramp-up: type a whole number of months, 0 for none.");
            return false;
        }
        (index.column() == StartMonth ? item.startMonth : item.rampMonths) = *months;
        break;
    }
    default:
        return false;
    }
    const FieldErrors errors = item.validate();
    if (!errors.isEmpty()) {
        *field = errors.constFirst().field;
        *message = errors.constFirst().message;
        return false;
    }
    return true;
}

bool SavingsItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QList<SavingsItem> after;
    QString field;
    QString message;
    if (!edited(index, value, &after, &field, &message)) {
        if (!message.isEmpty())
            emit refused(field, message);
        return false;
    }
    if (after == m_items)
        return false;
    emit changeRequested(after, QStringLiteral("items[%1].%2")
                                    .arg(m_items.at(index.row()).id, columnKey(index.column())));
    return true;
}

} // namespace Sepakat
