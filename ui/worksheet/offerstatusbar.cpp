#include "worksheet/offerstatusbar.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "review/reviewfiledialogs.h"
#include "storage/approvalflow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

// Background and text colour of the status badge: calm for the normal way, amber where a
// manager is needed, red for a no.
std::pair<QColor, QColor> badgeColors(OfferStatus status)
{
    switch (status) {
    case OfferStatus::NeedsApproval:
    case OfferStatus::Pending:
        return {QColor(0xfe, 0xf3, 0xc7), QColor(0x92, 0x40, 0x0e)};
    case OfferStatus::Approved:
    case OfferStatus::Accepted:
        return {QColor(0xdc, 0xfc, 0xe7), QColor(0x16, 0x65, 0x34)};
    case OfferStatus::Rejected:
    case OfferStatus::Declined:
        return {QColor(0xfe, 0xe2, 0xe2), QColor(0x99, 0x1b, 0x1b)};
    case OfferStatus::Sent:
        return {QColor(0xdb, 0xea, 0xfe), QColor(0x1e, 0x40, 0xaf)};
    case OfferStatus::Draft:
        break;
    }
    return {QColor(0xe5, 0xe7, 0xeb), QColor(0x37, 0x41, 0x51)};
}

} // namespace

OfferStatusBar::OfferStatusBar(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_sendForReview(new QPushButton(this))
    , m_importDecision(new QPushButton(this))
    , m_markSent(new QPushButton(this))
    , m_accepted(new QPushButton(this))
    , m_declined(new QPushButton(this))
{
    setObjectName(QStringLiteral("offerStatusBar"));
    m_badge->setObjectName(QStringLiteral("offerStatusBadge"));
    m_detail->setObjectName(QStringLiteral("offerStatusDetail"));
    m_submit->setObjectName(QStringLiteral("submitForApprovalButton"));
    m_sendForReview->setObjectName(QStringLiteral("sendForReviewButton"));
    m_importDecision->setObjectName(QStringLiteral("importDecisionButton"));
    m_markSent->setObjectName(QStringLiteral("markSentButton"));
    m_accepted->setObjectName(QStringLiteral("markAcceptedButton"));
    m_declined->setObjectName(QStringLiteral("markDeclinedButton"));
    setFrameShape(QFrame::StyledPanel);
    m_badge->setMargin(4);
    QFont bold = m_badge->font();
    bold.setBold(true);
    m_badge->setFont(bold);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *button : {m_submit, m_sendForReview, m_importDecision, m_markSent,
                                m_accepted, m_declined})
        buttons->addWidget(button);
    auto *top = new QHBoxLayout;
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addWidget(m_detail, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &OfferStatusBar::submit);
    connect(m_sendForReview, &QPushButton::clicked, this, &OfferStatusBar::sendForReview);
    connect(m_importDecision, &QPushButton::clicked, this, &OfferStatusBar::importDecision);
    connect(m_markSent, &QPushButton::clicked, this, [this] { move(OfferMove::Send); });
    connect(m_accepted, &QPushButton::clicked, this, [this] { move(OfferMove::Accept); });
    connect(m_declined, &QPushButton::clicked, this, [this] { move(OfferMove::Decline); });
    retranslate();
}

void OfferStatusBar::setDocument(BookDocument *document)
{
    m_document = document;
    m_offer.reset();
    refresh();
}

void OfferStatusBar::showOffer(const std::optional<Offer> &offer, bool latestRound)
{
    m_offer = offer;
    m_latest = latestRound;
    refresh();
}

