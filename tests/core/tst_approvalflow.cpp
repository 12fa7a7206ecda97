#include "negotiation/contenthash.h"
#include "samples.h"
#include "storage/approvalflow.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

class TestApprovalFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void policyComesFromTheBook();
    void breachesUseThePlanAndTradeables();
    void proposalGateReadsApprovals();
    void submitApproveSend();
    void submitNeedsABreach();
    void rejectNeedsAComment();
    void changeAfterApprovalVoidsIt();
    void changeWhilePendingVoidsTheRequest();
    void undoneChangeStaysVoided();
    void decisionsThatDoNotApply_data();
    void decisionsThatDoNotApply();
    void acceptAndDecline();
    void pendingQueue();
    void packageOfAPendingRound();

private:
    WorksheetRepository sheets() { return m_temp->book().worksheets(); }
    ApprovalFlow flow() { return ApprovalFlow(m_temp->book()); }
    // Rp 1.000.000 list, costing Rp 500.000, at the given line discount; 30 days.
    Offer saveOffer(qint64 discountBasisPoints);
    // Submits the saved offer and returns the decision that answers the request.
    ReviewDecision submitted(const Offer &offer, ApprovalStatus decision,
                             const QString &comment = {});
    OfferStatus storedStatus() { return sheets().offer(QStringLiteral("offer-1"))->status; }
    QStringList actions(int count);

    std::unique_ptr<TempBook> m_temp;
    QString m_dealId;
};

namespace {

const QLocale kEnglish(QLocale::English);

Money idr(qint64 amount)
{
    return Money(amount, QStringLiteral("IDR"));
}

} // namespace

void TestApprovalFlow::init()
{
    m_temp = std::make_unique<TempBook>();
    QVERIFY(m_temp->isValid());
    DealBook &book = m_temp->book();
    Customer customer = sampleCustomer();
    SEPAKAT_VERIFY_OK(book.customers().save(customer));
    customer = *book.customers().findByName(customer.name);
    Deal deal = sampleDeal(customer.id, Stage::Negotiation);
    deal.id = QStringLiteral("deal-1");
    SEPAKAT_VERIFY_OK(book.deals().save(deal));
    m_dealId = deal.id;
}

void TestApprovalFlow::cleanup()
{
    m_temp.reset();
}

Offer TestApprovalFlow::saveOffer(qint64 discountBasisPoints)
{
    Offer o;
    o.id = QStringLiteral("offer-1");
    o.dealId = m_dealId;
    o.offerDate = QDate(2025, 3, 1);
    OfferLine line;
    line.id = QStringLiteral("line-1");
    line.description = QStringLiteral("Licence");
    line.unitPrice = idr(1'000'000);
    line.unitCost = idr(500'000);
    line.discountBasisPoints = discountBasisPoints;
    o.lines = {line};
    const Status saved = sheets().saveOffer(o);
    if (!saved)
        qFatal("%s", qPrintable(saved.errorMessage()));
    return *sheets().offer(o.id);
}

void TestApprovalFlow::policyComesFromTheBook()
{
    QCOMPARE(flow().policy(), ApprovalPolicy());
    BookSettings settings = m_temp->book().settings().load();
    settings.approvalPolicy = {1000, 4000, 30};
    SEPAKAT_VERIFY_OK(m_temp->book().settings().save(settings));
    QCOMPARE(flow().policy(), (ApprovalPolicy{1000, 4000, 30}));

    // 12 % off passes the default 15 % but not the book's 10 %.
    const Offer offer = saveOffer(1200);
    const QList<PolicyBreach> breaches = flow().breaches(offer, kEnglish);
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches.first().reason, QStringLiteral("Discount 12 % exceeds 10 % allowed"));
}

void TestApprovalFlow::breachesUseThePlanAndTradeables()
{
    const Offer offer = saveOffer(0);
    QVERIFY(flow().breaches(offer, kEnglish).isEmpty());

    Plan plan;
    plan.dealId = m_dealId;
    plan.target = idr(1'200'000);
    plan.opening = idr(1'300'000);
    plan.walkAway = idr(1'100'000);
    SEPAKAT_VERIFY_OK(sheets().savePlan(plan));
    Tradeable gift;
    gift.dealId = m_dealId;
    gift.give = QStringLiteral("Free training day");
    gift.costToUs = idr(2'000'000);
    gift.status = TradeableStatus::Offered;
    SEPAKAT_VERIFY_OK(sheets().saveTradeable(gift));

    QStringList keys;
    for (const PolicyBreach &breach : flow().breaches(offer, kEnglish))
        keys << breach.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("below-walk-away"),
                                QStringLiteral("nothing-in-return")}));
}

