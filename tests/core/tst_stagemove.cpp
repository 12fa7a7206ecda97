#include "pipeline/stagemove.h"

#include <QTest>

using namespace Sepakat;

namespace {

const QDateTime kBefore = QDateTime::fromString(QStringLiteral("2025-03-01T09:00:00Z"), Qt::ISODate);
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2025-03-20T14:30:00Z"), Qt::ISODate);

Deal dealIn(Stage stage, const QString &lostReason = {}, std::optional<int> override = {})
{
    Deal d;
    d.id = QStringLiteral("d1");
    d.title = QStringLiteral("Forklift fleet");
    d.stage = stage;
    d.stageChangedAt = kBefore;
    d.value = Money(125'000'000, QStringLiteral("IDR"));
    d.lostReason = lostReason;
    d.probabilityOverride = override;
    return d;
}

} // namespace

class TestStageMove : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data();
    void refusals();
    void allowedMoves_data();
    void allowedMoves();
    void overrideIsKept();
    void defaultFollowsTheStage();
    void lostReasonIsTrimmedAndRequired();
    void reopeningFromLostClearsTheReason();
    void otherErrorsAreNoRefusal();
    void neighbours();
};

void TestStageMove::refusals_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("reopenConfirmed");
    QTest::addColumn<StageMoveRefusal>("expected");
    const QString reason = QStringLiteral("Budget went to a competitor");
    QTest::newRow("same column") << Stage::Proposal << Stage::Proposal << QString() << false
                                 << StageMoveRefusal::SameStage;
    QTest::newRow("skips a stage") << Stage::Prospect << Stage::Proposal << QString() << false
                                   << StageMoveRefusal::Forbidden;
    QTest::newRow("won too early") << Stage::Qualified << Stage::Won << QString() << false
                                   << StageMoveRefusal::Forbidden;
    QTest::newRow("won to lost") << Stage::Won << Stage::Lost << reason << true
                                 << StageMoveRefusal::Forbidden;
    QTest::newRow("won to prospect, even confirmed")
        << Stage::Won << Stage::Prospect << QString() << true << StageMoveRefusal::Forbidden;
    QTest::newRow("lost to won") << Stage::Lost << Stage::Won << QString() << true
                                 << StageMoveRefusal::Forbidden;
    QTest::newRow("reopen won unconfirmed") << Stage::Won << Stage::Negotiation << QString()
                                            << false << StageMoveRefusal::NeedsReopen;
    QTest::newRow("reopen lost unconfirmed") << Stage::Lost << Stage::Qualified << QString()
                                             << false << StageMoveRefusal::NeedsReopen;
    QTest::newRow("lost without reason") << Stage::Negotiation << Stage::Lost << QString()
                                         << false << StageMoveRefusal::NeedsLostReason;
    QTest::newRow("lost with blank reason") << Stage::Prospect << Stage::Lost
                                            << QStringLiteral("  \t ") << false
                                            << StageMoveRefusal::NeedsLostReason;
}

void TestStageMove::refusals()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(QString, reason);
    QFETCH(bool, reopenConfirmed);
    QFETCH(StageMoveRefusal, expected);
    const Deal deal = dealIn(from, from == Stage::Lost ? QStringLiteral("Price") : QString());
    QCOMPARE(stageMoveRefusal(deal, to, reason, reopenConfirmed), expected);
    const Result<StageMove> move = planStageMove(deal, to, reason, reopenConfirmed, kNow);
    QVERIFY(!move.ok());
    QCOMPARE(refusalOf(move.error()), expected);
    QVERIFY(!move.errorMessage().isEmpty());
    if (expected == StageMoveRefusal::Forbidden)
        QCOMPARE(move.errorMessage(), transitionRefusal(from, to));
}

void TestStageMove::allowedMoves_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<bool>("reopenConfirmed");
    QTest::newRow("forward") << Stage::Prospect << Stage::Qualified << false;
    QTest::newRow("back") << Stage::Negotiation << Stage::Proposal << false;
    QTest::newRow("win from proposal") << Stage::Proposal << Stage::Won << false;
    QTest::newRow("reopen won, confirmed") << Stage::Won << Stage::Negotiation << true;
    QTest::newRow("reopen lost, confirmed") << Stage::Lost << Stage::Prospect << true;
}

