#include "negotiation/contenthash.h"
#include "negotiation/proposalgate.h"

#include <QTest>

using namespace Sepakat;


class TestProposalGate : public QObject
{
    Q_OBJECT

private slots:
    void gate_data();
    void gate();
    void approvalOfOtherContentDoesNotCount();
    void latestDecisionOfTheContentSpeaks();
    void messageJoinsReasonAndWhatToDo();
};

namespace {

Offer sampleOffer()
{
    Offer o;
    o.id = QStringLiteral("offer-1");
    o.dealId = QStringLiteral("deal-1");
    OfferLine line;
    line.description = QStringLiteral("Licence");
    line.unitPrice = Money(1'000'000, QStringLiteral("IDR"));
    line.discountBasisPoints = 2200;
    o.lines = {line};
    return o;
}

PolicyBreach discountBreach()
{
    return PolicyBreach{PolicyRule::Discount, policyRuleKey(PolicyRule::Discount),
                        QStringLiteral("Discount 22 % exceeds 15 % allowed")};
}

PolicyBreach paymentBreach()
{
    return PolicyBreach{PolicyRule::PaymentDays, policyRuleKey(PolicyRule::PaymentDays),
                        QStringLiteral("Payment terms of 60 days exceed the 45 days allowed")};
}

Approval approval(ApprovalStatus status, const QString &hash, int minute = 0)
{
    Approval a;
    a.offerId = QStringLiteral("offer-1");
    a.status = status;
    a.contentHash = hash;
    a.requestedAt = QDateTime(QDate(2025, 3, 1), QTime(9, minute), Qt::UTC);
    if (status == ApprovalStatus::Approved || status == ApprovalStatus::Rejected) {
        a.reviewer = QStringLiteral("Hendra Gunawan");
        a.decidedAt = a.requestedAt.addSecs(3600);
    }
    if (status == ApprovalStatus::Rejected)
        a.comment = QStringLiteral("Ask for a 24-month contract first.");
    return a;
}

} // namespace

void TestProposalGate::gate_data()
{
    const QString hash = offerContentHash(sampleOffer());
    QTest::addColumn<QList<PolicyBreach>>("breaches");
    QTest::addColumn<QList<Approval>>("approvals");
    QTest::addColumn<QString>("reason"); // empty: the proposal may be made
    QTest::addColumn<QString>("whatToDo");

    QTest::newRow("no rule broken, never submitted") << QList<PolicyBreach>() << QList<Approval>()
                                                     << QString() << QString();
    QTest::newRow("no rule broken, even after a rejection")
        << QList<PolicyBreach>() << QList<Approval>{approval(ApprovalStatus::Rejected, hash)}
        << QString() << QString();
    QTest::newRow("needs approval, never submitted")
        << QList<PolicyBreach>{discountBreach()} << QList<Approval>()
        << QStringLiteral("This offer needs a manager's approval: discount 22 % exceeds 15 % "
                          "allowed.")
        << QStringLiteral("Submit it for review on the Offer page.");
    QTest::newRow("two reasons in one sentence")
        << QList<PolicyBreach>{discountBreach(), paymentBreach()} << QList<Approval>()
        << QStringLiteral("This offer needs a manager's approval: discount 22 % exceeds 15 % "
                          "allowed; payment terms of 60 days exceed the 45 days allowed.")
        << QStringLiteral("Submit it for review on the Offer page.");
    QTest::newRow("waiting for the decision")
        << QList<PolicyBreach>{discountBreach()}
        << QList<Approval>{approval(ApprovalStatus::Pending, hash)}
        << QStringLiteral("This offer is waiting for a manager's approval: discount 22 % exceeds "
                          "15 % allowed.")
        << QStringLiteral("Export the proposal once it is approved; the Offer page shows when.");
    QTest::newRow("rejected")
        << QList<PolicyBreach>{discountBreach()}
        << QList<Approval>{approval(ApprovalStatus::Rejected, hash)}
        << QStringLiteral("Hendra Gunawan rejected this offer: “Ask for a 24-month contract "
                          "first.”")
        << QStringLiteral("Change the offer on the Offer page and submit it for review again.");
    QTest::newRow("approved for this content")
        << QList<PolicyBreach>{discountBreach()}
        << QList<Approval>{approval(ApprovalStatus::Approved, hash)} << QString() << QString();
    QTest::newRow("approval voided by a change")
        << QList<PolicyBreach>{discountBreach()}
        << QList<Approval>{approval(ApprovalStatus::Voided, hash)}
        << QStringLiteral("This offer needs a manager's approval: discount 22 % exceeds 15 % "
                          "allowed.")
        << QStringLiteral("Submit it for review on the Offer page.");
}

void TestProposalGate::gate()
{
    QFETCH(QList<PolicyBreach>, breaches);
    QFETCH(QList<Approval>, approvals);
    QFETCH(QString, reason);
    QFETCH(QString, whatToDo);
    const std::optional<ProposalRefusal> refusal =
        checkProposal(sampleOffer(), breaches, approvals);
    QCOMPARE(refusal.has_value(), !reason.isEmpty());
    if (refusal) {
        QCOMPARE(refusal->reason, reason);
        QCOMPARE(refusal->whatToDo, whatToDo);
    }
}

// Approved, then the price changed: the approval was for other content and does not carry over.
void TestProposalGate::approvalOfOtherContentDoesNotCount()
{
    const Approval approved = approval(ApprovalStatus::Approved, offerContentHash(sampleOffer()));
    Offer changed = sampleOffer();
    changed.lines[0].discountBasisPoints = 2300;
    const std::optional<ProposalRefusal> refusal =
        checkProposal(changed, {discountBreach()}, {approved});
    QVERIFY(refusal);
    QVERIFY(refusal->reason.startsWith(QStringLiteral("This offer needs a manager's approval")));

    // A rejection of other content says nothing about this content either.
    const Approval rejected = approval(ApprovalStatus::Rejected, offerContentHash(sampleOffer()));
    QCOMPARE(checkProposal(changed, {discountBreach()}, {rejected})->whatToDo,
             QStringLiteral("Submit it for review on the Offer page."));
}

void TestProposalGate::latestDecisionOfTheContentSpeaks()
{
    const QString hash = offerContentHash(sampleOffer());
    // Rejected, then submitted again unchanged: waiting, not rejected.
    const std::optional<ProposalRefusal> waiting = checkProposal(
        sampleOffer(), {discountBreach()},
        {approval(ApprovalStatus::Rejected, hash, 1), approval(ApprovalStatus::Pending, hash, 2)});
    QVERIFY(waiting);
    QVERIFY(waiting->reason.startsWith(QStringLiteral("This offer is waiting")));
    // An approval anywhere in the list for this content opens the gate.
    QVERIFY(!checkProposal(sampleOffer(), {discountBreach()},
                           {approval(ApprovalStatus::Approved, hash, 1),
                            approval(ApprovalStatus::Pending, QStringLiteral("other"), 2)}));
}

void TestProposalGate::messageJoinsReasonAndWhatToDo()
{
    const ProposalRefusal refusal{QStringLiteral("Why."), QStringLiteral("What to do.")};
    QCOMPARE(refusal.message(), QStringLiteral("Why. What to do."));
}

QTEST_GUILESS_MAIN(TestProposalGate)
#include "tst_proposalgate.moc"
