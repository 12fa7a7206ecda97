#pragma once

#include "negotiation/zopa.h"

#include <QWidget>

namespace Sepakat {

// The bargaining zone on one axis: our walk-away, target and opening, the customer's estimated
// limit and the current offer as marks, the zone of agreement shaded. Labels take turns above
// and below the bar, and a further row out, so neighbours never cover each other.
class ZopaBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ZopaBar(QWidget *parent = nullptr);

    void setAnalysis(const ZopaAnalysis &analysis);
    const ZopaAnalysis &analysis() const { return m_analysis; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The colour a point is drawn in, for the palette given (also used by legends).
    static QColor colorOf(ZopaPointKind kind, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int slotHeight() const;
    int barHeight() const;
    // The label of a point: its name, then its amount.
    QString labelText(const ZopaPoint &point) const;

    ZopaAnalysis m_analysis;
};

} // namespace Sepakat
