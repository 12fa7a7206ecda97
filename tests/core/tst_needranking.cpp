#include "negotiation/needranking.h"

#include <QTest>

using namespace Sepakat;

class TestNeedRanking : public QObject
{
    Q_OBJECT

private slots:
    void ranking_data();
    void ranking();
    void topThree();
};

namespace {

// "A:must:3:10:0 B:could:5:0:0": name, priority, urgency, pain hours, pain money (IDR), in the
// salesperson's order, so a whole list fits in one readable data cell.
QList<Need> parseNeeds(const QString &text)
{
    QList<Need> needs;
    const QStringList entries = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u':');
        Need need;
        need.id = parts.at(0);
        need.description = parts.at(0);
        need.position = static_cast<int>(needs.size());
        need.priority = priorityFromKey(parts.at(1));
        need.urgency = parts.at(2).toInt();
        need.painHoursMilli = parts.at(3).toLongLong() * 1000;
        if (parts.at(4) != u"-")
            need.painMoney = Money(parts.at(4).toLongLong(), QStringLiteral("IDR"));
        needs.append(need);
    }
    return needs;
}

QString order(const QList<Need> &needs)
{
    QStringList ids;
    for (const Need &need : needs)
        ids.append(need.id);
    return ids.join(u' ');
}

} // namespace

void TestNeedRanking::ranking_data()
{
    QTest::addColumn<QString>("needs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("priority first") << QStringLiteral("A:could:5:99:- B:should:1:0:- C:must:1:0:-")
                                    << QStringLiteral("C B A");
    QTest::newRow("then urgency") << QStringLiteral("A:must:2:50:- B:must:5:0:- C:must:4:0:-")
                                  << QStringLiteral("B C A");
    QTest::newRow("then hours") << QStringLiteral("A:should:3:5:- B:should:3:40:-")
                                << QStringLiteral("B A");
    QTest::newRow("then money") << QStringLiteral("A:should:3:5:1000 B:should:3:5:9000")
                                << QStringLiteral("B A");
    QTest::newRow("no money is zero") << QStringLiteral("A:should:3:5:- B:should:3:5:1")
                                      << QStringLiteral("B A");
    QTest::newRow("ties keep the own order")
        << QStringLiteral("A:must:3:5:- B:must:3:5:- C:must:3:5:-") << QStringLiteral("A B C");
}

void TestNeedRanking::ranking()
{
    QFETCH(QString, needs);
    QFETCH(QString, expected);
    QCOMPARE(order(rankNeeds(parseNeeds(needs))), expected);
}

void TestNeedRanking::topThree()
{
    const QList<Need> needs =
        parseNeeds(QStringLiteral("A:could:1:0:- B:must:2:0:- C:should:4:0:- D:must:5:0:-"));
    QCOMPARE(order(topNeeds(needs, 3)), QStringLiteral("D B C"));
    QCOMPARE(order(topNeeds(needs, 9)), QStringLiteral("D B C A"));
    QVERIFY(topNeeds(needs, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestNeedRanking)
#include "tst_needranking.moc"
