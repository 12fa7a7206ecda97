#include "value/presentation.h"

#include "common/language.h"
#include "value/keyfigures.h"
#include "value/valuechartspanel.h"
#include "value/valuefigures.h"
#include "value/whatifpanel.h"
#include "worksheet/needsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

const char *const kPageKeys[] = {"needs", "benefits", "savings", "offer"};
constexpr int kPageCount = 4;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *richLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString quantityText(qint64 milli, const QLocale &locale)
{
    return milli % 1000 == 0 ? locale.toString(milli / 1000)
                             : locale.toString(double(milli) / 1000.0, 'f', 3);
}

} // namespace

PresentationWindow::PresentationWindow(const CustomerView &view, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(view)
    , m_pages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_pageNumber(new QLabel(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_leave(new QPushButton(this))
{
    setObjectName(QStringLiteral("presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pageNumber->setObjectName(QStringLiteral("pageNumber"));
    m_previous->setObjectName(QStringLiteral("previousSlide"));
    m_next->setObjectName(QStringLiteral("nextSlide"));
    m_leave->setObjectName(QStringLiteral("leavePresentation"));
    m_heading->setObjectName(QStringLiteral("presentationHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    setFont(font);
    QFont headingFont = font;
    headingFont.setPointSizeF(font.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    for (QPushButton *button : {m_previous, m_next, m_leave})
        button->setFocusPolicy(Qt::NoFocus);

    m_pages->addWidget(needsPage());
    m_pages->addWidget(benefitsPage());
    m_pages->addWidget(savingsPage());
    m_pages->addWidget(offerPage());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_leave);
    bar->addStretch(1);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageNumber);
    bar->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bar);

    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_leave, &QPushButton::clicked, this, &QWidget::close);
    connect(m_whatIf, &WhatIfPanel::inputsChanged, this, &PresentationWindow::showFigures);
    connect(m_whatIf, &WhatIfPanel::keepRequested, this, &PresentationWindow::keepRequested);
    if (m_view.valueCase)
        m_whatIf->setInputs(*m_view.valueCase);
    retranslate();
}

QStringList PresentationWindow::pageKeys()
{
    QStringList keys;
    for (const char *key : kPageKeys)
        keys << QString::fromLatin1(key);
    return keys;
}

bool PresentationWindow::showPage(const QString &key)
{
    const qsizetype index = pageKeys().indexOf(key);
    if (index < 0)
        return false;
    m_pages->setCurrentIndex(int(index));
    step(0);
    return true;
}

int PresentationWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void PresentationWindow::setKeepAllowed(bool allowed)
{
    m_whatIf->setKeepAllowed(allowed);
}

void PresentationWindow::setSavedValueCase(const ValueCaseInputs &inputs)
{
    m_view.valueCase = inputs;
    m_whatIf->setInputs(inputs);
    showFigures(inputs);
    fillBenefits();
}

QWidget *PresentationWindow::page(const QString &objectName, QLabel **title)
{
    auto *page = new QWidget(this);
    page->setObjectName(objectName);
    *title = new QLabel(page);
    (*title)->setObjectName(objectName + QStringLiteral("Title"));
    (*title)->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    (*title)->setFont(big);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addWidget(*title);
    return page;
}

QWidget *PresentationWindow::needsPage()
{
    QWidget *needs = page(QStringLiteral("needsSlide"), &m_needsTitle);
    m_needs = richLabel(needs, QStringLiteral("needsText"));
    auto *scroll = new QScrollArea(needs);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_needs);
    needs->layout()->addWidget(scroll);
    return needs;
}

QWidget *PresentationWindow::benefitsPage()
{
    QWidget *benefits = page(QStringLiteral("benefitsSlide"), &m_benefitsTitle);
    m_benefits = richLabel(benefits, QStringLiteral("benefitsText"));
    auto *scroll = new QScrollArea(benefits);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_benefits);
    benefits->layout()->addWidget(scroll);
    return benefits;
}

QWidget *PresentationWindow::savingsPage()
{
    QWidget *savings = page(QStringLiteral("savingsSlide"), &m_savingsTitle);
    m_noValueCase = new QLabel(savings);
    m_noValueCase->setWordWrap(true);
    m_figures = new KeyFigures(savings);
    m_figures->setLarge(true);
    m_charts = new ValueChartsPanel(savings);
    m_charts->setExportVisible(false);
    m_whatIf = new WhatIfPanel(savings);
    m_whatIf->setMinimumWidth(280);
    m_whatIf->setMaximumWidth(380);
    auto *body = new QHBoxLayout;
    body->addWidget(m_charts, 1);
    body->addSpacing(12);
    body->addWidget(m_whatIf);
    auto *layout = static_cast<QVBoxLayout *>(savings->layout());
    layout->addWidget(m_noValueCase);
    layout->addWidget(m_figures);
    layout->addSpacing(8);
    layout->addLayout(body, 1);
    return savings;
}

QWidget *PresentationWindow::offerPage()
{
    QWidget *offer = page(QStringLiteral("offerSlide"), &m_offerTitle);
    m_offer = richLabel(offer, QStringLiteral("offerText"));
    auto *scroll = new QScrollArea(offer);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_offer);
    offer->layout()->addWidget(scroll);
    return offer;
}

void PresentationWindow::fillNeeds()
{
    const QLocale locale = Language::locale();
    if (m_view.needs.isEmpty()) {
        m_needs->setText(escaped(tr("We are still listening: no needs written down yet.")));
        return;
    }
    QString html = QStringLiteral("<ol>");
    for (const CustomerNeed &need : std::as_const(m_view.needs)) {
        QStringList pain;
        if (need.painHoursMilli > 0)
            pain << tr("%1 hours").arg(formatHours(need.painHoursMilli, locale));
        if (need.painMoney.isValid() && need.painMoney.minor() > 0)
            pain << need.painMoney.format(locale);
        html += QStringLiteral("<li style=\"margin-bottom: 10px\"><b>%1</b> <span>· %2</span>")
                    .arg(escaped(need.description), escaped(priorityName(need.priority)));
        if (!pain.isEmpty()) {
            html += QStringLiteral("<br>")
                    + escaped(tr("Costs you %1 every month")
                                  .arg(pain.join(tr(" and "))));
        }
        html += QStringLiteral("</li>");
    }
    m_needs->setText(html + QStringLiteral("</ol>"));
}

void PresentationWindow::fillBenefits()
{
    const QLocale locale = Language::locale();
    QString html;
    bool any = false;
    for (const CustomerNeed &need : std::as_const(m_view.needs)) {
        if (need.benefit.trimmed().isEmpty())
            continue;
        any = true;
        html += QStringLiteral("<p><b>%1</b><br>→ %2</p>")
                    .arg(escaped(need.description), escaped(need.benefit));
    }
    if (m_view.valueCase && !m_view.valueCase->items.isEmpty()) {
        any = true;
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("What it saves you")));
        for (const SavingsItem &item : std::as_const(m_view.valueCase->items)) {
            const QString detail =
                item.kind == SavingsKind::Time
                    ? tr("%1 hours a month, worth %2 an hour")
                          .arg(formatHours(item.hoursPerMonthMilli, locale),
                               item.hourlyRate.format(locale))
                    : tr("%1 a month").arg(item.amountPerMonth.format(locale));
            const QString from = item.startMonth > 1
                                     ? tr(", from month %1").arg(item.startMonth)
                                     : QString();
            html += QStringLiteral("<li><b>%1</b>: %2%3</li>")
                        .arg(escaped(item.description), escaped(detail), escaped(from));
        }
        html += QStringLiteral("</ul>");
    }
    m_benefits->setText(any ? html
                            : escaped(tr("The benefits follow once the needs are answered.")));
}

