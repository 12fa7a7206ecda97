#pragma once

#include "common/bookcommand.h"
#include "domain/need.h"
#include "domain/product.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace Sepakat {

// Replaces a deal's whole needs list (WorksheetRepository::saveNeeds, one transaction); undo puts
// the list back as it was. Edits of the same cell in a row merge into one undo step.
class NeedsCommand final : public BookCommand
{
public:
    // mergeKey names the cell ("<need id>/<column>"); empty never merges.
    NeedsCommand(BookDocument *document, const QString &text, const QString &dealId,
                 const QList<Need> &before, const QList<Need> &after,
                 const QString &mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    NeedsCommand(BookDocument *document, const QString &text, const QString &dealId,
                 const QList<Need> &before, std::shared_ptr<QList<Need>> after,
                 const QString &mergeKey);

    // Shared with the redo work, so a merge can move the redo to the later list.
    std::shared_ptr<QList<Need>> m_after;
    QString m_dealId;
    QString m_mergeKey;
};

// A deal's needs as a table, in the salesperson's order or most pressing first. Edits do not
// change the model: setData() checks the need (Need::validate) and asks for the new list with
// changeRequested; the page saves it as a command and the model shows what the book then holds.
class NeedsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Description, Priority, Urgency, PainHours, PainMoney, Benefit, Product,
                  ColumnCount };
    enum Role { NeedIdRole = Qt::UserRole + 1, UnansweredRole };

    explicit NeedsModel(QObject *parent = nullptr);

    void setNeeds(const QList<Need> &needs, const QString &currency);
    void setProducts(const QList<Sepakat::Product> &products);
    void setMostPressingFirst(bool ranked);
    bool mostPressingFirst() const { return m_ranked; }

    const QList<Need> &needs() const { return m_needs; } // the salesperson's order
    const QList<Sepakat::Product> &products() const { return m_products; }
    // The need shown in row, and the row showing a need (-1 when there is none).
    Need need(int row) const { return m_needs.at(m_rows.at(row)); }
    int rowOf(const QString &needId) const;
    int unansweredCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void changeRequested(const QList<Sepakat::Need> &after, const QString &mergeKey);
    // An edit was refused: the field's key (Need::validate) and a message naming it.
    void refused(const QString &field, const QString &message);

private:
    void rebuildRows();
    QString productName(const QString &productId) const;

    QList<Need> m_needs;
    QList<int> m_rows;  // row -> index in m_needs
    QList<int> m_ranks; // index in m_needs -> 1-based rank, most pressing first
    QList<Sepakat::Product> m_products;
    QString m_currency;
    bool m_ranked = false;
};

// Hours as the user reads and types them: "12,5" in Indonesian; at most three decimals.
QString formatHours(qint64 milli, const QLocale &locale);
Result<qint64> parseHours(const QString &text, const QLocale &locale);

} // namespace Sepakat
