#pragma once

#include "util/result.h"

#include <QAbstractTableModel>
#include <QMap>

namespace Sepakat {

// The exchange rates of a deal book as an editable grid: "1 <currency> = N <book currency>".
// Text is kept as typed and read on save, so every problem shows at once with the rest of the
// book settings; rates are stored as integer millionths (BookSettings::ratesMicro).
class RateTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CurrencyColumn, RateColumn, ColumnCount };
    Q_ENUM(Column)

    explicit RateTableModel(QObject *parent = nullptr);

    void setRates(const QMap<QString, qint64> &ratesMicro, const QString &bookCurrency);
    void setBookCurrency(const QString &bookCurrency);
    // The rates as typed; an error names the first row that does not read as a positive rate.
    Result<QMap<QString, qint64>> rates() const;
    // A new row for the first known currency that has no rate yet; returns its row.
    int addRow();
    void removeRow(int row);
    void retranslate();

    static QString formatMicro(qint64 micro);
    static std::optional<qint64> parseMicro(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString currency;
        QString rate; // as typed, in the UI locale
    };
    QList<Row> m_rows;
    QString m_bookCurrency;
};

} // namespace Sepakat
