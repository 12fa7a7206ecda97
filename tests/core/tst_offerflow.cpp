#include "negotiation/offerflow.h"

#include <QTest>

using namespace Sepakat;

class TestOfferFlow : public QObject
{
    Q_OBJECT

private slots:
    void shownStatus_data();
    void shownStatus();
    void transitions_data();
    void transitions();
    void withCustomer();
    void moveKeys();
};

namespace {

constexpr OfferStatus kStatuses[] = {OfferStatus::Draft,    OfferStatus::NeedsApproval,
                                     OfferStatus::Pending,  OfferStatus::Approved,
                                     OfferStatus::Rejected, OfferStatus::Sent,
                                     OfferStatus::Accepted, OfferStatus::Declined};
constexpr OfferMove kMoves[] = {OfferMove::Submit, OfferMove::Approve, OfferMove::Reject,
                                OfferMove::Send,   OfferMove::Accept,  OfferMove::Decline};

} // namespace

void TestOfferFlow::shownStatus_data()
{
    QTest::addColumn<OfferStatus>("stored");
    QTest::addColumn<bool>("breaks");
    QTest::addColumn<OfferStatus>("shown");
    QTest::newRow("draft within policy") << OfferStatus::Draft << false << OfferStatus::Draft;
    QTest::newRow("draft breaking a rule")
        << OfferStatus::Draft << true << OfferStatus::NeedsApproval;
    QTest::newRow("stored needs approval, rule no longer broken")
        << OfferStatus::NeedsApproval << false << OfferStatus::Draft;
    QTest::newRow("stored needs approval, still broken")
        << OfferStatus::NeedsApproval << true << OfferStatus::NeedsApproval;
    // Past the draft the status is what happened, whatever the rules say today.
    for (const OfferStatus s : {OfferStatus::Pending, OfferStatus::Approved, OfferStatus::Rejected,
                                OfferStatus::Sent, OfferStatus::Accepted, OfferStatus::Declined}) {
        QTest::addRow("%s within policy", qPrintable(offerStatusKey(s))) << s << false << s;
        QTest::addRow("%s breaking a rule", qPrintable(offerStatusKey(s))) << s << true << s;
    }
}

void TestOfferFlow::shownStatus()
{
    QFETCH(OfferStatus, stored);
    QFETCH(bool, breaks);
    QFETCH(OfferStatus, shown);
    QCOMPARE(Sepakat::shownStatus(stored, breaks), shown);
}

// Every status against every move: the allowed ones are listed, all others refused.
void TestOfferFlow::transitions_data()
{
    QTest::addColumn<OfferStatus>("from");
    QTest::addColumn<OfferMove>("move");
    QTest::addColumn<int>("to"); // -1: refused
    const QMap<QPair<OfferStatus, OfferMove>, OfferStatus> allowed{
        {{OfferStatus::NeedsApproval, OfferMove::Submit}, OfferStatus::Pending},
        {{OfferStatus::Pending, OfferMove::Approve}, OfferStatus::Approved},
        {{OfferStatus::Pending, OfferMove::Reject}, OfferStatus::Rejected},
        {{OfferStatus::Draft, OfferMove::Send}, OfferStatus::Sent},
        {{OfferStatus::Approved, OfferMove::Send}, OfferStatus::Sent},
        {{OfferStatus::Sent, OfferMove::Accept}, OfferStatus::Accepted},
        {{OfferStatus::Sent, OfferMove::Decline}, OfferStatus::Declined},
    };
    for (const OfferStatus from : kStatuses) {
        for (const OfferMove move : kMoves) {
            const auto found = allowed.constFind({from, move});
            QTest::addRow("%s %s", qPrintable(offerStatusKey(from)), qPrintable(offerMoveKey(move)))
                << from << move << (found == allowed.cend() ? -1 : int(*found));
        }
    }
}

void TestOfferFlow::transitions()
{
    QFETCH(OfferStatus, from);
    QFETCH(OfferMove, move);
    QFETCH(int, to);
    const std::optional<OfferStatus> next = statusAfter(from, move);
    QCOMPARE(next.has_value(), to >= 0);
    if (next)
        QCOMPARE(int(*next), to);
}

void TestOfferFlow::withCustomer()
{
    QStringList with;
    for (const OfferStatus s : kStatuses) {
        if (isWithCustomer(s))
            with << offerStatusKey(s);
    }
    QCOMPARE(with, (QStringList{QStringLiteral("sent"), QStringLiteral("accepted"),
                                QStringLiteral("declined")}));
}

void TestOfferFlow::moveKeys()
{
    QStringList keys;
    for (const OfferMove m : kMoves)
        keys << offerMoveKey(m);
    QCOMPARE(keys, (QStringList{QStringLiteral("submit"), QStringLiteral("approve"),
                                QStringLiteral("reject"), QStringLiteral("send"),
                                QStringLiteral("accept"), QStringLiteral("decline")}));
}

QTEST_GUILESS_MAIN(TestOfferFlow)
#include "tst_offerflow.moc"
