#pragma once

#include "domain/offer.h"
#include "negotiation/offerflow.h"

#include <QFrame>
#include <QPointer>
#include <optional>

class QLabel;
class QPushButton;

namespace Sepakat {

class BookDocument;

// Above the Offer page's lines: where the round stands on its way to the customer (Draft,
// Needs approval, Pending, Approved, Rejected, Sent, Accepted, Declined), the rules it breaks,
// the latest decision, and the one or two next steps: Submit for approval (with a note), Send
// for review (a review package file for a manager elsewhere), Import decision, Mark sent,
// Accepted, Declined. Each step is one transaction with its history event; none is undone with
// Ctrl+Z, because each was said to someone.
class OfferStatusBar final : public QFrame
{
    Q_OBJECT

public:
    explicit OfferStatusBar(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    // The round shown (nullopt: none); only the latest round takes steps.
    void showOffer(const std::optional<Offer> &offer, bool latestRound);
    // The round's status as shown (a draft that breaks a rule needs approval).
    OfferStatus status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void submit();
    void sendForReview();
    void importDecision();
    void move(OfferMove move);
    // Tells every page the worksheet changed; a refusal is shown, nothing else happens.
    void report(const Status &status, const QString &title);

    QPointer<BookDocument> m_document;
    std::optional<Offer> m_offer;
    bool m_latest = false;
    OfferStatus m_status = OfferStatus::Draft;

    QLabel *m_badge;
    QLabel *m_detail;
    QPushButton *m_submit;
    QPushButton *m_sendForReview;
    QPushButton *m_importDecision;
    QPushButton *m_markSent;
    QPushButton *m_accepted;
    QPushButton *m_declined;
};

} // namespace Sepakat
