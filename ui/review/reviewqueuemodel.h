#pragma once

#include "storage/approvalflow.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Sepakat {

// The manager's queue: one row per offer round waiting for a decision.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DealColumn, Customer, Value, Discount, Margin, Rules, Waiting, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, so the value column sorts by amount
        OfferIdRole,
        DealIdRole,
        RuleKeysRole, // QStringList of the breached rules' keys
    };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setReviews(QList<PendingReview> reviews);
    const PendingReview &review(int row) const { return m_reviews.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PendingReview> m_reviews;
};

// Filters the queue by text (deal, customer, owner, a rule's reason) and by one broken rule.
class ReviewQueueFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewQueueFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    void setRuleKey(const QString &key); // empty: every rule

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // folded
    QString m_ruleKey;
};

} // namespace Sepakat