void TestStageMove::allowedMoves()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(bool, reopenConfirmed);
    const Deal deal = dealIn(from);
    const Result<StageMove> move = planStageMove(deal, to, QString(), reopenConfirmed, kNow);
    QVERIFY2(move.ok(), qPrintable(move.errorMessage()));
    QCOMPARE(move->before, deal);
    QCOMPARE(move->after.stage, to);
    QCOMPARE(move->after.stageChangedAt, kNow);

    Deal expected = deal;
    expected.stage = to;
    expected.stageChangedAt = kNow;
    QCOMPARE(move->after, expected); // nothing else changed
}

void TestStageMove::overrideIsKept()
{
    const Deal deal = dealIn(Stage::Qualified, {}, 6000);
    const Result<StageMove> move = planStageMove(deal, Stage::Proposal, {}, false, kNow);
    QVERIFY(move.ok());
    QCOMPARE(move->after.probabilityOverride, std::optional(6000));
    QCOMPARE(move->after.probability(StageTable()), 6000);
}

void TestStageMove::defaultFollowsTheStage()
{
    const Deal deal = dealIn(Stage::Qualified);
    QCOMPARE(deal.probability(StageTable()), 2500);
    const Result<StageMove> move = planStageMove(deal, Stage::Proposal, {}, false, kNow);
    QVERIFY(move.ok());
    QCOMPARE(move->after.probabilityOverride, std::nullopt);
    QCOMPARE(move->after.probability(StageTable()), 5000);
}

void TestStageMove::lostReasonIsTrimmedAndRequired()
{
    const Result<StageMove> move = planStageMove(dealIn(Stage::Negotiation), Stage::Lost,
                                                 QStringLiteral("  Chose a cheaper supplier \n"),
                                                 false, kNow);
    QVERIFY2(move.ok(), qPrintable(move.errorMessage()));
    QCOMPARE(move->after.stage, Stage::Lost);
    QCOMPARE(move->after.lostReason, QStringLiteral("Chose a cheaper supplier"));
    QCOMPARE(move->before.lostReason, QString());
}

void TestStageMove::reopeningFromLostClearsTheReason()
{
    const Deal lost = dealIn(Stage::Lost, QStringLiteral("No budget this year"), 3000);
    const Result<StageMove> move =
        planStageMove(lost, Stage::Qualified, QStringLiteral("ignored"), true, kNow);
    QVERIFY(move.ok());
    QCOMPARE(move->after.lostReason, QString());
    QCOMPARE(move->after.probabilityOverride, std::optional(3000));
    QCOMPARE(move->before.lostReason, QStringLiteral("No budget this year"));
}

void TestStageMove::otherErrorsAreNoRefusal()
{
    QCOMPARE(refusalOf(Error{QStringLiteral("Disk full"), {}}), StageMoveRefusal::None);
    QCOMPARE(refusalOf(Error{QStringLiteral("Bad title"), QStringLiteral("title")}),
             StageMoveRefusal::None);
}

void TestStageMove::neighbours()
{
    QCOMPARE(stageLeft(Stage::Prospect), std::nullopt);
    QCOMPARE(stageRight(Stage::Prospect), std::optional(Stage::Qualified));
    QCOMPARE(stageLeft(Stage::Qualified), std::optional(Stage::Prospect));
    QCOMPARE(stageRight(Stage::Proposal), std::optional(Stage::Negotiation));
    QCOMPARE(stageRight(Stage::Negotiation), std::optional(Stage::Won));
    QCOMPARE(stageRight(Stage::Won), std::optional(Stage::Lost));
    QCOMPARE(stageLeft(Stage::Won), std::optional(Stage::Negotiation));
    QCOMPARE(stageLeft(Stage::Lost), std::optional(Stage::Won));
    QCOMPARE(stageRight(Stage::Lost), std::nullopt);
}

QTEST_GUILESS_MAIN(TestStageMove)
#include "tst_stagemove.moc"
