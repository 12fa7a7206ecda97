#include "storage/backups.h"
#include "storage/bookcheck.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "tempbook.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

Status addCustomer(DealBook &book, const QString &name)
{
    return book.transact([&] {
        QSqlQuery &query =
            book.statement(QStringLiteral("INSERT INTO customers (id, name) VALUES (?, ?)"));
        query.addBindValue(QString(QStringLiteral("c-") + name));
        query.addBindValue(name);
        return query.exec() ? Status::success() : book.sqlError(QStringLiteral("customer"), query);
    });
}

QStringList customerNames(DealBook &book)
{
    QStringList names;
    for (const Customer &customer : book.customers().all())
        names.append(customer.name);
    names.sort();
    return names;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneBackupADay();
    void keepsTheNewestSeven();
    void leavesOtherFilesAlone();
    void backupIsAHealthyCopy();
    void restoreKeepsTheCurrentStateFirst();
    void restoreRefusesDamagedBackup();
    void restoreRefusesInReadOnlyBook();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30, 15))};
};

void TestBackups::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 30, 15)));
    Clock::install(&m_clock);
}

void TestBackups::cleanup()
{
    Clock::install(nullptr);
}

void TestBackups::oneBackupADay()
{
    TempBook temp;
    const BookBackups backups(temp.path());
    QCOMPARE(backups.folder(), QDir(temp.dir()).filePath(QStringLiteral("test backups")));
    QVERIFY(backups.list().isEmpty());

    const Result<QString> first = backups.takeDaily();
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("test 2026-11-27 093015.sepakat"));

    m_clock.set(m_clock.now().addSecs(3600));
    const Result<QString> again = backups.takeDaily();
    QVERIFY(again.ok());
    QVERIFY2(again->isEmpty(), qPrintable(*again)); // one from today is there
    QCOMPARE(backups.list().size(), 1);

    m_clock.advanceDays(1);
    const Result<QString> nextDay = backups.takeDaily();
    QVERIFY(nextDay.ok());
    QCOMPARE(QFileInfo(*nextDay).fileName(), QStringLiteral("test 2026-11-28 103015.sepakat"));
    const QList<BookBackup> listed = backups.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).path, *nextDay); // newest first
    QCOMPARE(listed.at(1).path, *first);
    QCOMPARE(listed.at(0).takenAt, QDateTime(QDate(2026, 11, 28), QTime(10, 30, 15)));
    QVERIFY(listed.at(0).bytes > 0);

    QVERIFY(BookBackups(temp.path(), 0).takeDaily()->isEmpty()); // off
}

void TestBackups::keepsTheNewestSeven()
{
    TempBook temp;
    const BookBackups backups(temp.path());
    QStringList taken;
    for (int day = 0; day < 10; ++day) {
        const Result<QString> made = backups.takeDaily();
        QVERIFY2(made.ok() && !made->isEmpty(), qPrintable(made.errorMessage()));
        taken.prepend(*made);
        m_clock.advanceDays(1);
    }
    QStringList kept;
    for (const BookBackup &backup : backups.list())
        kept.append(backup.path);
    QCOMPARE(kept, taken.mid(0, BookBackups::kDefaultKeep));
    QCOMPARE(BookBackups(temp.path(), 3).list().size(), 7); // listing never removes
    QVERIFY(BookBackups(temp.path(), 3).take(temp.book()).ok());
    QCOMPARE(backups.list().size(), 3);
}

