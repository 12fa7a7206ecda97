#pragma once

#include "pipeline/pipelinetotals.h"

#include <QFrame>

class QLabel;
class QListView;

namespace Sepakat {

class StageColumnModel;

// One column of the board: a header with the stage, its count, total and weighted value in the
// book's currency (and the deals left out for want of a rate), over a list of painted cards that
// scrolls on its own.
class StageColumn final : public QFrame
{
    Q_OBJECT

public:
    StageColumn(StageColumnModel *model, QWidget *parent = nullptr);
    QListView *view() const { return m_view; }
    void setTotals(const StageTotals &totals, const QString &currency);
    void retranslate();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTexts();
    QString amountText(const Money &money, int width) const;

    StageColumnModel *m_model;
    QLabel *m_name;
    QLabel *m_count;
    QLabel *m_total;
    QLabel *m_weighted;
    QLabel *m_missing;
    QListView *m_view;
    StageTotals m_totals;
    QString m_currency;
};

} // namespace Sepakat
