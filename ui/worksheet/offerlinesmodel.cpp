#include "worksheet/offerlinesmodel.h"

#include "common/language.h"
#include "negotiation/roundcomparison.h"

#include <QCoreApplication>

namespace Sepakat {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::OfferLinesModel)

public:
    static QString badQuantity()
    {
        return tr("Quantity: enter a number with at most three decimals, such as 2 or 1.5.");
    }
};

} // namespace

Result<qint64> parseQuantity(QString text, const QLocale &locale)
{
    text = text.trimmed();
    text.remove(locale.groupSeparator()).remove(u' ').remove(QChar(0x00A0));
    const Error bad{Texts::badQuantity(), QStringLiteral("quantity")};
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(locale.negativeSign())) {
        negative = true;
        text = text.mid(1);
    }
    const QStringList parts = text.split(locale.decimalPoint());
    if (text.isEmpty() || parts.size() > 2 || parts.first().size() > 12)
        return bad;
    QString fraction = parts.size() == 2 ? parts.at(1) : QString();
    if (fraction.size() > 3)
        return bad;
    fraction = fraction.leftJustified(3, u'0');
    const QString digits = (parts.first().isEmpty() ? QStringLiteral("0") : parts.first()) + fraction;
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > u'9')
            return bad;
    }
    const qint64 milli = digits.toLongLong();
    return negative ? -milli : milli;
}

OfferLinesModel::OfferLinesModel(QObject *parent)
    : QAbstractTableModel(parent), m_locale(Language::locale())
{
}

void OfferLinesModel::setOffer(const Offer &offer, const QList<Money> &lineSubtotals)
{
    const auto ids = [](const QList<OfferLine> &lines) {
        QStringList result;
        for (const OfferLine &line : lines)
            result << line.id;
        return result;
    };
    // The same lines with new values keep the view's current cell, so editing flows on.
    if (ids(offer.lines) == ids(m_lines) && offer.currency == m_currency) {
        m_lines = offer.lines;
        m_subtotals = lineSubtotals;
        if (!m_lines.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_lines = offer.lines;
    m_subtotals = lineSubtotals;
    m_currency = offer.currency;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void OfferLinesModel::setEditable(bool editable)
{
    m_editable = editable;
}

void OfferLinesModel::retranslate()
{
    m_locale = Language::locale();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OfferLinesModel::fieldKey(int row, int column)
{
    static const char *const names[] = {"description", "quantity", "unitPrice", "discount", ""};
    if (column < 0 || column >= Subtotal)
        return QStringLiteral("lines[%1]").arg(row);
    return QStringLiteral("lines[%1].%2").arg(row).arg(QString::fromLatin1(names[column]));
}

int OfferLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OfferLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OfferLinesModel::display(const OfferLine &line, int row, int column) const
{
    switch (column) {
    case Description:
        return line.description;
    case Quantity:
        return formatQuantity(line.quantityMilli, m_locale);
    case UnitPrice:
        return line.unitPrice.formatNumber(m_locale);
    case Discount:
        return formatBasisPoints(line.discountBasisPoints, m_locale);
    case Subtotal:
        return row < m_subtotals.size() ? m_subtotals.at(row).formatNumber(m_locale) : QString();
    }
    return {};
}

QVariant OfferLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfferLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(line, index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != Description)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Description && !line.productId.isEmpty())
            return tr("From the catalog");
        return {};
    case LineIdRole:
        return line.id;
    case ProductIdRole:
        return line.productId;
    }
    return {};
}

QVariant OfferLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price (%1)").arg(m_currency);
    case Discount:
        return tr("Discount");
    case Subtotal:
        return tr("Subtotal (%1)").arg(m_currency);
    }
    return {};
}

Qt::ItemFlags OfferLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() != Subtotal)
        f |= Qt::ItemIsEditable;
    return f;
}

bool OfferLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const QString text = value.toString();
    const QString field = fieldKey(row, index.column());
    OfferLine after = m_lines.at(row);
    switch (index.column()) {
    case Description:
        after.description = text.trimmed();
        break;
    case Quantity: {
        const Result<qint64> quantity = parseQuantity(text, m_locale);
        if (!quantity) {
            emit inputRefused(field, tr("Line %1: %2").arg(row + 1).arg(quantity.errorMessage()));
            return false;
        }
        after.quantityMilli = *quantity;
        break;
    }
    case UnitPrice: {
        const Result<Money> price = Money::parse(text, m_currency, m_locale);
        if (!price) {
            emit inputRefused(field, tr("Line %1: %2").arg(row + 1).arg(price.errorMessage()));
            return false;
        }
        after.unitPrice = *price;
        break;
    }
    case Discount: {
        const Result<qint64> discount = parseBasisPoints(text, m_locale);
        if (!discount) {
            emit inputRefused(field, tr("Line %1: %2").arg(row + 1).arg(discount.errorMessage()));
            return false;
        }
        after.discountBasisPoints = *discount;
        break;
    }
    default:
        return false;
    }
    if (after == m_lines.at(row))
        return true;
    emit editRequested(row, after, field);
    return true;
}

} // namespace Sepakat