void TestApprovalFlow::proposalGateReadsApprovals()
{
    QVERIFY(!flow().proposalRefusal(saveOffer(1000), kEnglish));

    const Offer offer = saveOffer(2200);
    const std::optional<ProposalRefusal> refusal = flow().proposalRefusal(offer, kEnglish);
    QVERIFY(refusal);
    QCOMPARE(refusal->message(),
             QStringLiteral("This offer needs a manager's approval: discount 22 % exceeds 15 % "
                            "allowed. Submit it for review on the Offer page."));

    Approval approval;
    approval.offerId = offer.id;
    approval.offerVersion = offer.version;
    approval.status = ApprovalStatus::Approved;
    approval.reviewer = QStringLiteral("Hendra Gunawan");
    approval.requestedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    approval.decidedAt = approval.requestedAt.addSecs(600);
    approval.contentHash = offerContentHash(offer);
    SEPAKAT_VERIFY_OK(sheets().saveApproval(approval));
    QVERIFY(!flow().proposalRefusal(offer, kEnglish));
}

ReviewDecision TestApprovalFlow::submitted(const Offer &offer, ApprovalStatus decision,
                                           const QString &comment)
{
    QString approvalId;
    const Status status =
        flow().submit(offer.id, QStringLiteral("Strategic account"), kEnglish, &approvalId);
    if (!status)
        qFatal("%s", qPrintable(status.errorMessage()));
    ReviewDecision d;
    d.approvalId = approvalId;
    d.dealId = offer.dealId;
    d.offerId = offer.id;
    d.offerVersion = offer.version;
    d.contentHash = offerContentHash(offer);
    d.decision = decision;
    d.reviewer = QStringLiteral("Hendra Gunawan");
    d.comment = comment;
    d.decidedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    d.dealTitle = QStringLiteral("CRM roll-out");
    d.customerName = QStringLiteral("PT Sinar Jaya Distribusi");
    return d;
}

QStringList TestApprovalFlow::actions(int count)
{
    QStringList result;
    for (const AuditEvent &event : m_temp->book().audit().recent(count))
        result.prepend(event.action);
    return result;
}

void TestApprovalFlow::submitApproveSend()
{
    const Offer offer = saveOffer(2200);
    QCOMPARE(flow().state(offer, kEnglish).status, OfferStatus::NeedsApproval);
    // Not yet approved: neither sent nor decided on.
    QVERIFY(!flow().move(offer.id, OfferMove::Send).ok());

    const ReviewDecision decision = submitted(offer, ApprovalStatus::Approved);
    QCOMPARE(storedStatus(), OfferStatus::Pending);
    const Approval request = sheets().approvals(offer.id).constLast();
    QCOMPARE(request.status, ApprovalStatus::Pending);
    QCOMPARE(request.submitNote, QStringLiteral("Strategic account"));
    QCOMPARE(request.reasons, QStringList{QStringLiteral("Discount 22 % exceeds 15 % allowed")});
    QCOMPARE(request.contentHash, offerContentHash(offer));
    QCOMPARE(flow().proposalRefusal(offer, kEnglish)->reason,
             QStringLiteral("This offer is waiting for a manager's approval: discount 22 % "
                            "exceeds 15 % allowed."));

    SEPAKAT_VERIFY_OK(flow().decide(decision));
    QCOMPARE(storedStatus(), OfferStatus::Approved);
    const Approval approved = sheets().approvals(offer.id).constLast();
    QCOMPARE(approved.status, ApprovalStatus::Approved);
    QCOMPARE(approved.reviewer, QStringLiteral("Hendra Gunawan"));
    QVERIFY(!flow().proposalRefusal(offer, kEnglish));

    SEPAKAT_VERIFY_OK(flow().move(offer.id, OfferMove::Send));
    QCOMPARE(storedStatus(), OfferStatus::Sent);
    QCOMPARE(actions(3), (QStringList{QStringLiteral("approval-requested"),
                                      QStringLiteral("approval-decided"),
                                      QStringLiteral("offer-status")}));
    QCOMPARE(m_temp->book().audit().recent(1).first().detail,
             QStringLiteral("Round 1: Approved → Sent"));
}

void TestApprovalFlow::submitNeedsABreach()
{
    const Offer offer = saveOffer(1000);
    const Status status = flow().submit(offer.id, {}, kEnglish);
    QVERIFY(!status.ok());
    QCOMPARE(status.errorMessage(),
             QStringLiteral("Round 1 breaks no rule of the approval policy, so it needs no "
                            "approval."));
    QVERIFY(sheets().approvals(offer.id).isEmpty());
    // Within the policy it goes straight out.
    SEPAKAT_VERIFY_OK(flow().move(offer.id, OfferMove::Send));
    QCOMPARE(storedStatus(), OfferStatus::Sent);
}

