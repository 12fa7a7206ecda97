// Kills `sepakat import` of 100,000 deals at moments spread over the whole run and checks,
// after each kill, that the book passes SQLite's integrity check and holds none of the import
// or all of it. SEPAKAT_CRASH_KILLS and SEPAKAT_CRASH_ROWS change the defaults (50, 100,000).

#include "importdata.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

constexpr int kCustomers = 200;

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Integrity and deal count through a connection of our own, as a fresh process would see it.
struct BookState
{
    QString integrity;
    qint64 deals = -1;
    qint64 customers = -1;
};

BookState inspect(const QString &path)
{
    BookState state;
    const QString name = QStringLiteral("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                state.integrity = query.value(0).toString();
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM deals")) && query.next())
                state.deals = query.value(0).toLongLong();
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && query.next())
                state.customers = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

void removeBook(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportLeavesNoneOrAll();

private:
    bool startImport(QProcess &process, const QString &book);

    QTemporaryDir m_dir;
    QString m_base;
    QString m_deals;
    int m_rows = 0;
    qint64 m_fullRunMs = 0;
};

bool TestImportCrash::startImport(QProcess &process, const QString &book)
{
    removeBook(book);
    if (!QFile::copy(m_base, book))
        return false;
    process.start(QStringLiteral(SEPAKAT_BINARY),
                  {QStringLiteral("import"), book, QStringLiteral("--deals"), m_deals});
    return process.waitForStarted();
}

void TestImportCrash::initTestCase()
{
    m_rows = setting("SEPAKAT_CRASH_ROWS", 100'000);
    const QString customers = m_dir.filePath(QStringLiteral("customers.csv"));
    m_deals = m_dir.filePath(QStringLiteral("deals.csv"));
    for (const auto &[path, bytes] :
         {std::pair{customers, generatedCustomersCsv(kCustomers)},
          std::pair{m_deals, generatedDealsCsv(m_rows, kCustomers)}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // The starting book, made by the command itself since it does not exist yet.
    m_base = m_dir.filePath(QStringLiteral("base.sepakat"));
    QProcess make;
    make.start(QStringLiteral(SEPAKAT_BINARY),
               {QStringLiteral("import"), m_base, QStringLiteral("--customers"), customers});
    QVERIFY(make.waitForFinished(120'000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
    QCOMPARE(inspect(m_base).customers, kCustomers);

    // One whole run, to know over how long to spread the kills.
    QProcess full;
    const QString book = m_dir.filePath(QStringLiteral("full.sepakat"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(startImport(full, book));
    QVERIFY(full.waitForFinished(600'000));
    m_fullRunMs = timer.elapsed();
    QVERIFY2(full.exitCode() == 0, full.readAllStandardError().constData());
    QCOMPARE(inspect(book).deals, m_rows);
    qInfo("A whole import of %d deals took %lld ms", m_rows, m_fullRunMs);
}

void TestImportCrash::killedImportLeavesNoneOrAll()
{
    const int kills = setting("SEPAKAT_CRASH_KILLS", 50);
    const QString book = m_dir.filePath(QStringLiteral("killed.sepakat"));
    QRandomGenerator random(20261127);
    int none = 0, all = 0, running = 0;
    for (int i = 0; i < kills; ++i) {
        // Moments spread over the whole run and a little past it, jittered.
        const qint64 slot = m_fullRunMs * 12 / 10 / kills;
        const qint64 delay = slot * i + qint64(random.bounded(quint32(qMax<qint64>(slot, 1))));
        QProcess process;
        QVERIFY(startImport(process, book));
        QThread::msleep(quint64(delay));
        running += process.state() == QProcess::Running ? 1 : 0;
        process.kill();
        QVERIFY(process.waitForFinished(60'000));

        const BookState state = inspect(book);
        QVERIFY2(state.integrity == u"ok",
                 qPrintable(QStringLiteral("kill %1 after %2 ms: %3").arg(i).arg(delay).arg(state.integrity)));
        QCOMPARE(state.customers, kCustomers);
        QVERIFY2(state.deals == 0 || state.deals == m_rows,
                 qPrintable(QStringLiteral("kill %1 after %2 ms left %3 deals").arg(i).arg(delay).arg(state.deals)));
        (state.deals == 0 ? none : all) += 1;

        // And Sepakat itself opens it for writing again (the dead process's lock is cleared).
        OpenFailure failure;
        const auto reopened = DealBook::open(book, Access::ReadWrite, &failure);
        QVERIFY2(reopened && !reopened->isReadOnly(), qPrintable(failure.message));
    }
    qInfo("%d kills (%d while the import ran): %d left no deals, %d left all %d", kills, running,
          none, all, m_rows);
    // Most kills must have hit a running import (a few land after it finished on purpose).
    QVERIFY(running >= kills / 2);
    QVERIFY(none > 0);
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
