#include "storage/dealbook.h"
#include "storage/schema.h"
#include "tempbook.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

bool hasObject(DealBook &book, const QString &type, const QString &name)
{
    QSqlQuery query(book.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = ? AND name = ?"));
    query.addBindValue(type);
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

// A book exactly as the first released schema left it, made without DealBook.
QString makeVersion1Book(const QString &path)
{
    QStringList statements{QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId),
                           QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("BEGIN")};
    statements += migrations().constFirst().statements;
    statements += {
        QStringLiteral("PRAGMA user_version=1"),
        QStringLiteral("INSERT INTO customers (id, name, city) VALUES "
                       "('c-1', 'PT Sumber Makmur', 'Surabaya')"),
        QStringLiteral("INSERT INTO audit_events (at, entity, entity_id, deal_id, action) VALUES "
                       "('2024-01-02T03:04:05Z', 'customer', 'c-1', '', 'created')"),
        QStringLiteral("COMMIT"),
    };
    return runSqlOn(path, statements);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreNumberedInOrder();
    void freshBookIsAtCurrentVersion();
    void upgradesFromVersion1();
    void version1OpenedReadOnlyStaysAsItIs();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
};

void TestMigrations::stepsAreNumberedInOrder()
{
    const auto &steps = migrations();
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).statements.isEmpty());
        for (const QString &sql : steps.at(i).statements)
            QVERIFY2(!sql.trimmed().endsWith(QLatin1Char(';')), qPrintable(sql));
    }
    QCOMPARE(DealBook::currentSchemaVersion(), steps.constLast().version);
}

void TestMigrations::freshBookIsAtCurrentVersion()
{
    TempBook temp;
    QVERIFY(temp.isValid());
    QCOMPARE(temp.book().schemaVersion(), DealBook::currentSchemaVersion());
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA user_version")).toInt(),
             DealBook::currentSchemaVersion());
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    QVERIFY(hasObject(temp.book(), QStringLiteral("table"), QStringLiteral("currency_rates")));
    QCOMPARE(scalar(temp.book(), QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestMigrations::upgradesFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sepakat"));
    const QString made = makeVersion1Book(path);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    OpenFailure failure;
    {
        auto book = DealBook::open(path, Access::ReadOnly, &failure);
        QVERIFY2(book, qPrintable(failure.message));
        QCOMPARE(book->schemaVersion(), 1);
        QVERIFY(!hasObject(*book, QStringLiteral("table"), QStringLiteral("currency_rates")));
    }

    auto book = DealBook::open(path, Access::ReadWrite, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(book->schemaVersion(), DealBook::currentSchemaVersion());
    QVERIFY(hasObject(*book, QStringLiteral("table"), QStringLiteral("currency_rates")));
    QVERIFY(hasObject(*book, QStringLiteral("index"), QStringLiteral("audit_events_deal")));
    // Step 3: the covering index of offer lines replaces the plain one.
    QVERIFY(hasObject(*book, QStringLiteral("index"), QStringLiteral("offer_lines_totals")));
    QVERIFY(!hasObject(*book, QStringLiteral("index"), QStringLiteral("offer_lines_offer")));
    QCOMPARE(
        scalar(*book, QStringLiteral("SELECT name FROM customers WHERE id = 'c-1'")).toString(),
        QStringLiteral("PT Sumber Makmur"));
    QCOMPARE(scalar(*book, QStringLiteral("SELECT COUNT(*) FROM audit_events")).toInt(), 1);
    QCOMPARE(scalar(*book, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));

    // The new step is usable at once, inside the book's own transactions.
    const Status saved = book->transact([&] {
        QSqlQuery &query = book->statement(
            QStringLiteral("INSERT INTO currency_rates (currency, rate_micro) VALUES (?, ?)"));
        query.addBindValue(QStringLiteral("USD"));
        query.addBindValue(Q_INT64_C(15800000000));
        return query.exec() ? Status::success() : book->sqlError(QStringLiteral("rate"), query);
    });
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

    // Opening again runs nothing further.
    book.reset();
    book = DealBook::open(path, Access::ReadWrite, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(book->schemaVersion(), DealBook::currentSchemaVersion());
    QCOMPARE(scalar(*book, QStringLiteral("SELECT COUNT(*) FROM currency_rates")).toInt(), 1);
}

void TestMigrations::version1OpenedReadOnlyStaysAsItIs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sepakat"));
    QVERIFY(makeVersion1Book(path).isEmpty());
    const QByteArray before = fileBytes(path);
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(book->schemaVersion(), 1);
    book.reset();
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("old.sepakat")});
}

void TestMigrations::newerSchemaIsRefused_data()
{
    QTest::addColumn<Access>("access");
    QTest::newRow("for writing") << Access::ReadWrite;
    QTest::newRow("for reading") << Access::ReadOnly;
}

void TestMigrations::newerSchemaIsRefused()
{
    QFETCH(Access, access);
    TempBook temp;
    temp.close();
    const int newer = DealBook::currentSchemaVersion() + 5;
    const QString made =
        runSqlOn(temp.path(), {QStringLiteral("PRAGMA user_version=%1").arg(newer)});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QByteArray before = fileBytes(temp.path());
    const QStringList entries = folderEntries(temp.dir());

    OpenFailure failure;
    QVERIFY(!DealBook::open(temp.path(), access, &failure));
    QCOMPARE(failure.problem, OpenProblem::NewerSchema);
    QCOMPARE(failure.message, QStringLiteral("“test.sepakat” was made by a newer Sepakat "
                                             "(schema %1, this version knows %2)")
                                  .arg(newer)
                                  .arg(DealBook::currentSchemaVersion()));
    QCOMPARE(fileBytes(temp.path()), before);
    QCOMPARE(folderEntries(temp.dir()), entries);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