void TestApprovalFlow::rejectNeedsAComment()
{
    const Offer offer = saveOffer(2200);
    ReviewDecision decision = submitted(offer, ApprovalStatus::Rejected);
    const qint64 events = m_temp->book().audit().count();
    const Status bare = flow().decide(decision);
    QVERIFY(!bare.ok());
    QCOMPARE(bare.error().field, QStringLiteral("comment"));
    QCOMPARE(storedStatus(), OfferStatus::Pending);
    QCOMPARE(m_temp->book().audit().count(), events);

    decision.comment = QStringLiteral("Ask for a 24-month contract first.");
    SEPAKAT_VERIFY_OK(flow().decide(decision));
    QCOMPARE(storedStatus(), OfferStatus::Rejected);
    QCOMPARE(flow().proposalRefusal(offer, kEnglish)->reason,
             QStringLiteral("Hendra Gunawan rejected this offer: “Ask for a 24-month contract "
                            "first.”"));
    QCOMPARE(m_temp->book().audit().recent(1).first().detail,
             QStringLiteral("Round 1 rejected by Hendra Gunawan: “Ask for a 24-month contract "
                            "first.”"));
}

void TestApprovalFlow::changeAfterApprovalVoidsIt()
{
    const Offer offer = saveOffer(2200);
    SEPAKAT_VERIFY_OK(flow().decide(submitted(offer, ApprovalStatus::Approved)));

    // The customer note is not part of the approved content: nothing is voided.
    Offer noted = *sheets().offer(offer.id);
    noted.customerNote = QStringLiteral("Terima kasih");
    SEPAKAT_VERIFY_OK(sheets().saveOffer(noted));
    QCOMPARE(storedStatus(), OfferStatus::Approved);

    Offer changed = *sheets().offer(offer.id);
    changed.lines[0].quantityMilli = 2000;
    SEPAKAT_VERIFY_OK(sheets().saveOffer(changed));
    QCOMPARE(storedStatus(), OfferStatus::Draft);
    QCOMPARE(flow().state(*sheets().offer(offer.id), kEnglish).status,
             OfferStatus::NeedsApproval);
    QCOMPARE(sheets().approvals(offer.id).constLast().status, ApprovalStatus::Voided);
    QCOMPARE(actions(2), (QStringList{QStringLiteral("approval-voided"),
                                      QStringLiteral("offer-saved")}));
    QCOMPARE(m_temp->book().audit().recent(2).last().detail,
             QStringLiteral("Round 1: approval voided by change"));
    QVERIFY(flow().proposalRefusal(*sheets().offer(offer.id), kEnglish));
}

void TestApprovalFlow::changeWhilePendingVoidsTheRequest()
{
    const Offer offer = saveOffer(2200);
    const ReviewDecision decision = submitted(offer, ApprovalStatus::Approved);
    Offer changed = offer;
    changed.terms.paymentDays = 31;
    SEPAKAT_VERIFY_OK(sheets().saveOffer(changed));
    QCOMPARE(storedStatus(), OfferStatus::Draft);
    QCOMPARE(sheets().approvals(offer.id).constLast().status, ApprovalStatus::Voided);
    QVERIFY(flow().pendingReviews(kEnglish).isEmpty());
    // The manager's answer comes too late: it is for the content before the change.
    const Status late = flow().decide(decision);
    QVERIFY(!late.ok());
    QVERIFY2(late.errorMessage().contains(QStringLiteral("has changed since it was sent for review")),
             qPrintable(late.errorMessage()));
}

// Undo puts the old content back with its old status in the snapshot; the approval it had was
// voided and stays so: a void is history, not a state that undo can take back.
void TestApprovalFlow::undoneChangeStaysVoided()
{
    const Offer offer = saveOffer(2200);
    const ReviewDecision decision = submitted(offer, ApprovalStatus::Approved);
    SEPAKAT_VERIFY_OK(flow().decide(decision));
    const Offer approved = *sheets().offer(offer.id);
    Offer changed = approved;
    changed.lines[0].discountBasisPoints = 2300;
    SEPAKAT_VERIFY_OK(sheets().saveOffer(changed));
    SEPAKAT_VERIFY_OK(sheets().saveOffer(approved)); // the undo
    QCOMPARE(storedStatus(), OfferStatus::Draft);
    QVERIFY(flow().proposalRefusal(approved, kEnglish));
    // The decision cannot be replayed onto the restored content either.
    QVERIFY(!flow().decide(decision).ok());
}

