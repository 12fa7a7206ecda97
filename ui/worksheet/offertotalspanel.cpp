#include "worksheet/offertotalspanel.h"

#include "common/language.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

OfferTotalsPanel::OfferTotalsPanel(QWidget *parent)
    : QWidget(parent)
    , m_subtotalLabel(new QLabel(this))
    , m_subtotal(valueLabel(this, QStringLiteral("subtotalValue")))
    , m_discountLabel(new QLabel(this))
    , m_discount(valueLabel(this, QStringLiteral("documentDiscountValue")))
    , m_taxLabel(new QLabel(this))
    , m_tax(valueLabel(this, QStringLiteral("taxValue")))
    , m_totalLabel(new QLabel(this))
    , m_total(valueLabel(this, QStringLiteral("totalValue")))
    , m_problem(new QLabel(this))
    , m_internal(new QFrame(this))
    , m_internalTitle(new QLabel(m_internal))
    , m_costLabel(new QLabel(m_internal))
    , m_cost(valueLabel(m_internal, QStringLiteral("costValue")))
    , m_marginLabel(new QLabel(m_internal))
    , m_margin(valueLabel(m_internal, QStringLiteral("marginValue")))
    , m_costNote(new QLabel(m_internal))
{
    setObjectName(QStringLiteral("offerTotals"));
    m_internal->setObjectName(QStringLiteral("internalPanel"));
    m_internalTitle->setObjectName(QStringLiteral("internalTitle"));
    m_problem->setObjectName(QStringLiteral("totalsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_costNote->setWordWrap(true);
    m_internalTitle->setWordWrap(true);
    QFont bold = m_total->font();
    bold.setBold(true);
    for (QLabel *label : {m_total, m_totalLabel, m_internalTitle})
        label->setFont(bold);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const auto addRow = [grid](QLabel *label, QLabel *value) {
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row, 1);
    };
    addRow(m_subtotalLabel, m_subtotal);
    addRow(m_discountLabel, m_discount);
    addRow(m_taxLabel, m_tax);
    addRow(m_totalLabel, m_total);

    auto *internalGrid = new QGridLayout(m_internal);
    internalGrid->setColumnStretch(1, 1);
    internalGrid->addWidget(m_internalTitle, 0, 0, 1, 2);
    internalGrid->addWidget(m_costLabel, 1, 0);
    internalGrid->addWidget(m_cost, 1, 1);
    internalGrid->addWidget(m_marginLabel, 2, 0);
    internalGrid->addWidget(m_margin, 2, 1);
    internalGrid->addWidget(m_costNote, 3, 0, 1, 2);
    styleInternalPanel();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addSpacing(6);
    layout->addWidget(m_internal);
    retranslate();
}

void OfferTotalsPanel::styleInternalPanel()
{
    // A dashed amber frame says "not for the customer's eyes" in light and dark palettes alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_internal->setStyleSheet(
        dark ? QStringLiteral("#internalPanel { border: 2px dashed #d4a017; border-radius: 4px;"
                              " background: rgba(212, 160, 23, 40); }")
             : QStringLiteral("#internalPanel { border: 2px dashed #b8860b; border-radius: 4px;"
                              " background: #fff8e1; } #internalPanel QLabel { color: #3e2c00; }"));
}

void OfferTotalsPanel::showOffer(const Offer &offer)
{
    m_offer = offer;
    const QLocale locale = Language::locale();
    const Result<OfferTotals> totals = computeTotals(offer);
    const bool ok = totals.ok();
    m_problem->setVisible(!ok);
    m_problem->setText(ok ? QString() : totals.errorMessage());
    m_taxLabel->setText(tr("Tax (%1):").arg(formatBasisPoints(offer.taxBasisPoints, locale)));
    m_discountLabel->setText(tr("Document discount (%1):")
                                 .arg(formatBasisPoints(offer.documentDiscountBasisPoints, locale)));
    if (!ok) {
        for (QLabel *label : {m_subtotal, m_discount, m_tax, m_total, m_cost, m_margin})
            label->clear();
        m_costNote->hide();
        return;
    }
    m_subtotal->setText(totals->linesSubtotal.format(locale));
    m_discount->setText(totals->documentDiscount.isZero()
                            ? totals->documentDiscount.format(locale)
                            : QStringLiteral("−%1").arg(totals->documentDiscount.format(locale)));
    m_tax->setText(totals->tax.format(locale));
    m_total->setText(totals->total.format(locale));
    m_cost->setText(totals->cost.format(locale));
    m_margin->setText(totals->marginBasisPoints
                          ? formatBasisPoints(*totals->marginBasisPoints, locale)
                          : tr("none (no net price)"));
    m_costNote->setVisible(!totals->allCostsKnown);
}

void OfferTotalsPanel::retranslate()
{
    m_subtotalLabel->setText(tr("Subtotal:"));
    m_totalLabel->setText(tr("Total:"));
    m_internalTitle->setText(tr("Internal — never shown to the customer"));
    m_costLabel->setText(tr("Cost:"));
    m_marginLabel->setText(tr("Margin:"));
    m_costNote->setText(tr("Some lines have no cost: they count as zero, so the margin reads "
                           "higher than it is."));
    if (m_offer)
        showOffer(*m_offer);
}

void OfferTotalsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        styleInternalPanel();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
