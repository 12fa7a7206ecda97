#include "worksheet/tradeablesmodel.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "negotiation/reciprocity.h"
#include "worksheet/concessioncommands.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace Sepakat {

namespace {

// The same red the inline error messages use, readable on light and dark windows.
QColor flagColor()
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

} // namespace

TradeablesModel::TradeablesModel(QObject *parent) : QAbstractTableModel(parent) {}

void TradeablesModel::setDocument(BookDocument *document, const QString &currency)
{
    m_document = document;
    m_currency = currency;
}

void TradeablesModel::setTradeables(QList<Tradeable> tradeables)
{
    bool sameRows = tradeables.size() == m_tradeables.size();
    for (qsizetype i = 0; sameRows && i < tradeables.size(); ++i)
        sameRows = tradeables.at(i).id == m_tradeables.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_tradeables = std::move(tradeables);
        endResetModel();
        return;
    }
    m_tradeables = std::move(tradeables);
    if (!m_tradeables.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TradeablesModel::setEditable(bool editable)
{
    m_editable = editable;
}

int TradeablesModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_tradeables.size(); ++row) {
        if (m_tradeables.at(row).id == id)
            return row;
    }
    return -1;
}

void TradeablesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tradeables.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TradeablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tradeables.size());
}

int TradeablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TradeablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tradeable &t = m_tradeables.at(index.row());
    const bool flagged = isGivenWithoutAsk(t);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case Qt::EditRole:
        return editValue(t, column);
    case Qt::TextAlignmentRole:
        if (column == CostToUs || column == ValueToThem)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (flagged && column == AskInReturn)
            return QBrush(flagColor());
        return {};
    case Qt::FontRole:
        if (flagged && column == AskInReturn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (flagged && column == Give)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (flagged && (column == Give || column == AskInReturn))
            return tr("Given with nothing asked in return: ask for something back.");
        // Long texts are cut in narrow columns; the tooltip shows them whole.
        if (column == Give)
            return t.give;
        if (column == AskInReturn)
            return t.askInReturn;
        return {};
    case IdRole:
        return t.id;
    case FlaggedRole:
        return flagged;
    default:
        return {};
    }
}

QVariant TradeablesModel::display(const Tradeable &t, int column) const
{
    switch (column) {
    case Kind:
        return tradeableKindName(t.kind);
    case Give:
        return t.give;
    case CostToUs:
        return t.costToUs.isValid() ? t.costToUs.format(Language::locale()) : QString();
    case ValueToThem:
        return tr("%1 / 5").arg(t.valueToThem);
    case AskInReturn:
        return isGivenWithoutAsk(t) ? tr("Nothing asked in return") : t.askInReturn;
    case Status:
        return tradeableStatusName(t.status);
    default:
        return {};
    }
}

QVariant TradeablesModel::editValue(const Tradeable &t, int column) const
{
    switch (column) {
    case Kind:
        return static_cast<int>(t.kind);
    case Give:
        return t.give;
    case CostToUs:
        return t.costToUs.isValid() ? t.costToUs.formatNumber(Language::locale()) : QString();
    case ValueToThem:
        return QString::number(t.valueToThem);
    case AskInReturn:
        return t.askInReturn;
    case Status:
        return static_cast<int>(t.status);
    default:
        return {};
    }
}

QVariant TradeablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Give:
        return tr("What we give");
    case CostToUs:
        return tr("Cost to us");
    case ValueToThem:
        return tr("Value to them");
    case AskInReturn:
        return tr("What we ask in return");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags TradeablesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TradeablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable || !m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Tradeable before = m_tradeables.at(index.row());
    Tradeable after = before;
    if (!read(after, index.column(), value))
        return false;
    if (const FieldErrors errors = after.validate(); !errors.isEmpty()) {
        emit editRefused(errors.first().field, joinMessages(errors));
        return false;
    }
    if (after == before)
        return true;
    const Sepakat::Status saved =
        m_document->execute(new TradeableEditCommand(m_document, before, after, index.column()));
    if (!saved) {
        emit editRefused(saved.error().field, saved.errorMessage());
        return false;
    }
    emit editSaved();
    return true;
}

bool TradeablesModel::read(Tradeable &after, int column, const QVariant &value)
{
    switch (column) {
    case Kind:
        after.kind = static_cast<TradeableKind>(value.toInt());
        return true;
    case Give:
        after.give = value.toString().trimmed();
        return true;
    case CostToUs: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            after.costToUs = Money();
            return true;
        }
        const Result<Money> cost = Money::parse(text, m_currency, Language::locale());
        if (!cost) {
            emit editRefused(QStringLiteral("costToUs"),
                             tr("Cost to us: %1").arg(cost.errorMessage()));
            return false;
        }
        after.costToUs = *cost;
        return true;
    }
    case ValueToThem: {
        bool ok = false;
        const int number = Language::locale().toInt(value.toString().trimmed(), &ok);
        // Not a number at all reads as 0, so the range check names the field and its limits.
        after.valueToThem = ok ? number : 0;
        return true;
    }
    case AskInReturn:
        after.askInReturn = value.toString().trimmed();
        return true;
    case Status:
        after.status = static_cast<TradeableStatus>(value.toInt());
        return true;
    default:
        return false;
    }
}

} // namespace Sepakat
