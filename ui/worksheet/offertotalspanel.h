#pragma once

#include "negotiation/offertotals.h"

#include <QWidget>

class QLabel;

namespace Sepakat {

// The live totals of one offer round, and beside them, set apart, the internal cost and margin
// the salesperson sees and the customer never does.
class OfferTotalsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OfferTotalsPanel(QWidget *parent = nullptr);

    // Shows the totals of offer; a message instead when they cannot be computed.
    void showOffer(const Offer &offer);
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleInternalPanel();

    QLabel *m_subtotalLabel;
    QLabel *m_subtotal;
    QLabel *m_discountLabel;
    QLabel *m_discount;
    QLabel *m_taxLabel;
    QLabel *m_tax;
    QLabel *m_totalLabel;
    QLabel *m_total;
    QLabel *m_problem;
    QWidget *m_internal;
    QLabel *m_internalTitle;
    QLabel *m_costLabel;
    QLabel *m_cost;
    QLabel *m_marginLabel;
    QLabel *m_margin;
    QLabel *m_costNote;
    std::optional<Offer> m_offer;
};

} // namespace Sepakat
