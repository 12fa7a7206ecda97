#include "negotiation/qualificationverdict.h"

#include <QTest>

using namespace Sepakat;

class TestQualificationVerdict : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data();
    void verdict();
    void texts_data();
    void texts();
};

void TestQualificationVerdict::verdict_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("authority");
    QTest::addColumn<int>("need");
    QTest::addColumn<int>("timing");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("gap");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("percent");

    const int budget = static_cast<int>(QualificationDimension::Budget);
    const int authority = static_cast<int>(QualificationDimension::Authority);
    const int need = static_cast<int>(QualificationDimension::Need);
    const int timing = static_cast<int>(QualificationDimension::Timing);
    const auto kind = [](FitKind k) { return static_cast<int>(k); };
    QTest::newRow("nothing scored") << 0 << 0 << 0 << 0 << kind(FitKind::Unscored) << budget << 0 << 0;
    QTest::newRow("all confirmed") << 3 << 3 << 3 << 3 << kind(FitKind::StrongFit) << budget << 12 << 100;
    QTest::newRow("strong at ten, each two") << 3 << 3 << 2 << 2 << kind(FitKind::StrongFit) << budget << 10 << 83;
    QTest::newRow("ten with a one is good") << 3 << 3 << 3 << 1 << kind(FitKind::GoodFit) << budget << 10 << 83;
    QTest::newRow("nine is good") << 3 << 2 << 2 << 2 << kind(FitKind::GoodFit) << budget << 9 << 75;
    QTest::newRow("seven is good") << 2 << 2 << 2 << 1 << kind(FitKind::GoodFit) << budget << 7 << 58;
    QTest::newRow("six is weak") << 2 << 2 << 1 << 1 << kind(FitKind::WeakFit) << budget << 6 << 50;
    QTest::newRow("all ones") << 1 << 1 << 1 << 1 << kind(FitKind::WeakFit) << budget << 4 << 33;
    QTest::newRow("no budget beats nine") << 0 << 3 << 3 << 3 << kind(FitKind::NeedsWork) << budget << 9 << 75;
    QTest::newRow("decision maker unknown") << 3 << 0 << 3 << 3 << kind(FitKind::NeedsWork) << authority << 9 << 75;
    QTest::newRow("no need") << 1 << 1 << 0 << 1 << kind(FitKind::NeedsWork) << need << 3 << 25;
    QTest::newRow("no timeline") << 2 << 2 << 2 << 0 << kind(FitKind::NeedsWork) << timing << 6 << 50;
    QTest::newRow("budget named before authority") << 0 << 0 << 1 << 0 << kind(FitKind::NeedsWork) << budget << 1 << 8;
    QTest::newRow("out of range clamped") << 7 << 3 << 3 << -2 << kind(FitKind::NeedsWork) << timing << 9 << 75;
}

void TestQualificationVerdict::verdict()
{
    QFETCH(int, budget);
    QFETCH(int, authority);
    QFETCH(int, need);
    QFETCH(int, timing);
    QFETCH(int, kind);
    QFETCH(int, gap);
    QFETCH(int, score);
    QFETCH(int, percent);
    Qualification q;
    q.budget = budget;
    q.authority = authority;
    q.need = need;
    q.timing = timing;
    const QualificationVerdict verdict = qualificationVerdict(q);
    QCOMPARE(static_cast<int>(verdict.kind), kind);
    if (verdict.kind == FitKind::NeedsWork)
        QCOMPARE(static_cast<int>(verdict.gap), gap);
    QCOMPARE(verdict.score, score);
    QCOMPARE(verdict.percent, percent);
}

void TestQualificationVerdict::texts_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("authority");
    QTest::addColumn<QString>("text");
    QTest::newRow("strong") << 3 << 3 << QStringLiteral("Strong fit");
    QTest::newRow("no budget") << 0 << 3 << QStringLiteral("Needs work: no budget yet");
    QTest::newRow("no authority") << 3 << 0 << QStringLiteral("Needs work: decision maker unknown");
}

void TestQualificationVerdict::texts()
{
    QFETCH(int, budget);
    QFETCH(int, authority);
    QFETCH(QString, text);
    Qualification q;
    q.budget = budget;
    q.authority = authority;
    q.need = 3;
    q.timing = 3;
    QCOMPARE(verdictText(qualificationVerdict(q)), text);
}

QTEST_GUILESS_MAIN(TestQualificationVerdict)
#include "tst_qualificationverdict.moc"
