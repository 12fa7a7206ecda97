#include "settings/ratetablemodel.h"

#include "common/language.h"
#include "domain/money.h"

#include <algorithm>

namespace Sepakat {

namespace {

constexpr int kRateDecimals = 6; // millionths

} // namespace

RateTableModel::RateTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RateTableModel::formatMicro(qint64 micro)
{
    const QLocale locale = Language::locale();
    QString text = locale.toString(micro / 1'000'000);
    QString fraction = QString::number(micro % 1'000'000).rightJustified(kRateDecimals, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text;
}

std::optional<qint64> RateTableModel::parseMicro(const QString &input)
{
    const QLocale locale = Language::locale();
    QString text = input.trimmed();
    text.remove(locale.groupSeparator()).remove(u' ').remove(QChar(0x00A0));
    const qsizetype point = text.indexOf(locale.decimalPoint());
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + locale.decimalPoint().size());
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > kRateDecimals || whole.size() > 12)
        return std::nullopt;
    const QString digits = whole + fraction;
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
    }
    const qint64 micro = (whole.isEmpty() ? 0 : whole.toLongLong()) * 1'000'000
                         + fraction.leftJustified(kRateDecimals, u'0').toLongLong();
    if (micro <= 0)
        return std::nullopt;
    return micro;
}

void RateTableModel::setRates(const QMap<QString, qint64> &ratesMicro, const QString &bookCurrency)
{
    beginResetModel();
    m_bookCurrency = bookCurrency;
    m_rows.clear();
    for (auto it = ratesMicro.cbegin(); it != ratesMicro.cend(); ++it)
        m_rows << Row{it.key(), formatMicro(it.value())};
    endResetModel();
}

void RateTableModel::setBookCurrency(const QString &bookCurrency)
{
    m_bookCurrency = bookCurrency;
    retranslate();
}

Result<QMap<QString, qint64>> RateTableModel::rates() const
{
    QMap<QString, qint64> rates;
    for (const Row &row : m_rows) {
        const QString currency = row.currency.trimmed().toUpper();
        if (!Money::isKnownCurrency(currency))
            return Error{tr("“%1” is not a known currency code.").arg(row.currency),
                         QStringLiteral("ratesMicro")};
        if (currency == m_bookCurrency)
            return Error{tr("%1 is the book currency; it needs no rate.").arg(currency),
                         QStringLiteral("ratesMicro")};
        if (rates.contains(currency))
            return Error{tr("%1 has two rates; keep one.").arg(currency),
                         QStringLiteral("ratesMicro")};
        const std::optional<qint64> micro = parseMicro(row.rate);
        if (!micro)
            return Error{tr("The rate for %1 must be a number above zero with at most 6 "
                            "decimals, such as %2.")
                             .arg(currency, formatMicro(15'800'000'000)),
                         QStringLiteral("ratesMicro")};
        rates.insert(currency, *micro);
    }
    return rates;
}

int RateTableModel::addRow()
{
    QString currency;
    const QStringList known = Money::knownCurrencies();
    for (const QString &code : known) {
        const bool used = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                      [&](const Row &row) { return row.currency == code; });
        if (!used && code != m_bookCurrency) {
            currency = code;
            break;
        }
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << Row{currency, QString()};
    endInsertRows();
    return row;
}

void RateTableModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void RateTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == RateColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::EditRole)
        return index.column() == CurrencyColumn ? row.currency : row.rate;
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == CurrencyColumn)
        return tr("1 %1 =").arg(row.currency);
    return row.rate.isEmpty() ? QString() : tr("%1 %2").arg(row.rate, m_bookCurrency);
}

bool RateTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == CurrencyColumn)
        row.currency = value.toString().trimmed().toUpper();
    else
        row.rate = value.toString().trimmed();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags RateTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant RateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == CurrencyColumn)
        return tr("Currency");
    if (section == RateColumn)
        return tr("Rate in %1").arg(m_bookCurrency);
    return {};
}

} // namespace Sepakat
