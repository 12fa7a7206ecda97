#include "samples.h"
#include "storage/repositories.h"
#include "tempbook.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::install(&m_clock); }
    void cleanup() { Clock::install(nullptr); }
    void appendFillsTimeAndWho();
    void explicitTimeAndWhoAreKept();
    void forDealAndRecentAreNewestFirst();
    void eventsNeedEntityAndAction();
    void triggersRefuseUpdatesAndDeletes_data();
    void triggersRefuseUpdatesAndDeletes();
    void eventsOfARolledBackActionVanish();

private:
    FixedClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(9, 30, 15, 250), Qt::UTC)};
};

namespace {

AuditEvent sampleEvent(const QString &dealId, const QString &action)
{
    AuditEvent e;
    e.entity = QStringLiteral("deal");
    e.entityId = dealId;
    e.dealId = dealId;
    e.action = action;
    e.detail = QStringLiteral("proposal → negotiation");
    return e;
}

} // namespace

void TestAuditLog::appendFillsTimeAndWho()
{
    TempBook temp;
    temp.book().setUserName(QStringLiteral("Dewi Lestari"));
    SEPAKAT_VERIFY_OK(temp.book().audit().append(sampleEvent(QStringLiteral("d-1"), QStringLiteral("deal-stage-moved"))));
    const QList<AuditEvent> events = temp.book().audit().recent(10);
    QCOMPARE(events.size(), 1);
    const AuditEvent &e = events.first();
    QVERIFY(e.sequence > 0);
    QCOMPARE(e.at, m_clock.now());
    QCOMPARE(e.who, QStringLiteral("Dewi Lestari"));
    QCOMPARE(e.detail, QStringLiteral("proposal → negotiation"));
    QCOMPARE(countRows(temp.book(), QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                                   " WHERE at = '2025-03-14T09:30:15.250Z'")),
             1);
}

void TestAuditLog::explicitTimeAndWhoAreKept()
{
    TempBook temp;
    AuditEvent e = sampleEvent(QStringLiteral("d-1"), QStringLiteral("deal-created"));
    e.at = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    e.who = QStringLiteral("Import");
    SEPAKAT_VERIFY_OK(temp.book().audit().append(e));
    const AuditEvent stored = temp.book().audit().recent(1).first();
    e.sequence = stored.sequence;
    QCOMPARE(stored, e);
}

void TestAuditLog::forDealAndRecentAreNewestFirst()
{
    TempBook temp;
    AuditLog log = temp.book().audit();
    SEPAKAT_VERIFY_OK(log.append(sampleEvent(QStringLiteral("d-1"), QStringLiteral("deal-created"))));
    SEPAKAT_VERIFY_OK(log.append(sampleEvent(QStringLiteral("d-2"), QStringLiteral("deal-created"))));
    SEPAKAT_VERIFY_OK(log.append(sampleEvent(QStringLiteral("d-1"), QStringLiteral("deal-stage-moved"))));
    const QList<AuditEvent> d1 = log.forDeal(QStringLiteral("d-1"));
    QCOMPARE(d1.size(), 2);
    QCOMPARE(d1.at(0).action, QStringLiteral("deal-stage-moved"));
    QCOMPARE(d1.at(1).action, QStringLiteral("deal-created"));
    QVERIFY(d1.at(0).sequence > d1.at(1).sequence);
    QCOMPARE(log.recent(2).size(), 2);
    QCOMPARE(log.recent(2).first().dealId, QStringLiteral("d-1"));
    QCOMPARE(log.recent(0).size(), 0);
    QCOMPARE(log.count(), 3);
}

void TestAuditLog::eventsNeedEntityAndAction()
{
    TempBook temp;
    QVERIFY(!temp.book().audit().append(AuditEvent{}).ok());
    QCOMPARE(temp.book().audit().count(), 0);
}

void TestAuditLog::triggersRefuseUpdatesAndDeletes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << "UPDATE audit_events SET detail = 'rewritten'";
    QTest::newRow("delete") << "DELETE FROM audit_events";
}

void TestAuditLog::triggersRefuseUpdatesAndDeletes()
{
    QFETCH(QString, sql);
    TempBook temp;
    SEPAKAT_VERIFY_OK(temp.book().audit().append(sampleEvent(QStringLiteral("d-1"), QStringLiteral("deal-created"))));
    QSqlQuery query(temp.book().database());
    QVERIFY(!query.exec(sql));
    QCOMPARE(temp.book().audit().count(), 1);
    QCOMPARE(temp.book().audit().recent(1).first().detail, QStringLiteral("proposal → negotiation"));
}

void TestAuditLog::eventsOfARolledBackActionVanish()
{
    TempBook temp;
    DealBook &book = temp.book();
    const Status failed = book.transact([&]() -> Status {
        if (Status s = book.audit().append(sampleEvent(QStringLiteral("d-1"), QStringLiteral("deal-created"))); !s)
            return s;
        return Status(Error{QStringLiteral("later step failed"), {}});
    });
    QVERIFY(!failed.ok());
    QCOMPARE(book.audit().count(), 0);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
