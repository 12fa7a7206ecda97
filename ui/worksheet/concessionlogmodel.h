#pragma once

#include "domain/concession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Sepakat {

// A deal's concession log by round and party, read-only: a log is appended to, not edited.
// Our concessions in a round where the customer gave nothing are flagged.
class ConcessionLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Round, Party, Change, PriceChange, Tradeable, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, FlaggedRole, PriceDeltaMinorRole };

    explicit ConcessionLogModel(QObject *parent = nullptr);

    // tradeableNames: what each tradeable gives, by id; unanswered: ids of flagged concessions.
    void setLog(QList<Concession> log, QHash<QString, QString> tradeableNames,
                QSet<QString> unanswered);
    const Concession &concession(int row) const { return m_log.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Concession &c, int column) const;

    QList<Concession> m_log;
    QHash<QString, QString> m_tradeableNames;
    QSet<QString> m_unanswered;
};

} // namespace Sepakat
