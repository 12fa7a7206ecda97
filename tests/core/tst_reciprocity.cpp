#include "negotiation/reciprocity.h"

#include <QTest>

using namespace Sepakat;

class TestReciprocity : public QObject
{
    Q_OBJECT

private slots:
    void tradeables_data();
    void tradeables();
    void log_data();
    void log();
    void tradeablesComeFirst();
    void messages();
};

namespace {

// "us:1 them:1 us:2": party and round per entry; ids are c1, c2, ... in log order.
QList<Concession> parseLog(const QString &text)
{
    QList<Concession> log;
    const QStringList entries = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u':');
        Concession c;
        c.id = QStringLiteral("c%1").arg(log.size() + 1);
        c.party = parts.at(0) == u"us" ? Party::Us : Party::Them;
        c.round = parts.at(1).toInt();
        c.change = QStringLiteral("Change %1").arg(log.size() + 1);
        log.append(c);
    }
    return log;
}

Tradeable tradeable(const QString &id, TradeableStatus status, const QString &ask)
{
    Tradeable t;
    t.id = id;
    t.give = QStringLiteral("Free training day");
    t.status = status;
    t.askInReturn = ask;
    return t;
}

} // namespace

void TestReciprocity::tradeables_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("ask");
    QTest::addColumn<bool>("flagged");

    const QString nothing;
    const QString ask = QStringLiteral("A 24-month contract");
    // Only something actually put on the table can be given for nothing.
    QTest::newRow("planned, no ask") << QStringLiteral("planned") << nothing << false;
    QTest::newRow("withdrawn, no ask") << QStringLiteral("withdrawn") << nothing << false;
    QTest::newRow("offered, no ask") << QStringLiteral("offered") << nothing << true;
    QTest::newRow("traded, no ask") << QStringLiteral("traded") << nothing << true;
    QTest::newRow("offered, blank ask")
        << QStringLiteral("offered") << QStringLiteral(" \t ") << true;
    QTest::newRow("offered, with ask") << QStringLiteral("offered") << ask << false;
    QTest::newRow("traded, with ask") << QStringLiteral("traded") << ask << false;
}

void TestReciprocity::tradeables()
{
    QFETCH(QString, status);
    QFETCH(QString, ask);
    QFETCH(bool, flagged);

    const Tradeable t = tradeable(QStringLiteral("t1"), tradeableStatusFromKey(status), ask);
    QCOMPARE(isGivenWithoutAsk(t), flagged);
    const QList<ReciprocityFinding> findings = checkReciprocity({t}, {});
    QCOMPARE(findings.size(), flagged ? 1 : 0);
    if (flagged) {
        QCOMPARE(findings.first().kind, ReciprocityKind::TradeableWithoutAsk);
        QCOMPARE(findings.first().tradeableId, QStringLiteral("t1"));
    }
}

void TestReciprocity::log_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<QStringList>("flagged"); // concession ids

    QTest::newRow("answered in the same round") << QStringLiteral("us:1 them:1") << QStringList();
    QTest::newRow("their answer logged first") << QStringLiteral("them:1 us:1") << QStringList();
    QTest::newRow("nothing back") << QStringLiteral("us:1") << QStringList{QStringLiteral("c1")};
    // Their move in round 2 does not answer our round-1 concession.
    QTest::newRow("answer in another round")
        << QStringLiteral("us:1 them:2 us:2") << QStringList{QStringLiteral("c1")};
    // One answer covers every concession of ours in that round.
    QTest::newRow("one answer covers the round")
        << QStringLiteral("us:1 us:1 them:1") << QStringList();
    QTest::newRow("each unanswered concession flagged")
        << QStringLiteral("us:1 us:1 us:2 them:3")
        << QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")};
    QTest::newRow("only their concessions") << QStringLiteral("them:1 them:2") << QStringList();
    QTest::newRow("empty log") << QString() << QStringList();
}

void TestReciprocity::log()
{
    QFETCH(QString, log);
    QFETCH(QStringList, flagged);

    QStringList ids;
    for (const ReciprocityFinding &f : checkReciprocity({}, parseLog(log))) {
        QCOMPARE(f.kind, ReciprocityKind::ConcessionUnanswered);
        QVERIFY(!f.message.isEmpty());
        ids.append(f.concessionId);
    }
    QCOMPARE(ids, flagged);
}

void TestReciprocity::tradeablesComeFirst()
{
    const QList<ReciprocityFinding> findings =
        checkReciprocity({tradeable(QStringLiteral("t1"), TradeableStatus::Offered, {})},
                         parseLog(QStringLiteral("us:2")));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).kind, ReciprocityKind::TradeableWithoutAsk);
    QCOMPARE(findings.at(1).kind, ReciprocityKind::ConcessionUnanswered);
    QCOMPARE(findings.at(1).round, 2);
    QCOMPARE(reciprocityKindKey(findings.at(1).kind), QStringLiteral("concession-unanswered"));
}

void TestReciprocity::messages()
{
    Tradeable t = tradeable(QStringLiteral("t1"), TradeableStatus::Traded, {});
    t.give = QStringLiteral("  Extended warranty ");
    QList<Concession> log = parseLog(QStringLiteral("us:3"));
    log[0].change = QStringLiteral("Price down 5 %");
    const QList<ReciprocityFinding> findings = checkReciprocity({t}, log);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).message,
             QStringLiteral("\"Extended warranty\" is given with nothing asked in return."));
    QCOMPARE(findings.at(1).message,
             QStringLiteral("Round 3: \"Price down 5 %\" was given and the customer gave nothing "
                            "in that round."));
}

QTEST_GUILESS_MAIN(TestReciprocity)
#include "tst_reciprocity.moc"
