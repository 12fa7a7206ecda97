#pragma once

#include <QStyledItemDelegate>

namespace Sepakat {

// Paints a pipeline card from the PipelineModel roles: customer, title, value and probability,
// expected close and days in stage, owner and badges (stale, approval, below walk-away). Every
// card has the same size, derived from the font, so the views can lay out 100,000 rows without
// asking each one and the cards scale with the screen.
class DealCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The card's tooltip: every field in full, for text the card had to shorten.
    static QString toolTip(const QModelIndex &index);

private:
    struct Badge
    {
        QString text;   // short, on the card
        QString detail; // in the tooltip
        QColor background;
        QColor foreground;
    };
    static QList<Badge> badgesOf(const QModelIndex &index);
};

} // namespace Sepakat
