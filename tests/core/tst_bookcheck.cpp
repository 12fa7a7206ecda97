#include "damagedbooks.h"
#include "storage/bookcheck.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

enum class BadFile
{
    Missing,
    Empty,
    Text,
    ForeignSqlite,
    TruncatedBook,
    NewerSchema,
    GarbageAfterMagic,
    GarbageAfterRealHeader,
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

// A real book with a few rows, closed cleanly: what most bad files are made from.
QByteArray realBookBytes(int customers)
{
    TempBook temp;
    DealBook &book = temp.book();
    const Status saved = book.transact([&] {
        for (int i = 0; i < customers; ++i) {
            QSqlQuery &query = book.statement(
                QStringLiteral("INSERT INTO customers (id, name, notes) VALUES (?, ?, ?)"));
            query.addBindValue(QStringLiteral("c-%1").arg(i));
            query.addBindValue(QStringLiteral("Customer %1").arg(i));
            query.addBindValue(QString(200, QLatin1Char('x')));
            if (!query.exec())
                return book.sqlError(QStringLiteral("customer"), query);
        }
        return Status::success();
    });
    if (!saved)
        return {};
    temp.close();
    return fileBytes(temp.path());
}

QString makeBadFile(BadFile kind, const QString &path)
{
    switch (kind) {
    case BadFile::Missing:
        return {};
    case BadFile::Empty:
        return writeFile(path, {}) ? QString() : QStringLiteral("write failed");
    case BadFile::Text:
        return writeFile(path, "Kepada Yth. Bapak Budi,\nberikut penawaran kami.\n")
                   ? QString()
                   : QStringLiteral("write failed");
    case BadFile::ForeignSqlite:
        return runSqlOn(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                                              "body TEXT)"),
                               QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")});
    case BadFile::TruncatedBook: {
        const QByteArray book = realBookBytes(200);
        if (book.size() < 8192)
            return QStringLiteral("book too small to cut");
        return writeFile(path, book.left(book.size() / 2)) ? QString()
                                                           : QStringLiteral("write failed");
    }
    case BadFile::NewerSchema: {
        if (!writeFile(path, realBookBytes(3)))
            return QStringLiteral("write failed");
        return runSqlOn(
            path,
            {QStringLiteral("PRAGMA user_version=%1").arg(DealBook::currentSchemaVersion() + 1)});
    }
    case BadFile::GarbageAfterMagic:
        return writeFile(path, QByteArray("SQLite format 3\0", 16) + randomBytes(8176, 7))
                   ? QString()
                   : QStringLiteral("write failed");
    case BadFile::GarbageAfterRealHeader: {
        // Header intact and consistent with the size, every page after it noise.
        const QByteArray book = realBookBytes(20);
        QByteArray bytes = book.left(100) + randomBytes(int(book.size()) - 100, 11);
        return writeFile(path, bytes) ? QString() : QStringLiteral("write failed");
    }
    }
    return QStringLiteral("unknown kind");
}

} // namespace

class TestBookCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void damagedCorpus_data();
    void damagedCorpus();
    void reportsHealthyBook();
    void checksBookOpenForWriting();

private:
    QTemporaryDir m_corpusDir;
    QList<DamagedBook> m_corpus;
};

void TestBookCheck::initTestCase()
{
    m_corpus = writeDamagedBooks(m_corpusDir.path());
    QVERIFY(m_corpus.size() > 20);
}

void TestBookCheck::refusesBadFiles_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<OpenProblem>("problem");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing") << BadFile::Missing << OpenProblem::NotFound
                             << QStringLiteral("does not exist");
    QTest::newRow("empty file") << BadFile::Empty << OpenProblem::EmptyFile
                                << QStringLiteral(
                                       "“bad.sepakat” is empty: it is not a Sepakat deal book");
    QTest::newRow("text file") << BadFile::Text << OpenProblem::NotSqlite
                               << QStringLiteral("it is not an SQLite database");
    QTest::newRow("foreign sqlite") << BadFile::ForeignSqlite << OpenProblem::NotDealBook
                                    << QStringLiteral("an SQLite database, but not a Sepakat "
                                                      "deal book");
    QTest::newRow("truncated book") << BadFile::TruncatedBook << OpenProblem::Damaged
                                    << QStringLiteral("shorter than its header says");
    QTest::newRow("newer schema") << BadFile::NewerSchema << OpenProblem::NewerSchema
                                  << QStringLiteral("was made by a newer Sepakat (schema %1, "
                                                    "this version knows %2)")
                                         .arg(DealBook::currentSchemaVersion() + 1)
                                         .arg(DealBook::currentSchemaVersion());
    QTest::newRow("garbage after the magic")
        << BadFile::GarbageAfterMagic << OpenProblem::Damaged << QStringLiteral("is damaged");
    QTest::newRow("garbage after a real header")
        << BadFile::GarbageAfterRealHeader << OpenProblem::Damaged << QStringLiteral("is damaged");
}

void TestBookCheck::refusesBadFiles()
{
    QFETCH(BadFile, kind);
    QFETCH(OpenProblem, problem);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sepakat"));
    const QString made = makeBadFile(kind, path);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QByteArray before = fileBytes(path);
    const QStringList entries = folderEntries(dir.path());

    const Result<BookCheckReport> report = checkBook(path);
    QVERIFY(!report.ok());
    QVERIFY2(report.errorMessage().contains(expected), qPrintable(report.errorMessage()));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(folderEntries(dir.path()), entries);

    // Opening refuses the same files with the same words, for writing and for reading.
    for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
        OpenFailure failure;
        QVERIFY(!DealBook::open(path, access, &failure));
        QCOMPARE(failure.problem, problem);
        QCOMPARE(failure.message, report.errorMessage());
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(folderEntries(dir.path()), entries);
    }
}

