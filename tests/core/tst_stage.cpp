#include "domain/stage.h"

#include <QTest>

using namespace Sepakat;

Q_DECLARE_METATYPE(Sepakat::Stage)
Q_DECLARE_METATYPE(Sepakat::Transition)

class TestStage : public QObject
{
    Q_OBJECT

private slots:
    void transitionTable_data();
    void transitionTable();
    void everyPairIsCovered();
    void refusalNamesBothStages_data();
    void refusalNamesBothStages();
    void defaults_data();
    void defaults();
    void keyRoundTrip_data();
    void keyRoundTrip();
    void unknownKey();
    void fromName_data();
    void fromName();
    void closedStages();
    void tableValidation_data();
    void tableValidation();
    void defaultTableIsValid();
};

namespace {

const char *shortName(Stage s)
{
    static const char *names[] = {"Prospect",    "Qualified", "Proposal",
                                  "Negotiation", "Won",       "Lost"};
    return names[static_cast<int>(s)];
}

} // namespace

// The intended table, written out in full rather than derived, so a change to stage.cpp must
// be matched here on purpose. Rows: from; columns: to, in the order of kAllStages.
//   S = Same, A = Allowed, R = Reopen, F = Forbidden
void TestStage::transitionTable_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<Transition>("expected");

    static const char *table[kStageCount] = {
        //        Pro Qua Prp Neg Won Lost
        /* Pro */ "SAFFFA",
        /* Qua */ "ASAFFA",
        /* Prp */ "FASAAA",
        /* Neg */ "FFASAA",
        /* Won */ "FFFRSF",
        /* Lst */ "RRRRFS",
    };
    for (const Stage from : kAllStages) {
        for (const Stage to : kAllStages) {
            const char code = table[static_cast<int>(from)][static_cast<int>(to)];
            const Transition expected = code == 'S'   ? Transition::Same
                                        : code == 'A' ? Transition::Allowed
                                        : code == 'R' ? Transition::Reopen
                                                      : Transition::Forbidden;
            QTest::addRow("%s -> %s", shortName(from), shortName(to)) << from << to << expected;
        }
    }
}

void TestStage::transitionTable()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(Transition, expected);
    QCOMPARE(transition(from, to), expected);
}

void TestStage::everyPairIsCovered()
{
    int allowed = 0, reopen = 0, forbidden = 0, same = 0;
    for (const Stage from : kAllStages) {
        for (const Stage to : kAllStages) {
            switch (transition(from, to)) {
            case Transition::Same:
                ++same;
                break;
            case Transition::Allowed:
                ++allowed;
                break;
            case Transition::Reopen:
                ++reopen;
                break;
            case Transition::Forbidden:
                ++forbidden;
                break;
            }
        }
    }
    QCOMPARE(same, 6);
    QCOMPARE(allowed, 12); // 6 neighbour steps, 4 to Lost, 2 to Won
    QCOMPARE(reopen, 5);   // Won -> Negotiation, Lost -> 4 open stages
    QCOMPARE(forbidden, 13);
}

void TestStage::refusalNamesBothStages_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("skip a stage") << Stage::Prospect << Stage::Proposal
                                  << QStringLiteral("Proposal");
    QTest::newRow("win too early") << Stage::Qualified << Stage::Won << QStringLiteral("Qualified");
    QTest::newRow("won to prospect")
        << Stage::Won << Stage::Prospect << QStringLiteral("Negotiation");
    QTest::newRow("lost to won") << Stage::Lost << Stage::Won << QStringLiteral("Won");
}

void TestStage::refusalNamesBothStages()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(QString, mustMention);
    QCOMPARE(transition(from, to), Transition::Forbidden);
    const QString message = transitionRefusal(from, to);
    QVERIFY2(message.contains(mustMention), qPrintable(message));
}

void TestStage::defaults_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("probability");
    QTest::newRow("prospect") << Stage::Prospect << 1000;
    QTest::newRow("qualified") << Stage::Qualified << 2500;
    QTest::newRow("proposal") << Stage::Proposal << 5000;
    QTest::newRow("negotiation") << Stage::Negotiation << 7500;
    QTest::newRow("won") << Stage::Won << 10000;
    QTest::newRow("lost") << Stage::Lost << 0;
}

