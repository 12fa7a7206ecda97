#include "review/reviewsheet.h"

#include "common/language.h"
#include "negotiation/offertotals.h"
#include "negotiation/reciprocity.h"
#include "negotiation/roundcomparison.h"
#include "negotiation/zopa.h"
#include "value/valueengine.h"
#include "worksheet/concessionlogmodel.h"
#include "worksheet/zopabar.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

// Below this width the plan, concessions and value case go under the offer.
constexpr int kTwoColumnWidth = 900;
const QString kBreachColor = QStringLiteral("#991b1b");

QLabel *textLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// As tall as its rows: what follows a table belongs right under it, not below a blank stretch.
void fitHeightToRows(QTableView *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

// A figure as HTML, red and bold when its rule is broken.
QString figure(const QString &name, const QString &value, bool broken)
{
    const QString text = name.toHtmlEscaped() + QStringLiteral(": <b>") + value.toHtmlEscaped()
                         + QStringLiteral("</b>");
    return broken ? QStringLiteral("<span style=\"color:%1\">⚠ %2</span>").arg(kBreachColor, text)
                  : text;
}

} // namespace

ReviewSheet::ReviewSheet(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_title(textLabel(this, "reviewTitle"))
    , m_request(textLabel(this, "reviewRequest"))
    , m_breaches(textLabel(this, "reviewBreaches"))
    , m_lines(new QTableWidget(this))
    , m_totals(textLabel(this, "reviewTotals"))
    , m_terms(textLabel(this, "reviewTerms"))
    , m_zopa(new ZopaBar(this))
    , m_plan(textLabel(this, "reviewPlan"))
    , m_concessionModel(new ConcessionLogModel(this))
    , m_concessions(new QTableView(this))
    , m_valueCase(textLabel(this, "reviewValueCase"))
    , m_reviewer(textLabel(this, "reviewerLabel"))
    , m_comment(new QPlainTextEdit(this))
    , m_commentError(textLabel(this, "reviewCommentError"))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewSheet"));
    m_back->setObjectName(QStringLiteral("reviewBackButton"));
    m_lines->setObjectName(QStringLiteral("reviewLines"));
    m_concessions->setObjectName(QStringLiteral("reviewConcessions"));
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setFlat(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_request->setTextFormat(Qt::PlainText);
    m_breaches->setTextFormat(Qt::RichText);
    m_breaches->setStyleSheet(QStringLiteral(
        "QLabel { background: #fee2e2; color: #991b1b; border: 1px solid #fca5a5;"
        " border-radius: 4px; padding: 6px; }"));
    for (QLabel *label : {m_totals, m_terms, m_plan, m_valueCase})
        label->setTextFormat(Qt::RichText);
    m_commentError->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(kBreachColor));
    m_commentError->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->verticalHeader()->hide();
    m_lines->setColumnCount(5);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_concessions->setModel(m_concessionModel);
    m_concessions->verticalHeader()->hide();
    m_concessions->setSelectionMode(QAbstractItemView::NoSelection);
    m_concessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_concessions->horizontalHeader()->setSectionResizeMode(ConcessionLogModel::Change,
                                                            QHeaderView::Stretch);
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);

    // Left: what is asked and what it is; right: what it is measured against.
    auto *offerBox = new QWidget(this);
    auto *offerLayout = new QVBoxLayout(offerBox);
    offerLayout->addWidget(m_lines);
    offerLayout->addWidget(m_totals);
    offerLayout->addWidget(m_terms);
    auto *planBox = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_zopa);
    planLayout->addWidget(m_plan);
    auto *left = new QVBoxLayout;
    left->addWidget(m_breaches);
    left->addWidget(group("reviewOfferGroup", offerBox));
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(group("reviewPlanGroup", planBox));
    right->addWidget(group("reviewConcessionsGroup", m_concessions));
    right->addWidget(group("reviewValueGroup", m_valueCase));
    right->addStretch(1);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addLayout(left, 1);
    m_columns->addLayout(right, 1);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_request);
    bodyLayout->addLayout(m_columns, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);

    auto *decision = new QHBoxLayout;
    auto *commentColumn = new QVBoxLayout;
    commentColumn->addWidget(m_reviewer);
    commentColumn->addWidget(m_comment);
    commentColumn->addWidget(m_commentError);
    decision->addLayout(commentColumn, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    decision->addLayout(buttons);

    auto *header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addLayout(decision);

    connect(m_back, &QPushButton::clicked, this, &ReviewSheet::backRequested);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(ApprovalStatus::Approved); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(ApprovalStatus::Rejected); });
    connect(m_comment, &QPlainTextEdit::textChanged, m_commentError, &QLabel::hide);
    retranslate();
}

QGroupBox *ReviewSheet::group(const char *objectName, QWidget *content)
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QString::fromLatin1(objectName));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    m_groups << box;
    return box;
}