void TestBookCheck::damagedCorpus_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_corpus.size(); ++i)
        QTest::newRow(qPrintable(m_corpus.at(i).name)) << i;
}

// Each damaged file is refused with its own clear message, or (bit flips that only a page read
// can find) opens and reads without a crash; either way not one byte of it changes.
void TestBookCheck::damagedCorpus()
{
    QFETCH(int, index);
    const DamagedBook &damaged = m_corpus.at(index);
    if (damaged.unreadable && permissionsAreIgnored(damaged.path))
        QSKIP("Running as root: file permissions do not stop reads, so there is no unreadable "
              "file to test");
    const QByteArray before = fileBytes(damaged.path);
    const QStringList entries = folderEntries(m_corpusDir.path());

    const Result<BookCheckReport> report = checkBook(damaged.path);
    if (damaged.problem != OpenProblem::None) {
        QVERIFY(!report.ok());
        QVERIFY2(report.errorMessage().contains(damaged.messagePart),
                 qPrintable(report.errorMessage()));
    } else if (!report.ok()) {
        QVERIFY2(report.errorMessage().contains(QStringLiteral("is damaged")),
                 qPrintable(report.errorMessage()));
    } else if (!report->healthy) {
        QVERIFY(!report->integrity.isEmpty());
        QVERIFY(report->integrity != QLatin1String("ok"));
    }

    for (const Access access : {Access::ReadOnly, Access::ReadWrite}) {
        OpenFailure failure;
        std::unique_ptr<DealBook> book = DealBook::open(damaged.path, access, &failure);
        if (damaged.problem != OpenProblem::None) {
            QVERIFY(!book);
            QCOMPARE(failure.problem, damaged.problem);
            QCOMPARE(failure.message, report.errorMessage());
        } else if (!book) {
            QCOMPARE(failure.problem, OpenProblem::Damaged);
        } else {
            // What the main window reads first; damaged pages give empty lists, not a crash.
            book->deals().summaries();
            book->customers().all();
            book->products().all();
            book->settings().load();
        }
        book.reset();
        QCOMPARE(fileBytes(damaged.path), before);
        QCOMPARE(folderEntries(m_corpusDir.path()), entries);
    }
}

void TestBookCheck::reportsHealthyBook()
{
    TempBook temp;
    DealBook &book = temp.book();
    const Status saved = book.transact([&] {
        for (int i = 0; i < 3; ++i) {
            QSqlQuery &query =
                book.statement(QStringLiteral("INSERT INTO customers (id, name) VALUES (?, ?)"));
            query.addBindValue(QStringLiteral("c-%1").arg(i));
            query.addBindValue(QStringLiteral("Customer %1").arg(i));
            if (!query.exec())
                return book.sqlError(QStringLiteral("customer"), query);
        }
        return Status::success();
    });
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    temp.close();
    const QByteArray before = fileBytes(temp.path());

    const Result<BookCheckReport> report = checkBook(temp.path());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->schemaVersion, DealBook::currentSchemaVersion());
    QCOMPARE(report->integrity, QStringLiteral("ok"));
    QVERIFY(report->healthy);
    const QStringList expectedTables{
        QStringLiteral("customers"),     QStringLiteral("contacts"),
        QStringLiteral("products"),      QStringLiteral("deals"),
        QStringLiteral("needs"),         QStringLiteral("offers"),
        QStringLiteral("offer_lines"),   QStringLiteral("plans"),
        QStringLiteral("objections"),    QStringLiteral("tradeables"),
        QStringLiteral("concessions"),   QStringLiteral("value_cases"),
        QStringLiteral("savings_items"), QStringLiteral("approvals"),
        QStringLiteral("audit_events"),  QStringLiteral("currency_rates")};
    QStringList tables;
    for (const auto &[table, rows] : report->counts) {
        tables.append(table);
        QCOMPARE(rows, table == QLatin1String("customers") ? 3 : 0);
    }
    QCOMPARE(tables, expectedTables);

    // Checking writes nothing: not the book, not a log, not a lock.
    QCOMPARE(fileBytes(temp.path()), before);
    QCOMPARE(folderEntries(temp.dir()), QStringList{QStringLiteral("test.sepakat")});
}

void TestBookCheck::checksBookOpenForWriting()
{
    TempBook temp;
    DealBook &book = temp.book();
    QVERIFY(book.transact([&] {
        QSqlQuery &query =
            book.statement(QStringLiteral("INSERT INTO customers (id, name) VALUES (?, ?)"));
        query.addBindValue(QStringLiteral("c-1"));
        query.addBindValue(QStringLiteral("PT Sinar Logistik"));
        return query.exec() ? Status::success() : book.sqlError(QStringLiteral("c"), query);
    }));
    const QByteArray lockBefore = fileBytes(temp.path() + QStringLiteral(".lock"));

    const Result<BookCheckReport> report = checkBook(temp.path());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->healthy);
    QCOMPARE(report->counts.value(0), qMakePair(QStringLiteral("customers"), qint64(1)));
    QCOMPARE(fileBytes(temp.path() + QStringLiteral(".lock")), lockBefore);
}

QTEST_GUILESS_MAIN(TestBookCheck)
#include "tst_bookcheck.moc"
