#include "storage/bookcheck.h"
#include "storage/dealbook.h"
#include "storage/schema.h"
#include "tempbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>
#include <unistd.h>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

QVariant scalar(DealBook &book, const QString &sql)
{
    QSqlQuery query(book.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

Status insertSetting(DealBook &book, const QString &key, const QString &value)
{
    QSqlQuery &query =
        book.statement(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return book.sqlError(QStringLiteral("Saving a setting"), query);
    return {};
}

qint64 settingCount(DealBook &book, const QString &key)
{
    QSqlQuery query(book.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Status failure(const QString &message)
{
    return Error{message, {}};
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestDealBook : public QObject
{
    Q_OBJECT

private slots:
    void createsAndReopens();
    void createRefusesExistingFile();
    void pragmasInForce();
    void transactCommits();
    void transactRollsBackFailedWork();
    void nestedFailureRollsBackEverything();
    void nestedSuccessJoinsOneTransaction();
    void sqlErrorCarriesSqliteText();
    void statementIsPreparedOnce();
    void readOnlyBookRefusesWrites();
    void secondWriterIsLockedOut();
    void staleLockIsCleared_data();
    void staleLockIsCleared();
    void recoversFromKilledWriter();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void savesCopyWhileOpen();
    void saveCopyRefusesTheBookItself();
};

void TestDealBook::createsAndReopens()
{
    TempBook temp;
    QVERIFY(temp.isValid());
    QCOMPARE(temp.book().schemaVersion(), DealBook::currentSchemaVersion());
    QCOMPARE(temp.book().displayName(), QStringLiteral("test"));
    QVERIFY(!temp.book().isReadOnly());
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    QVERIFY(QFileInfo::exists(temp.path() + QStringLiteral(".lock")));

    temp.close();
    // A clean close checkpoints the log and lets go of the lock.
    QCOMPARE(folderEntries(temp.dir()), QStringList{QStringLiteral("test.sepakat")});

    QVERIFY(temp.reopen());
    QCOMPARE(temp.book().schemaVersion(), DealBook::currentSchemaVersion());
}

void TestDealBook::createRefusesExistingFile()
{
    TempBook temp;
    temp.close();
    const QByteArray before = fileBytes(temp.path());
    OpenFailure failure;
    QVERIFY(!DealBook::create(temp.path(), &failure));
    QCOMPARE(failure.problem, OpenProblem::Io);
    QVERIFY2(failure.message.contains(QStringLiteral("already exists")),
             qPrintable(failure.message));
    QCOMPARE(fileBytes(temp.path()), before);
}

void TestDealBook::pragmasInForce()
{
    TempBook temp;
    QVERIFY(temp.isValid());
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QVERIFY(scalar(temp.book(), QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);

    QVERIFY(temp.reopen(Access::ReadOnly));
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestDealBook::transactCommits()
{
    TempBook temp;
    const Status saved = temp.book().transact(
        [&] { return insertSetting(temp.book(), QStringLiteral("a"), QStringLiteral("1")); });
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(!temp.book().inTransaction());
    QVERIFY(temp.reopen());
    QCOMPARE(settingCount(temp.book(), QStringLiteral("a")), 1);
}

void TestDealBook::transactRollsBackFailedWork()
{
    TempBook temp;
    const Status saved = temp.book().transact([&] {
        const Status inserted =
            insertSetting(temp.book(), QStringLiteral("a"), QStringLiteral("1"));
        if (!inserted)
            return inserted;
        return failure(QStringLiteral("the customer name is empty"));
    });
    QVERIFY(!saved.ok());
    QCOMPARE(saved.errorMessage(), QStringLiteral("the customer name is empty"));
    QCOMPARE(settingCount(temp.book(), QStringLiteral("a")), 0);

    // The book is usable again after a rollback.
    QVERIFY(temp.book().transact(
        [&] { return insertSetting(temp.book(), QStringLiteral("b"), QStringLiteral("2")); }));
    QCOMPARE(settingCount(temp.book(), QStringLiteral("b")), 1);
}

void TestDealBook::nestedFailureRollsBackEverything()
{
    TempBook temp;
    DealBook &book = temp.book();
    const Status saved = book.transact([&] {
        if (Status s = insertSetting(book, QStringLiteral("outer"), QStringLiteral("1")); !s)
            return s;
        // The outer work ignores the inner failure; the transaction must not.
        const Status inner = book.transact([&] {
            if (Status s = insertSetting(book, QStringLiteral("inner"), QStringLiteral("2")); !s)
                return s;
            return failure(QStringLiteral("inner step failed"));
        });
        Q_UNUSED(inner);
        return Status::success();
    });
    QVERIFY(!saved.ok());
    QCOMPARE(saved.errorMessage(), QStringLiteral("inner step failed"));
    QCOMPARE(settingCount(book, QStringLiteral("outer")), 0);
    QCOMPARE(settingCount(book, QStringLiteral("inner")), 0);
    QVERIFY(!book.inTransaction());
}

void TestDealBook::nestedSuccessJoinsOneTransaction()
{
    TempBook temp;
    DealBook &book = temp.book();
    int depthSeen = 0;
    const Status saved = book.transact([&] {
        if (Status s = insertSetting(book, QStringLiteral("outer"), QStringLiteral("1")); !s)
            return s;
        return book.transact([&] {
            depthSeen = book.inTransaction() ? 1 : 0;
            return insertSetting(book, QStringLiteral("inner"), QStringLiteral("2"));
        });
    });
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(depthSeen, 1);
    QVERIFY(temp.reopen());
    QCOMPARE(settingCount(temp.book(), QStringLiteral("outer")), 1);
    QCOMPARE(settingCount(temp.book(), QStringLiteral("inner")), 1);
}

void TestDealBook::sqlErrorCarriesSqliteText()
{
    TempBook temp;
    DealBook &book = temp.book();
    QVERIFY(book.transact(
        [&] { return insertSetting(book, QStringLiteral("k"), QStringLiteral("v")); }));
    const Status duplicate = book.transact(
        [&] { return insertSetting(book, QStringLiteral("k"), QStringLiteral("again")); });
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.errorMessage().startsWith(QStringLiteral("Saving a setting")),
             qPrintable(duplicate.errorMessage()));
    QVERIFY2(duplicate.errorMessage().contains(QStringLiteral("UNIQUE constraint failed")),
             qPrintable(duplicate.errorMessage()));
}

void TestDealBook::statementIsPreparedOnce()
{
    TempBook temp;
    const QString sql = QStringLiteral("SELECT value FROM settings WHERE key = ?");
    QSqlQuery *first = &temp.book().statement(sql);
    for (int i = 0; i < 50; ++i)
        temp.book().statement(QStringLiteral("SELECT %1").arg(i));
    QCOMPARE(&temp.book().statement(sql), first);
    QVERIFY(first->isForwardOnly());
}

void TestDealBook::readOnlyBookRefusesWrites()
{
    TempBook temp;
    QVERIFY(temp.book().transact(
        [&] { return insertSetting(temp.book(), QStringLiteral("a"), QStringLiteral("1")); }));
    temp.close();
    const QByteArray before = fileBytes(temp.path());

    QVERIFY(temp.reopen(Access::ReadOnly));
    DealBook &book = temp.book();
    QVERIFY(book.isReadOnly());
    // Asked for, read-only needs no reason; the UI shows just "Read-only".
    QVERIFY(book.readOnlyReason().isEmpty());
    QCOMPARE(settingCount(book, QStringLiteral("a")), 1);
    QCOMPARE(book.schemaVersion(), DealBook::currentSchemaVersion());
    bool ran = false;
    const Status refused = book.transact([&] {
        ran = true;
        return Status::success();
    });
    QVERIFY(!refused.ok());
    QVERIFY(!ran);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("read-only")),
             qPrintable(refused.errorMessage()));
    // Even SQL run past transact cannot write.
    QVERIFY(!insertSetting(book, QStringLiteral("b"), QStringLiteral("2")).ok());
    // No lock, no log: a reader leaves the folder as it found it.
    QCOMPARE(folderEntries(temp.dir()), QStringList{QStringLiteral("test.sepakat")});
    temp.close();
    QCOMPARE(fileBytes(temp.path()), before);
    QCOMPARE(folderEntries(temp.dir()), QStringList{QStringLiteral("test.sepakat")});
}

void TestDealBook::secondWriterIsLockedOut()
{
    TempBook temp;
    QVERIFY(temp.book().transact(
        [&] { return insertSetting(temp.book(), QStringLiteral("a"), QStringLiteral("1")); }));

    OpenFailure failure;
    QVERIFY(!DealBook::open(temp.path(), Access::ReadWrite, &failure));
    QCOMPARE(failure.problem, OpenProblem::LockedByOther);
    QVERIFY2(failure.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(failure.message));
    QVERIFY2(failure.message.contains(QStringLiteral("read-only")), qPrintable(failure.message));

    // Offered read-only, it reads what the writer committed, through the writer's log.
    auto reader = DealBook::open(temp.path(), Access::ReadOnly, &failure);
    QVERIFY2(reader, qPrintable(failure.message));
    QCOMPARE(settingCount(*reader, QStringLiteral("a")), 1);
    QVERIFY(temp.book().transact(
        [&] { return insertSetting(temp.book(), QStringLiteral("b"), QStringLiteral("2")); }));
    QCOMPARE(settingCount(*reader, QStringLiteral("b")), 1);
    reader.reset();

    // The writer still holds its lock and can write.
    QVERIFY(QFileInfo::exists(temp.path() + QStringLiteral(".lock")));
    QVERIFY(temp.book().transact(
        [&] { return insertSetting(temp.book(), QStringLiteral("c"), QStringLiteral("3")); }));
}

void TestDealBook::staleLockIsCleared_data()
{
    QTest::addColumn<bool>("killedProcess");
    QTest::newRow("pid that cannot exist") << false;
    QTest::newRow("killed process") << true;
}

void TestDealBook::staleLockIsCleared()
{
    QFETCH(bool, killedProcess);
    TempBook temp;
    temp.close();

    qint64 deadPid = 2147483000; // beyond any pid_max
    if (killedProcess) {
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        if (!sleeper.waitForStarted())
            QSKIP("cannot start sleep");
        deadPid = sleeper.processId();
        sleeper.kill();
        QVERIFY(sleeper.waitForFinished());
    }
    QFile lock(temp.path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nsepakat\n" + QSysInfo::machineHostName().toUtf8() +
               "\n");
    lock.close();

    OpenFailure failure;
    auto book = DealBook::open(temp.path(), Access::ReadWrite, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QVERIFY(!book->isReadOnly());
    QCOMPARE(fileBytes(lock.fileName()).split('\n').value(0),
             QByteArray::number(QCoreApplication::applicationPid()));
}

void TestDealBook::recoversFromKilledWriter()
{
    TempBook temp;
    QVERIFY(temp.book().transact(
        [&] { return insertSetting(temp.book(), QStringLiteral("a"), QStringLiteral("1")); }));
    // What a killed writer leaves: the book, its log with the committed change not yet copied
    // into the book, the shared-memory index, and its lock.
    QTemporaryDir crashed;
    const QString path = crashed.filePath(QStringLiteral("crashed.sepakat"));
    for (const auto *suffix : {"", "-wal", "-shm"})
        QVERIFY(QFile::copy(temp.path() + QLatin1String(suffix), path + QLatin1String(suffix)));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483000\nsepakat\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    const QByteArray before = fileBytes(path);

    // Checking reads through the log and leaves the book itself alone.
    const Result<BookCheckReport> report = checkBook(path);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->healthy);
    QCOMPARE(fileBytes(path), before);

    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadWrite, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QVERIFY(!book->isReadOnly());
    QCOMPARE(settingCount(*book, QStringLiteral("a")), 1);
    book.reset();
    QCOMPARE(folderEntries(crashed.path()), QStringList{QStringLiteral("crashed.sepakat")});
    book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(settingCount(*book, QStringLiteral("a")), 1);
}

void TestDealBook::readOnlyFileOpensReadOnly()
{
    if (runningAsRoot())
        QSKIP("root writes read-only files anyway");
    TempBook temp;
    temp.close();
    QVERIFY(QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = fileBytes(temp.path());

    OpenFailure failure;
    auto book = DealBook::open(temp.path(), Access::ReadWrite, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QVERIFY(book->isReadOnly());
    QCOMPARE(book->readOnlyReason(), QStringLiteral("The file is read-only."));
    QCOMPARE(book->schemaVersion(), DealBook::currentSchemaVersion());
    QVERIFY(!book->transact([] { return Status::success(); }).ok());
    book.reset();
    QCOMPARE(fileBytes(temp.path()), before);
    QCOMPARE(folderEntries(temp.dir()), QStringList{QStringLiteral("test.sepakat")});
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner);
}

void TestDealBook::readOnlyFolderOpensReadOnly()
{
    if (runningAsRoot())
        QSKIP("root writes into read-only folders anyway");
    TempBook temp;
    temp.close();
    const auto folderPermissions = QFile::permissions(temp.dir());
    QVERIFY(QFile::setPermissions(temp.dir(), QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray before = fileBytes(temp.path());

    OpenFailure failure;
    auto book = DealBook::open(temp.path(), Access::ReadWrite, &failure);
    QFile::setPermissions(temp.dir(), folderPermissions);
    QVERIFY2(book, qPrintable(failure.message));
    QVERIFY(book->isReadOnly());
    QVERIFY2(book->readOnlyReason().startsWith(QStringLiteral("The folder ")),
             qPrintable(book->readOnlyReason()));
    QVERIFY(book->readOnlyReason().contains(QStringLiteral("cannot be written to")));
    QCOMPARE(book->schemaVersion(), DealBook::currentSchemaVersion());
    book.reset();
    QCOMPARE(fileBytes(temp.path()), before);
    QCOMPARE(folderEntries(temp.dir()), QStringList{QStringLiteral("test.sepakat")});
}

void TestDealBook::savesCopyWhileOpen()
{
    TempBook temp;
    DealBook &book = temp.book();
    QVERIFY(book.transact(
        [&] { return insertSetting(book, QStringLiteral("a"), QStringLiteral("1")); }));
    QTemporaryDir elsewhere;
    const QString copyPath = elsewhere.filePath(QStringLiteral("copy.sepakat"));
    // An existing target is replaced whole.
    QFile existing(copyPath);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old content");
    existing.close();

    const Status saved = book.saveCopyAs(copyPath);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(folderEntries(elsewhere.path()), QStringList{QStringLiteral("copy.sepakat")});
    // The original stays open and writable.
    QVERIFY(book.transact(
        [&] { return insertSetting(book, QStringLiteral("b"), QStringLiteral("2")); }));

    OpenFailure failure;
    auto copy = DealBook::open(copyPath, Access::ReadWrite, &failure);
    QVERIFY2(copy, qPrintable(failure.message));
    QCOMPARE(copy->schemaVersion(), DealBook::currentSchemaVersion());
    QCOMPARE(scalar(*copy, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    QCOMPARE(scalar(*copy, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(settingCount(*copy, QStringLiteral("a")), 1);
    QCOMPARE(settingCount(*copy, QStringLiteral("b")), 0);
    copy.reset();

    // A read-only book can be copied too (how a locked book gets saved elsewhere).
    temp.close();
    QVERIFY(temp.reopen(Access::ReadOnly));
    const QString secondCopy = elsewhere.filePath(QStringLiteral("second.sepakat"));
    const Status fromReader = temp.book().saveCopyAs(secondCopy);
    QVERIFY2(fromReader.ok(), qPrintable(fromReader.errorMessage()));
    copy = DealBook::open(secondCopy, Access::ReadOnly, &failure);
    QVERIFY2(copy, qPrintable(failure.message));
    QCOMPARE(settingCount(*copy, QStringLiteral("b")), 1);
}

void TestDealBook::saveCopyRefusesTheBookItself()
{
    TempBook temp;
    const QByteArray before = fileBytes(temp.path());
    const Status refused = temp.book().saveCopyAs(temp.path());
    QVERIFY(!refused.ok());
    QVERIFY(!refused.errorMessage().isEmpty());
    const QString sneaky = temp.dir() + QStringLiteral("/./test.sepakat");
    QVERIFY(!temp.book().saveCopyAs(sneaky).ok());
    QCOMPARE(fileBytes(temp.path()), before);

    const Status midway = temp.book().transact(
        [&] { return temp.book().saveCopyAs(temp.dir() + QStringLiteral("/other.sepakat")); });
    QVERIFY(!midway.ok());
    QVERIFY(!QFileInfo::exists(temp.dir() + QStringLiteral("/other.sepakat")));
}

QTEST_GUILESS_MAIN(TestDealBook)
#include "tst_dealbook.moc"