void TestBackups::leavesOtherFilesAlone()
{
    TempBook temp;
    const BookBackups backups(temp.path());
    QVERIFY(QDir().mkpath(backups.folder()));
    const QStringList others{QStringLiteral("notes.txt"), QStringLiteral("test old.sepakat"),
                             QStringLiteral("other 2020-01-01 000000.sepakat")};
    for (const QString &name : others) {
        QFile file(QDir(backups.folder()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    for (int i = 0; i < 9; ++i) {
        QVERIFY(backups.take(temp.book()).ok());
        m_clock.advanceDays(1);
    }
    QCOMPARE(backups.list().size(), 7);
    for (const QString &name : others)
        QVERIFY2(QFile::exists(QDir(backups.folder()).filePath(name)), qPrintable(name));
}

void TestBackups::backupIsAHealthyCopy()
{
    TempBook temp;
    QVERIFY(addCustomer(temp.book(), QStringLiteral("PT Sinar Logistik")).ok());
    const Result<QString> made = BookBackups(temp.path()).take(temp.book());
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    const Result<BookCheckReport> report = checkBook(*made);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->healthy);
    QCOMPARE(report->counts.value(0), qMakePair(QStringLiteral("customers"), qint64(1)));
}

void TestBackups::restoreKeepsTheCurrentStateFirst()
{
    TempBook temp;
    DealBook &book = temp.book();
    QVERIFY(addCustomer(book, QStringLiteral("Monday")).ok());
    const Result<QString> monday = BookBackups(temp.path()).take(book);
    QVERIFY(monday.ok());
    m_clock.advanceDays(1);
    QVERIFY(addCustomer(book, QStringLiteral("Tuesday")).ok());
    const QByteArray mondayBytes = fileBytes(*monday);

    const Result<QString> kept = restoreBackup(book, *monday);
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    QCOMPARE(customerNames(book), QStringList{QStringLiteral("Monday")});
    QCOMPARE(fileBytes(*monday), mondayBytes); // the backup itself is untouched

    // The state before the restore is a backup of its own, and can come back in turn.
    QVERIFY(QFile::exists(*kept));
    QVERIFY(*kept != *monday);
    const Result<QString> keptAgain = restoreBackup(book, *kept);
    QVERIFY2(keptAgain.ok(), qPrintable(keptAgain.errorMessage()));
    QCOMPARE(customerNames(book),
             (QStringList{QStringLiteral("Monday"), QStringLiteral("Tuesday")}));

    // The book goes on working, and is whole after closing and opening again.
    QVERIFY(addCustomer(book, QStringLiteral("Wednesday")).ok());
    temp.close();
    QCOMPARE(folderEntries(temp.dir()),
             (QStringList{QStringLiteral("test backups"), QStringLiteral("test.sepakat")}));
    QVERIFY(temp.reopen());
    QCOMPARE(customerNames(temp.book()).size(), 3);
    const Result<BookCheckReport> report = checkBook(temp.path());
    QVERIFY(report.ok() && report->healthy);
}

void TestBackups::restoreRefusesDamagedBackup()
{
    TempBook temp;
    DealBook &book = temp.book();
    QVERIFY(addCustomer(book, QStringLiteral("Kept")).ok());
    const Result<QString> made = BookBackups(temp.path()).take(book);
    QVERIFY(made.ok());
    {
        QFile file(*made);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }
    const int backupsBefore = int(BookBackups(temp.path()).list().size());

    const Result<QString> restored = restoreBackup(book, *made);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("was not restored")),
             qPrintable(restored.errorMessage()));
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("cut off")),
             qPrintable(restored.errorMessage()));
    QCOMPARE(customerNames(book), QStringList{QStringLiteral("Kept")});
    QCOMPARE(BookBackups(temp.path()).list().size(), backupsBefore);
    QCOMPARE(folderEntries(temp.dir()).filter(QStringLiteral(".restoring")), QStringList());
}

void TestBackups::restoreRefusesInReadOnlyBook()
{
    TempBook temp;
    const Result<QString> made = BookBackups(temp.path()).take(temp.book());
    QVERIFY(made.ok());
    QVERIFY(temp.reopen(Access::ReadOnly));
    const Result<QString> restored = restoreBackup(temp.book(), *made);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("read-only")),
             qPrintable(restored.errorMessage()));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