void TestStage::defaults()
{
    QFETCH(Stage, stage);
    QFETCH(int, probability);
    const StageTable table;
    QCOMPARE(table.setting(stage).probabilityBasisPoints, probability);
    QVERIFY(table.setting(stage).staleDays >= 0);
    if (isClosed(stage))
        QCOMPARE(table.setting(stage).staleDays, 0); // closed deals never go stale
    else
        QVERIFY(table.setting(stage).staleDays > 0);
}

void TestStage::keyRoundTrip_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("englishName");
    QTest::addColumn<QString>("indonesianName");
    QTest::newRow("prospect") << Stage::Prospect << "prospect"
                              << "Prospect"
                              << "Prospek";
    QTest::newRow("qualified") << Stage::Qualified << "qualified"
                               << "Qualified"
                               << "Terkualifikasi";
    QTest::newRow("proposal") << Stage::Proposal << "proposal"
                              << "Proposal"
                              << "Proposal";
    QTest::newRow("negotiation") << Stage::Negotiation << "negotiation"
                                 << "Negotiation"
                                 << "Negosiasi";
    QTest::newRow("won") << Stage::Won << "won"
                         << "Won"
                         << "Menang";
    QTest::newRow("lost") << Stage::Lost << "lost"
                          << "Lost"
                          << "Kalah";
}

void TestStage::keyRoundTrip()
{
    QFETCH(Stage, stage);
    QFETCH(QString, key);
    QFETCH(QString, englishName);
    QFETCH(QString, indonesianName);
    QCOMPARE(stageKey(stage), key);
    QCOMPARE(stageFromKey(key), std::optional<Stage>(stage));
    // No translator is installed in this test, so the name is the English source text.
    QCOMPARE(stageName(stage), englishName);
    QCOMPARE(stageFromName(englishName), std::optional<Stage>(stage));
    QCOMPARE(stageFromName(indonesianName), std::optional<Stage>(stage));
    QCOMPARE(stageFromName(indonesianName.toUpper()), std::optional<Stage>(stage));
    QCOMPARE(stageFromName(QStringLiteral("  ") + key + QStringLiteral(" ")),
             std::optional<Stage>(stage));
}

void TestStage::unknownKey()
{
    QVERIFY(!stageFromKey(QStringLiteral("Prospect"))); // keys are exact
    QVERIFY(!stageFromKey(QString()));
    QVERIFY(!stageFromKey(QStringLiteral("closed")));
}

void TestStage::fromName_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unknown") << "Closed";
    QTest::newRow("partial") << "Nego";
}

void TestStage::fromName()
{
    QFETCH(QString, text);
    QVERIFY(!stageFromName(text));
}

void TestStage::closedStages()
{
    QVERIFY(isClosed(Stage::Won));
    QVERIFY(isClosed(Stage::Lost));
    QVERIFY(!isClosed(Stage::Prospect));
    QVERIFY(!isClosed(Stage::Qualified));
    QVERIFY(!isClosed(Stage::Proposal));
    QVERIFY(!isClosed(Stage::Negotiation));
}

void TestStage::tableValidation_data()
{
    QTest::addColumn<int>("probability");
    QTest::addColumn<int>("staleDays");
    QTest::addColumn<int>("problems");
    QTest::newRow("edges are fine") << 10000 << 3650 << 0;
    QTest::newRow("zero is fine") << 0 << 0 << 0;
    QTest::newRow("probability above 100 %") << 10001 << 14 << 1;
    QTest::newRow("negative probability") << -1 << 14 << 1;
    QTest::newRow("negative stale days") << 5000 << -1 << 1;
    QTest::newRow("stale days too many") << 5000 << 3651 << 1;
    QTest::newRow("both wrong") << 20000 << -5 << 2;
}

void TestStage::tableValidation()
{
    QFETCH(int, probability);
    QFETCH(int, staleDays);
    QFETCH(int, problems);
    StageTable table;
    table.setSetting(Stage::Proposal, {probability, staleDays});
    const QStringList messages = table.validate();
    QCOMPARE(messages.size(), problems);
    for (const QString &m : messages)
        QVERIFY2(m.contains(QStringLiteral("Proposal")), qPrintable(m));
    QCOMPARE(table == StageTable(), probability == 5000 && staleDays == 21);
}

void TestStage::defaultTableIsValid()
{
    QVERIFY(StageTable().validate().isEmpty());
}

QTEST_GUILESS_MAIN(TestStage)
#include "tst_stage.moc"