void PresentationWindow::fillOffer()
{
    const QLocale locale = Language::locale();
    if (!m_view.offer) {
        m_offer->setText(escaped(tr("The offer follows.")));
        return;
    }
    const CustomerOffer &offer = *m_view.offer;
    const auto cell = [](const QString &text, bool right = false) {
        return QStringLiteral("<td style=\"padding: 4px 12px\"%1>%2</td>")
            .arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"0\"><tr>");
    for (const QString &header :
         {tr("Item"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Amount")})
        html += QStringLiteral("<th style=\"padding: 4px 12px\" align=\"left\">%1</th>")
                    .arg(escaped(header));
    html += QStringLiteral("</tr>");
    for (const CustomerOfferLine &line : offer.lines) {
        html += QStringLiteral("<tr>") + cell(line.description)
                + cell(quantityText(line.quantityMilli, locale), true)
                + cell(line.unitPrice.format(locale), true)
                + cell(line.discountBasisPoints > 0
                           ? formatBasisPoints(line.discountBasisPoints, locale)
                           : QString(),
                       true)
                + cell(line.subtotal.format(locale), true) + QStringLiteral("</tr>");
    }
    const auto totalRow = [&](const QString &name, const Money &amount, bool bold = false) {
        const QString text = amount.format(locale).toHtmlEscaped();
        return QStringLiteral("<tr><td colspan=\"4\" align=\"right\" style=\"padding: 4px 12px\">"
                              "%1</td><td align=\"right\" style=\"padding: 4px 12px\">%2</td>"
                              "</tr>")
            .arg(escaped(name), bold ? QStringLiteral("<b>%1</b>").arg(text) : text);
    };
    html += totalRow(tr("Subtotal"), offer.linesSubtotal);
    if (offer.documentDiscount.minor() != 0)
        html += totalRow(tr("Discount"), offer.documentDiscount);
    html += totalRow(tr("Tax %1").arg(formatBasisPoints(offer.taxBasisPoints, locale)), offer.tax);
    html += totalRow(tr("Total"), offer.total, true);
    html += QStringLiteral("</table>");

    QStringList terms;
    terms << tr("Payment within %n day(s)", nullptr, offer.terms.paymentDays)
          << tr("Delivery within %n day(s)", nullptr, offer.terms.deliveryDays)
          << tr("%1 support").arg(supportLevelName(offer.terms.support))
          << tr("%n month(s) warranty", nullptr, offer.terms.warrantyMonths)
          << tr("%n month(s) contract", nullptr, offer.terms.contractMonths);
    if (offer.validUntil.isValid())
        terms << tr("Valid until %1").arg(locale.toString(offer.validUntil, QLocale::LongFormat));
    html += QStringLiteral("<p>%1</p>").arg(escaped(terms.join(QStringLiteral(" · "))));
    if (!offer.customerNote.trimmed().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(offer.customerNote));
    m_offer->setText(html);
}

void PresentationWindow::showFigures(const ValueCaseInputs &inputs)
{
    m_results.clear();
    const bool hasCase = m_view.valueCase.has_value();
    m_noValueCase->setVisible(!hasCase);
    m_figures->setVisible(hasCase);
    m_charts->setVisible(hasCase);
    m_whatIf->setVisible(hasCase);
    if (!hasCase)
        return;
    // The upfront price stays what the case counts; only the savings vary.
    const Money upfront = inputs.upfrontOverride ? *inputs.upfrontOverride : m_view.upfront;
    const Result<QList<ValueCaseResult>> results = computeScenarios(inputs, upfront);
    if (!results) {
        m_figures->clearFigures();
        return;
    }
    m_results = *results;
    m_figures->setFigures(valueFigures(m_results.at(1)), inputs.horizonMonths,
                          inputs.annualDiscountRateBasisPoints);
    m_charts->setResults(m_results);
}

void PresentationWindow::step(int by)
{
    const int index = qBound(0, m_pages->currentIndex() + by, kPageCount - 1);
    m_pages->setCurrentIndex(index);
    m_pageNumber->setText(tr("%1 / %2").arg(index + 1).arg(kPageCount));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index < kPageCount - 1);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        step(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        step(-1);
        return;
    case Qt::Key_Home:
        step(-kPageCount);
        return;
    case Qt::Key_End:
        step(kPageCount);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::retranslate()
{
    const QString customer =
        m_view.customerName.isEmpty() ? m_view.dealTitle : m_view.customerName;
    setWindowTitle(tr("%1 — presentation").arg(m_view.dealTitle));
    m_heading->setText(m_view.customerName.isEmpty()
                           ? m_view.dealTitle
                           : tr("%1 · %2").arg(m_view.customerName, m_view.dealTitle));
    m_needsTitle->setText(tr("What matters most to %1").arg(customer));
    m_benefitsTitle->setText(tr("How we answer it"));
    m_savingsTitle->setText(tr("What you save"));
    m_offerTitle->setText(m_view.offer ? tr("Our offer") : tr("Our offer is on its way"));
    m_noValueCase->setText(tr("The savings are being worked out with you."));
    m_previous->setText(tr("← Back"));
    m_next->setText(tr("Next →"));
    m_leave->setText(tr("Leave (Esc)"));
    fillNeeds();
    fillBenefits();
    fillOffer();
    showFigures(m_whatIf->inputs());
    step(0);
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
