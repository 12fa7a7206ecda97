#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/valuecase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Sepakat;

// Keys are written to deal books: a changed key silently breaks every existing file, so the
// exact spelling of each one is pinned here.
class TestDomainKeys : public QObject
{
    Q_OBJECT

private slots:
    void keysAreStable();
    void roundTrip();
    void unknownKeysFallBack();
    void namesAreTranslatableText();
};

namespace {

template<typename E> struct Functions
{
    QString (*key)(E);
    E (*fromKey)(const QString &);
    QString (*name)(E);
};

template<typename E> void checkRoundTrip(const Functions<E> &f, std::initializer_list<E> values)
{
    static const QRegularExpression stable(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    QSet<QString> seen;
    for (const E value : values) {
        const QString key = f.key(value);
        QVERIFY2(stable.match(key).hasMatch(), qPrintable(key));
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QCOMPARE(f.fromKey(key), value);
        QCOMPARE(f.fromKey(key.toUpper()), value);
        QVERIFY(!f.name(value).isEmpty());
    }
}

} // namespace

void TestDomainKeys::keysAreStable()
{
    QCOMPARE(companySizeKey(CompanySize::Enterprise), QStringLiteral("enterprise"));
    QCOMPARE(priorityKey(Priority::Must), QStringLiteral("must"));
    QCOMPARE(priorityKey(Priority::Should), QStringLiteral("should"));
    QCOMPARE(priorityKey(Priority::Could), QStringLiteral("could"));
    QCOMPARE(offerStatusKey(OfferStatus::NeedsApproval), QStringLiteral("needs-approval"));
    QCOMPARE(offerStatusKey(OfferStatus::Pending), QStringLiteral("pending"));
    QCOMPARE(offerStatusKey(OfferStatus::Declined), QStringLiteral("declined"));
    QCOMPARE(supportLevelKey(SupportLevel::Dedicated), QStringLiteral("dedicated"));
    QCOMPARE(tradeableKindKey(TradeableKind::PaymentTerms), QStringLiteral("payment-terms"));
    QCOMPARE(tradeableStatusKey(TradeableStatus::Withdrawn), QStringLiteral("withdrawn"));
    QCOMPARE(approvalStatusKey(ApprovalStatus::Voided), QStringLiteral("voided"));
    QCOMPARE(partyKey(Party::Them), QStringLiteral("them"));
    QCOMPARE(negotiationStyleKey(NegotiationStyle::Informal), QStringLiteral("informal"));
    QCOMPARE(savingsKindKey(SavingsKind::Money), QStringLiteral("money"));
}

void TestDomainKeys::roundTrip()
{
    using CS = CompanySize;
    checkRoundTrip<CS>({companySizeKey, companySizeFromKey, companySizeName},
                       {CS::Unknown, CS::Small, CS::Medium, CS::Large, CS::Enterprise});
    checkRoundTrip<Priority>({priorityKey, priorityFromKey, priorityName},
                             {Priority::Must, Priority::Should, Priority::Could});
    using OS = OfferStatus;
    checkRoundTrip<OS>({offerStatusKey, offerStatusFromKey, offerStatusName},
                       {OS::Draft, OS::NeedsApproval, OS::Pending, OS::Approved, OS::Rejected,
                        OS::Sent, OS::Accepted, OS::Declined});
    using SL = SupportLevel;
    checkRoundTrip<SL>({supportLevelKey, supportLevelFromKey, supportLevelName},
                       {SL::None, SL::Standard, SL::Priority, SL::Dedicated});
    using TK = TradeableKind;
    checkRoundTrip<TK>({tradeableKindKey, tradeableKindFromKey, tradeableKindName},
                       {TK::Price, TK::PaymentTerms, TK::Support, TK::Delivery, TK::Training,
                        TK::Warranty, TK::Quality, TK::Other});
    using TS = TradeableStatus;
    checkRoundTrip<TS>({tradeableStatusKey, tradeableStatusFromKey, tradeableStatusName},
                       {TS::Planned, TS::Offered, TS::Traded, TS::Withdrawn});
    using AS = ApprovalStatus;
    checkRoundTrip<AS>({approvalStatusKey, approvalStatusFromKey, approvalStatusName},
                       {AS::Pending, AS::Approved, AS::Rejected, AS::Voided});
    checkRoundTrip<Party>({partyKey, partyFromKey, partyName}, {Party::Us, Party::Them});
    checkRoundTrip<NegotiationStyle>(
        {negotiationStyleKey, negotiationStyleFromKey, negotiationStyleName},
        {NegotiationStyle::Formal, NegotiationStyle::Informal});
    checkRoundTrip<SavingsKind>({savingsKindKey, savingsKindFromKey, savingsKindName},
                                {SavingsKind::Time, SavingsKind::Money});
}

void TestDomainKeys::unknownKeysFallBack()
{
    const QString unknown = QStringLiteral("from-a-newer-version");
    QCOMPARE(companySizeFromKey(unknown), CompanySize::Unknown);
    QCOMPARE(priorityFromKey(unknown), Priority::Should);
    QCOMPARE(offerStatusFromKey(unknown), OfferStatus::Draft);
    QCOMPARE(supportLevelFromKey(unknown), SupportLevel::Standard);
    QCOMPARE(tradeableKindFromKey(unknown), TradeableKind::Other);
    QCOMPARE(tradeableStatusFromKey(unknown), TradeableStatus::Planned);
    QCOMPARE(approvalStatusFromKey(unknown), ApprovalStatus::Pending);
    QCOMPARE(priorityFromKey(QString()), Priority::Should);
}

void TestDomainKeys::namesAreTranslatableText()
{
    // Without a translator the English source text comes back.
    QCOMPARE(priorityName(Priority::Must), QStringLiteral("Must have"));
    QCOMPARE(offerStatusName(OfferStatus::NeedsApproval), QStringLiteral("Needs approval"));
    QCOMPARE(tradeableKindName(TradeableKind::PaymentTerms), QStringLiteral("Payment terms"));
}

QTEST_GUILESS_MAIN(TestDomainKeys)
#include "tst_domainkeys.moc"
