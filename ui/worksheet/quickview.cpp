#include "worksheet/quickview.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "negotiation/needranking.h"
#include "negotiation/offertotals.h"
#include "storage/repositories.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

constexpr int kTopNeeds = 3;

QLabel *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QGroupBox *box(QWidget *parent, QLabel *label)
{
    auto *group = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(group);
    label->setParent(group);
    layout->addWidget(label);
    return group;
}

} // namespace

QuickView::QuickView(QWidget *parent)
    : QWidget(parent)
    , m_needs(makeLabel(this, QStringLiteral("quickNeeds")))
    , m_offer(makeLabel(this, QStringLiteral("quickOffer")))
    , m_walkAway(makeLabel(this, QStringLiteral("quickWalkAway")))
    , m_concession(makeLabel(this, QStringLiteral("quickConcession")))
{
    m_needsBox = box(this, m_needs);
    m_offerBox = box(this, m_offer);
    m_walkAwayBox = box(this, m_walkAway);
    m_concessionBox = box(this, m_concession);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_needsBox, 0, 0);
    grid->addWidget(m_offerBox, 0, 1);
    grid->addWidget(m_walkAwayBox, 1, 0);
    grid->addWidget(m_concessionBox, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    retranslate();
}

void QuickView::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    if (m_document)
        connect(m_document, &BookDocument::changed, this, [this] { reload(); });
    reload();
}

bool QuickView::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    reload();
    return true;
}

void QuickView::reload()
{
    if (!m_document || m_dealId.isEmpty() || !m_document->book().deals().find(m_dealId)) {
        for (QLabel *label : {m_needs, m_offer, m_walkAway, m_concession})
            label->clear();
        return;
    }
    m_needs->setText(needsText());
    QString walkAway;
    m_offer->setText(offerText(&walkAway));
    m_walkAway->setText(walkAway);
    m_concession->setText(concessionText());
}

QString QuickView::needsText()
{
    const QList<Need> top = topNeeds(m_document->book().worksheets().needs(m_dealId), kTopNeeds);
    if (top.isEmpty())
        return tr("No needs yet: find out what the customer must solve.");
    QStringList lines;
    for (int i = 0; i < top.size(); ++i) {
        const Need &need = top.at(i);
        QString line = tr("%1. %2 (%3, urgency %4)")
                           .arg(i + 1)
                           .arg(need.description, priorityName(need.priority))
                           .arg(need.urgency);
        if (!need.isAnswered())
            line += u'\n' + tr("   no answer yet");
        lines.append(line);
    }
    return lines.join(u'\n');
}

QString QuickView::offerText(QString *walkAwayText)
{
    const QLocale locale = Language::locale();
    const QList<Offer> offers = m_document->book().worksheets().offers(m_dealId);
    const std::optional<Plan> plan = m_document->book().worksheets().plan(m_dealId);
    if (offers.isEmpty()) {
        *walkAwayText = plan && plan->walkAway.isValid()
                            ? tr("Walk-away %1; no offer yet.").arg(plan->walkAway.format(locale))
                            : tr("No walk-away set yet: set it on the Plan page.");
        return tr("No offer yet.");
    }
    const Offer &offer = offers.last();
    const Result<OfferTotals> totals = computeTotals(offer);
    if (!totals) {
        *walkAwayText = totals.errorMessage();
        return totals.errorMessage();
    }
    const OfferTerms &terms = offer.terms;
    const QString text =
        tr("Round %1: %2 before tax, %3 with tax\n"
           "Payment in %4 days, delivery in %5 days\n"
           "%6 support, %7 months warranty, %8 months contract")
            .arg(offer.version)
            .arg(totals->netBeforeTax.format(locale), totals->total.format(locale))
            .arg(terms.paymentDays)
            .arg(terms.deliveryDays)
            .arg(supportLevelName(terms.support))
            .arg(terms.warrantyMonths)
            .arg(terms.contractMonths);
    if (!plan || !plan->walkAway.isValid()) {
        *walkAwayText = tr("No walk-away set yet: set it on the Plan page.");
    } else if (plan->walkAway.currency() != totals->netBeforeTax.currency()) {
        *walkAwayText = tr("The walk-away (%1) is in another currency than the offer.")
                            .arg(plan->walkAway.format(locale));
    } else {
        const Result<Money> distance = totals->netBeforeTax.minus(plan->walkAway);
        if (!distance)
            *walkAwayText = distance.errorMessage();
        else if (distance->isNegative())
            *walkAwayText = tr("%1 BELOW the walk-away (%2): do not accept at this price.")
                                .arg(Money(-distance->minor(), distance->currency()).format(locale),
                                     plan->walkAway.format(locale));
        else
            *walkAwayText = tr("%1 above the walk-away (%2): room left to concede.")
                                .arg(distance->format(locale), plan->walkAway.format(locale));
    }
    return text;
}

QString QuickView::concessionText()
{
    const QLocale locale = Language::locale();
    const QList<Tradeable> tradeables = m_document->book().worksheets().tradeables(m_dealId);
    for (const Tradeable &tradeable : tradeables) {
        if (tradeable.status != TradeableStatus::Planned)
            continue;
        QString text = tr("Give: %1").arg(tradeable.give);
        if (tradeable.costToUs.isValid())
            text += u'\n' + tr("Costs us: %1").arg(tradeable.costToUs.format(locale));
        text += u'\n'
                + (tradeable.askInReturn.trimmed().isEmpty()
                       ? tr("Ask in return: nothing yet, decide what to ask before giving it")
                       : tr("Ask in return: %1").arg(tradeable.askInReturn));
        return text;
    }
    return tr("No concession planned: plan one on the Concessions page.");
}

void QuickView::retranslate()
{
    m_needsBox->setTitle(tr("Top needs"));
    m_offerBox->setTitle(tr("Price and terms now"));
    m_walkAwayBox->setTitle(tr("Distance to the walk-away"));
    m_concessionBox->setTitle(tr("Next planned concession"));
    reload();
}

void QuickView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
