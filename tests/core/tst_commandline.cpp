#include "storage/schema.h"
#include "tempbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Sepakat;
using Sepakat::Testing::fileBytes;

// Drives the real `sepakat` binary as a user or script would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsEveryCommand();
    void unknownCommandIsAUsageError();
    void demoThenCheckIsHealthy();
    void demoRefusesBadNumbers_data();
    void demoRefusesBadNumbers();
    void checkRefusesBadFiles_data();
    void checkRefusesBadFiles();
    void dealsListsTheBookAsJson();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run sepakat(const QStringList &arguments);
    QString makeDemo(const QString &name, int deals);

    QTemporaryDir m_dir;
};

TestCommandLine::Run TestCommandLine::sepakat(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SEPAKAT_LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEPAKAT_BINARY), arguments);
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCommandLine::makeDemo(const QString &name, int deals)
{
    const QString path = m_dir.filePath(name);
    const Run run = sepakat({QStringLiteral("demo"), path, QStringLiteral("--deals"),
                             QString::number(deals), QStringLiteral("--seed"), QStringLiteral("7")});
    if (run.exitCode != 0)
        qWarning("demo failed: %s", qPrintable(run.err));
    return path;
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SEPAKAT_BINARY)));
}

void TestCommandLine::helpListsEveryCommand()
{
    const Run run = sepakat({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"demo", "check", "deals"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
}

void TestCommandLine::unknownCommandIsAUsageError()
{
    const Run run = sepakat({QStringLiteral("--frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--frobnicate")));
}

void TestCommandLine::demoThenCheckIsHealthy()
{
    const QString path = makeDemo(QStringLiteral("d.sepakat"), 500);
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());
    const Run run = sepakat({QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Integrity check: ok")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("deals")));
    QCOMPARE(fileBytes(path), before);
    // Writing the demo again onto the same file is refused: nothing is overwritten.
    const Run again = sepakat({QStringLiteral("demo"), path});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(fileBytes(path), before);
}

void TestCommandLine::demoRefusesBadNumbers_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("zero deals") << QStringList{QStringLiteral("--deals"), QStringLiteral("0")};
    QTest::newRow("words") << QStringList{QStringLiteral("--deals"), QStringLiteral("many")};
    QTest::newRow("negative seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-3")};
}

void TestCommandLine::demoRefusesBadNumbers()
{
    QFETCH(QStringList, options);
    const QString path = m_dir.filePath(QStringLiteral("never.sepakat"));
    const Run run = sepakat(QStringList{QStringLiteral("demo"), path} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestCommandLine::checkRefusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty file") << "empty" << "empty";
    QTest::newRow("text file") << "text" << "not";
    QTest::newRow("truncated book") << "truncated" << "damaged";
    QTest::newRow("newer schema") << "newer" << "newer Sepakat";
    QTest::newRow("missing file") << "missing" << "";
}

void TestCommandLine::checkRefusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    const QString path = m_dir.filePath(kind + QStringLiteral(".sepakat"));
    if (kind == u"empty" || kind == u"text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == u"text")
            file.write("Minutes of the meeting with PT Sinar Jaya.\n");
    } else if (kind == u"truncated") {
        const QByteArray whole = fileBytes(makeDemo(QStringLiteral("whole.sepakat"), 200));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(whole.left(whole.size() / 2));
    } else if (kind == u"newer") {
        QVERIFY(QFile::copy(makeDemo(QStringLiteral("current.sepakat"), 5), path));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
    const QByteArray before = fileBytes(path);
    const Run run = sepakat({QStringLiteral("check"), path});
    QVERIFY2(run.exitCode != 0, qPrintable(run.out));
    QVERIFY2(run.err.contains(messagePart, Qt::CaseInsensitive), qPrintable(run.err));
    if (kind == u"newer")
        QVERIFY2(run.err.contains(QStringLiteral("schema 999")), qPrintable(run.err));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QFile::exists(path), kind != u"missing");
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestCommandLine::dealsListsTheBookAsJson()
{
    const QString path = makeDemo(QStringLiteral("list.sepakat"), 40);
    const Run run = sepakat({QStringLiteral("deals"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray deals = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(deals.size(), 40);
    for (const auto &value : deals) {
        const QJsonObject deal = value.toObject();
        QVERIFY(!deal.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!deal.value(QStringLiteral("customer")).toString().isEmpty());
        QVERIFY(!deal.value(QStringLiteral("currency")).toString().isEmpty());
    }
    const Run text = sepakat({QStringLiteral("deals"), path});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(u'\n'), 40);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