void ReviewSheet::showPackage(const ReviewPackage &package)
{
    m_package = package;
    m_broken.clear();
    for (const PolicyBreach &breach : package.breaches)
        m_broken.insert(breach.key);
    m_comment->clear();
    m_commentError->hide();
    fill();
}

void ReviewSheet::setReviewer(const QString &name, bool canDecide, const QString &whyNot)
{
    m_reviewer->setText(canDecide ? tr("Deciding as %1 (your profile in Settings)").arg(name)
                                  : whyNot);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_comment, m_approve, m_reject})
        widget->setEnabled(canDecide);
}

void ReviewSheet::setDecisionTexts(const QString &approve, const QString &reject)
{
    m_approveText = approve;
    m_rejectText = reject;
    retranslate();
}

void ReviewSheet::decide(ApprovalStatus decision)
{
    const QString comment = m_comment->toPlainText().trimmed();
    if (decision == ApprovalStatus::Rejected && comment.isEmpty()) {
        // The salesperson must learn what to change; a bare "no" teaches nothing.
        m_commentError->setText(tr("A rejection needs a comment: say what should change."));
        m_commentError->show();
        m_comment->setFocus();
        return;
    }
    emit decided(decision, comment);
}

void ReviewSheet::fill()
{
    const ReviewPackage &p = m_package;
    const Offer *offer = p.offerUnderReview();
    const QLocale locale = Language::locale();
    m_title->setText(tr("%1 · %2 · round %3")
                         .arg(p.deal.title, p.customer.name)
                         .arg(p.request.offerVersion));
    QString request = tr("Submitted %1 · owner %2")
                          .arg(locale.toString(p.request.requestedAt.toLocalTime(),
                                               QLocale::ShortFormat),
                               p.deal.owner);
    if (!p.request.submitNote.isEmpty())
        request += u'\n' + tr("Note: “%1”").arg(p.request.submitNote);
    m_request->setText(request);
    QStringList breaches;
    for (const PolicyBreach &breach : p.breaches)
        breaches << QStringLiteral("⚠ ") + breach.reason.toHtmlEscaped();
    m_breaches->setText(QStringLiteral("<b>%1</b><br>%2")
                            .arg(tr("Rules broken").toHtmlEscaped(),
                                 breaches.isEmpty() ? tr("none under today's policy")
                                                    : breaches.join(QStringLiteral("<br>"))));
    if (!offer)
        return;
    fillOffer(*offer);
    fillPlan(*offer);
    fillConcessions();
    fillValueCase(*offer);
}

void ReviewSheet::fillOffer(const Offer &offer)
{
    const QLocale locale = Language::locale();
    const Result<OfferTotals> totals = computeTotals(offer);
    m_lines->setRowCount(int(offer.lines.size()));
    for (int row = 0; row < offer.lines.size(); ++row) {
        const OfferLine &line = offer.lines.at(row);
        const QString cells[] = {
            line.description, formatQuantity(line.quantityMilli, locale),
            line.unitPrice.format(locale), formatBasisPoints(line.discountBasisPoints, locale),
            totals ? totals->lineSubtotals.value(row).format(locale) : QString()};
        for (int column = 0; column < 5; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, column, item);
        }
    }
    fitHeightToRows(m_lines);
    if (!totals) {
        m_totals->setText(totals.errorMessage().toHtmlEscaped());
        return;
    }
    const std::optional<qint64> discount = effectiveDiscountBasisPoints(offer);
    QStringList rows{
        figure(tr("List value"), totals->listValue.format(locale), false),
        figure(tr("Discount"), discount ? formatBasisPoints(*discount, locale) : QString(),
               m_broken.contains(QStringLiteral("discount"))),
        figure(tr("Net before tax"), totals->netBeforeTax.format(locale),
               m_broken.contains(QStringLiteral("below-walk-away"))),
        figure(tr("Total with tax"), totals->total.format(locale), false),
        figure(tr("Cost (internal)"), totals->cost.format(locale), false),
        figure(tr("Margin (internal)"),
               totals->marginBasisPoints ? formatBasisPoints(*totals->marginBasisPoints, locale)
                                         : QString(),
               m_broken.contains(QStringLiteral("margin"))),
    };
    m_totals->setText(rows.join(QStringLiteral("<br>")));
    const QStringList terms{
        figure(tr("Payment"), tr("%n day(s)", nullptr, offer.terms.paymentDays),
               m_broken.contains(QStringLiteral("payment-days"))),
        figure(tr("Delivery"), tr("%n day(s)", nullptr, offer.terms.deliveryDays), false),
        figure(tr("Support"), supportLevelName(offer.terms.support), false),
        figure(tr("Warranty"), tr("%n month(s)", nullptr, offer.terms.warrantyMonths), false),
        figure(tr("Contract"), tr("%n month(s)", nullptr, offer.terms.contractMonths), false),
        figure(tr("Valid until"), locale.toString(offer.validUntil, QLocale::ShortFormat), false),
    };
    m_terms->setText(terms.join(QStringLiteral(" · ")));
}