void TestApprovalFlow::decisionsThatDoNotApply_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown offer")
        << QStringLiteral("offer") << QStringLiteral("which is not in this deal book");
    QTest::newRow("another deal") << QStringLiteral("deal") << QStringLiteral("another deal");
    QTest::newRow("other content")
        << QStringLiteral("hash") << QStringLiteral("has changed since it was sent for review");
    QTest::newRow("unknown request")
        << QStringLiteral("request") << QStringLiteral("has no review request");
    QTest::newRow("decided twice") << QStringLiteral("twice") << QStringLiteral("already decided");
}

void TestApprovalFlow::decisionsThatDoNotApply()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    const Offer offer = saveOffer(2200);
    ReviewDecision decision = submitted(offer, ApprovalStatus::Approved);
    if (change == u"offer")
        decision.offerId = QStringLiteral("offer-elsewhere");
    else if (change == u"deal")
        decision.dealId = QStringLiteral("deal-elsewhere");
    else if (change == u"hash")
        decision.contentHash = QString(64, u'a');
    else if (change == u"request")
        decision.approvalId = QStringLiteral("approval-elsewhere");
    else if (change == u"twice")
        SEPAKAT_VERIFY_OK(flow().decide(decision));
    const OfferStatus before = storedStatus();
    const QList<Approval> approvals = sheets().approvals(offer.id);
    const qint64 events = m_temp->book().audit().count();

    const Status status = flow().decide(decision);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(message), qPrintable(status.errorMessage()));
    QCOMPARE(storedStatus(), before);
    QCOMPARE(sheets().approvals(offer.id), approvals);
    QCOMPARE(m_temp->book().audit().count(), events);
}

void TestApprovalFlow::acceptAndDecline()
{
    const Offer offer = saveOffer(0);
    QVERIFY(!flow().move(offer.id, OfferMove::Accept).ok());
    SEPAKAT_VERIFY_OK(flow().move(offer.id, OfferMove::Send));
    SEPAKAT_VERIFY_OK(flow().move(offer.id, OfferMove::Accept));
    QCOMPARE(storedStatus(), OfferStatus::Accepted);
    const Status again = flow().move(offer.id, OfferMove::Decline);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorMessage(),
             QStringLiteral("Round 1 is accepted, so it cannot be marked declined."));
    QCOMPARE(storedStatus(), OfferStatus::Accepted);
}

void TestApprovalFlow::pendingQueue()
{
    QVERIFY(flow().pendingReviews(kEnglish).isEmpty());
    const Offer offer = saveOffer(2200);
    submitted(offer, ApprovalStatus::Approved);
    const QList<PendingReview> queue = flow().pendingReviews(kEnglish);
    QCOMPARE(queue.size(), 1);
    const PendingReview &row = queue.first();
    QCOMPARE(row.offer.id, offer.id);
    QCOMPARE(row.deal.id, m_dealId);
    QCOMPARE(row.customerName, QStringLiteral("PT Sinar Jaya Distribusi"));
    QCOMPARE(row.totals.netBeforeTax, idr(780'000));
    QCOMPARE(row.discountBasisPoints, std::optional<qint64>(2200));
    QCOMPARE(row.totals.marginBasisPoints, std::optional<qint64>(3590));
    QCOMPARE(row.breaches.size(), 1);
    QCOMPARE(row.approval.submitNote, QStringLiteral("Strategic account"));
    QCOMPARE(row.daysWaiting, 0);
}

void TestApprovalFlow::packageOfAPendingRound()
{
    const Offer offer = saveOffer(2200);
    QVERIFY(!flow().reviewPackage(offer.id, kEnglish).ok());
    submitted(offer, ApprovalStatus::Approved);
    const Result<ReviewPackage> package = flow().reviewPackage(offer.id, kEnglish);
    QVERIFY2(package.ok(), qPrintable(package.errorMessage()));
    QCOMPARE(package->deal.id, m_dealId);
    QCOMPARE(package->customer.name, QStringLiteral("PT Sinar Jaya Distribusi"));
    QCOMPARE(package->offers.size(), 1);
    QCOMPARE(package->request.contentHash, offerContentHash(offer));
    QCOMPARE(package->breaches.size(), 1);
    QCOMPARE(package->policy, ApprovalPolicy());
    // What is written reads back, hash and all.
    QVERIFY(readReviewPackage(writeReviewPackage(*package)).ok());
}

QTEST_GUILESS_MAIN(TestApprovalFlow)
#include "tst_approvalflow.moc"