void OfferStatusBar::refresh()
{
    const bool writable = m_document && !m_document->isReadOnly() && m_latest;
    std::optional<OfferState> state;
    if (m_document && m_offer)
        state = ApprovalFlow(m_document->book()).state(*m_offer, Language::locale());
    m_status = state ? state->status : OfferStatus::Draft;
    const auto [background, foreground] = badgeColors(m_status);
    m_badge->setText(offerStatusName(m_status));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; }")
                               .arg(background.name(), foreground.name()));

    QStringList lines;
    const std::optional<Approval> &latest = state ? state->latestApproval : std::nullopt;
    const QLocale locale = Language::locale();
    const auto when = [&locale](const QDateTime &time) {
        return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    switch (m_status) {
    case OfferStatus::Draft:
        lines << tr("Within the approval policy: it can go to the customer as it is.");
        break;
    case OfferStatus::NeedsApproval:
        lines << tr("A manager's approval is needed before this offer goes to the customer:");
        break;
    case OfferStatus::Pending:
        if (latest)
            lines << tr("Submitted %1; waiting for a manager. Any change to the offer withdraws "
                        "the request.")
                         .arg(when(latest->requestedAt));
        break;
    case OfferStatus::Approved:
        if (latest)
            lines << tr("Approved by %1 on %2 for exactly this content: any change voids the "
                        "approval.")
                         .arg(latest->reviewer, when(latest->decidedAt));
        break;
    case OfferStatus::Rejected:
        if (latest)
            lines << tr("Rejected by %1 on %2: “%3” Change the offer and submit it again.")
                         .arg(latest->reviewer, when(latest->decidedAt), latest->comment);
        break;
    case OfferStatus::Sent:
        lines << tr("With the customer. Changes go into a new round (Ctrl+Shift+R).");
        break;
    case OfferStatus::Accepted:
    case OfferStatus::Declined:
        lines << tr("The customer's answer is recorded. A new round starts from this one.");
        break;
    }
    if (state && (m_status == OfferStatus::NeedsApproval || m_status == OfferStatus::Pending)) {
        for (const PolicyBreach &breach : state->breaches)
            lines << QStringLiteral("• ") + breach.reason;
    }
    if (m_status == OfferStatus::NeedsApproval && latest && latest->status == ApprovalStatus::Voided)
        lines << tr("The earlier approval was voided by a change.");
    m_detail->setText(lines.join(u'\n'));

    const auto allowed = [&](OfferMove move) {
        return writable && statusAfter(m_status, move).has_value();
    };
    m_submit->setVisible(allowed(OfferMove::Submit));
    m_sendForReview->setVisible(writable && m_status == OfferStatus::Pending);
    m_importDecision->setVisible(writable && m_status == OfferStatus::Pending);
    m_markSent->setVisible(allowed(OfferMove::Send));
    m_accepted->setVisible(allowed(OfferMove::Accept));
    m_declined->setVisible(allowed(OfferMove::Decline));
    setVisible(m_offer.has_value());
}

void OfferStatusBar::submit()
{
    if (!m_document || !m_offer)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Submit for approval"),
        tr("A short note for the manager: why this offer, what the customer gives back?"),
        QString(), &ok);
    if (!ok)
        return;
    report(ApprovalFlow(m_document->book()).submit(m_offer->id, note, Language::locale()),
           tr("Not submitted"));
}

void OfferStatusBar::sendForReview()
{
    if (!m_document || !m_offer)
        return;
    const Result<ReviewPackage> package =
        ApprovalFlow(m_document->book()).reviewPackage(m_offer->id, Language::locale());
    if (!package) {
        QMessageBox::warning(this, tr("Review package not written"), package.errorMessage());
        return;
    }
    ReviewFileDialogs::savePackage(this, *package);
}

void OfferStatusBar::importDecision()
{
    if (!m_document)
        return;
    if (ReviewFileDialogs::importDecision(this, m_document))
        refresh();
}

void OfferStatusBar::move(OfferMove move)
{
    if (!m_document || !m_offer)
        return;
    report(ApprovalFlow(m_document->book()).move(m_offer->id, move), tr("Status not changed"));
}

void OfferStatusBar::report(const Status &status, const QString &title)
{
    if (!status) {
        QMessageBox::warning(this, title, status.errorMessage());
        return;
    }
    m_document->notifyChanged(BookDocument::Part::Worksheet);
}

void OfferStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void OfferStatusBar::retranslate()
{
    m_submit->setText(tr("Submit for approval…"));
    m_submit->setToolTip(tr("Ask a manager to approve this round, with a short note"));
    m_sendForReview->setText(tr("Send for review…"));
    m_sendForReview->setToolTip(
        tr("Write a review package file for a manager on another computer"));
    m_importDecision->setText(tr("Import decision…"));
    m_importDecision->setToolTip(tr("Apply a manager's decision file to this round"));
    m_markSent->setText(tr("Mark sent"));
    m_markSent->setToolTip(tr("The proposal went to the customer"));
    m_accepted->setText(tr("Accepted"));
    m_accepted->setToolTip(tr("The customer accepted this round"));
    m_declined->setText(tr("Declined"));
    m_declined->setToolTip(tr("The customer declined this round"));
    refresh();
}

} // namespace Sepakat
