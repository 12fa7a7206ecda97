#pragma once

#include "domain/offer.h"
#include "negotiation/offertotals.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Sepakat {

// An offer's lines as a table. Editing does not change the model: setData() reads the text and
// asks for the changed line (editRequested); the page saves it as an undoable command and the
// model is refilled from the book. Text that cannot be read is reported, not stored.
class OfferLinesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Quantity, UnitPrice, Discount, Subtotal, ColumnCount };
    Q_ENUM(Column)
    enum Role { LineIdRole = Qt::UserRole + 1, ProductIdRole };

    explicit OfferLinesModel(QObject *parent = nullptr);

    // The lines and their subtotals (from computeTotals; empty when they cannot be computed).
    void setOffer(const Offer &offer, const QList<Money> &lineSubtotals);
    void setEditable(bool editable);
    const OfferLine &line(int row) const { return m_lines.at(row); }
    // The language changed: numbers and headers read differently now.
    void retranslate();

    // The field key of a column, as Offer::validate names it ("lines[2].quantity").
    static QString fieldKey(int row, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRequested(int row, const Sepakat::OfferLine &after, const QString &field);
    void inputRefused(const QString &field, const QString &message);

private:
    QString display(const OfferLine &line, int row, int column) const;

    QList<OfferLine> m_lines;
    QList<Money> m_subtotals;
    QString m_currency;
    QLocale m_locale;
    bool m_editable = false;
};

// "1,5" / "1.5" / "12" in the locale into milli-units; at most three decimals.
Result<qint64> parseQuantity(QString text, const QLocale &locale);

} // namespace Sepakat