void ReviewSheet::fillPlan(const Offer &offer)
{
    const QLocale locale = Language::locale();
    if (!m_package.plan) {
        m_zopa->hide();
        m_plan->setText(tr("No plan: walk-away, target and opening are not set.").toHtmlEscaped());
        return;
    }
    const Plan &plan = *m_package.plan;
    const Result<OfferTotals> totals = computeTotals(offer);
    const ZopaAnalysis zopa =
        analyzeZopa(plan, totals ? totals->netBeforeTax : Money(), locale);
    m_zopa->setAnalysis(zopa);
    m_zopa->setVisible(!zopa.points.isEmpty());
    const auto amount = [&locale](const Money &m) {
        return m.isValid() ? m.format(locale) : QStringLiteral("–");
    };
    QStringList rows{
        figure(tr("Walk-away"), amount(plan.walkAway),
               m_broken.contains(QStringLiteral("below-walk-away"))),
        figure(tr("Target"), amount(plan.target), false),
        figure(tr("Opening"), amount(plan.opening), false),
    };
    for (const ZopaWarning &warning : zopa.warnings)
        rows << QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                    .arg(kBreachColor, warning.message.toHtmlEscaped());
    if (!plan.ourBatna.isEmpty())
        rows << figure(tr("Our BATNA"), plan.ourBatna, false);
    if (!plan.internalNotes.isEmpty())
        rows << figure(tr("Internal notes"), plan.internalNotes, false);
    m_plan->setText(rows.join(QStringLiteral("<br>")));
}

void ReviewSheet::fillConcessions()
{
    QHash<QString, QString> names;
    for (const Tradeable &t : std::as_const(m_package.tradeables))
        names.insert(t.id, t.give);
    QSet<QString> unanswered;
    for (const ReciprocityFinding &f :
         checkReciprocity(m_package.tradeables, m_package.concessions)) {
        if (f.kind == ReciprocityKind::ConcessionUnanswered)
            unanswered.insert(f.concessionId);
    }
    m_concessionModel->setLog(m_package.concessions, names, unanswered);
    fitHeightToRows(m_concessions);
}

void ReviewSheet::fillValueCase(const Offer &offer)
{
    const QLocale locale = Language::locale();
    if (!m_package.valueCase || m_package.valueCase->items.isEmpty()) {
        m_valueCase->setText(tr("No value case yet.").toHtmlEscaped());
        return;
    }
    const Result<OfferTotals> totals = computeTotals(offer);
    const Money upfront = m_package.valueCase->upfrontOverride.value_or(
        totals ? totals->total : Money::zero(offer.currency));
    const Result<ValueCaseResult> result =
        computeValueCase(*m_package.valueCase, upfront, Scenario::Expected);
    if (!result) {
        m_valueCase->setText(result.errorMessage().toHtmlEscaped());
        return;
    }
    QStringList rows{
        figure(tr("Benefit over %n month(s)", nullptr, m_package.valueCase->horizonMonths),
               result->totalBenefit.format(locale), false),
        figure(tr("Payback"),
               result->paybackMonths ? tr("%1 months").arg(locale.toString(*result->paybackMonths, 'f', 1))
                                     : tr("not within the horizon"),
               false),
        figure(tr("ROI"),
               result->roiPercent ? locale.toString(*result->roiPercent, 'f', 0) + QStringLiteral(" %")
                                  : QStringLiteral("–"),
               false),
        figure(tr("Net present value"), result->npv.format(locale), false),
    };
    m_valueCase->setText(rows.join(QStringLiteral("<br>")));
}

void ReviewSheet::retranslate()
{
    m_back->setText(tr("Back to the queue"));
    m_approve->setText(m_approveText.isEmpty() ? tr("&Approve") : m_approveText);
    m_reject->setText(m_rejectText.isEmpty() ? tr("&Reject") : m_rejectText);
    m_comment->setPlaceholderText(
        tr("Comment for the salesperson (required to reject): what should change?"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Line"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Subtotal")});
    const char *titles[] = {QT_TR_NOOP("Offer"), QT_TR_NOOP("Plan (internal)"),
                            QT_TR_NOOP("Concession log"), QT_TR_NOOP("Value case (expected)")};
    for (int i = 0; i < m_groups.size() && i < 4; ++i)
        m_groups.at(i)->setTitle(tr(titles[i]));
    m_concessionModel->retranslate();
    if (!m_package.request.offerId.isEmpty())
        fill();
}

void ReviewSheet::resizeEvent(QResizeEvent *event)
{
    m_columns->setDirection(event->size().width() < kTwoColumnWidth ? QBoxLayout::TopToBottom
                                                                    : QBoxLayout::LeftToRight);
    QWidget::resizeEvent(event);
}

void ReviewSheet::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
