#include "samples.h"
#include "storage/approvalflow.h"
#include "storage/schema.h"
#include "tempbook.h"
#include "util/uuid.h"

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
using Sepakat::Testing::sampleCustomer;
using Sepakat::Testing::sampleDeal;

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
    void reviewRoundTrip();
    void decisionForChangedContentChangesNothing();
    void reviewCommandsRefuseBadInput();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run sepakat(const QStringList &arguments);
    QString makeDemo(const QString &name, int deals);
    // A book with one deal whose only offer gives 22 % off (the policy allows 15 %); *dealId
    // and *offerId receive their ids.
    QString makeBookNeedingApproval(const QString &name, QString *dealId, QString *offerId);
    // Exports, decides and returns the decision file's path.
    QString exportAndDecide(const QString &book, const QString &dealId, const QString &name);

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

QString TestCommandLine::makeBookNeedingApproval(const QString &name, QString *dealId,
                                                 QString *offerId)
{
    const QString path = m_dir.filePath(name);
    OpenFailure failure;
    auto book = DealBook::create(path, &failure);
    if (!book)
        qFatal("%s", qPrintable(failure.message));
    Customer customer = sampleCustomer();
    customer.id = newId();
    Deal deal = sampleDeal(customer.id, Stage::Negotiation);
    deal.id = newId();
    Offer offer;
    offer.id = newId();
    offer.dealId = deal.id;
    OfferLine line;
    line.description = QStringLiteral("CRM licence");
    line.unitPrice = Money(1'000'000, QStringLiteral("IDR"));
    line.unitCost = Money(400'000, QStringLiteral("IDR"));
    line.discountBasisPoints = 2200;
    offer.lines = {line};
    for (const Status &status :
         {book->customers().save(customer), book->deals().save(deal),
          book->worksheets().saveOffer(offer)}) {
        if (!status)
            qFatal("%s", qPrintable(status.errorMessage()));
    }
    *dealId = deal.id;
    *offerId = offer.id;
    return path;
}

QString TestCommandLine::exportAndDecide(const QString &book, const QString &dealId,
                                         const QString &name)
{
    const QString package = m_dir.filePath(name + QStringLiteral(".sepakat-review"));
    const QString decision = m_dir.filePath(name + QStringLiteral(".sepakat-decision"));
    const Run exported = sepakat({QStringLiteral("review-export"), book, QStringLiteral("--deal"),
                                  dealId, QStringLiteral("--output"), package,
                                  QStringLiteral("--note"), QStringLiteral("Key account")});
    if (exported.exitCode != 0)
        qWarning("review-export failed: %s", qPrintable(exported.err));
    const Run decided = sepakat({QStringLiteral("review-decide"), package,
                                 QStringLiteral("--approve"), QStringLiteral("--comment"),
                                 QStringLiteral("Fine for 24 months."),
                                 QStringLiteral("--reviewer"), QStringLiteral("Hendra Gunawan"),
                                 QStringLiteral("--output"), decision});
    if (decided.exitCode != 0)
        qWarning("review-decide failed: %s", qPrintable(decided.err));
    return decision;
}

void TestCommandLine::reviewRoundTrip()
{
    QString dealId;
    QString offerId;
    const QString path = makeBookNeedingApproval(QStringLiteral("review.sepakat"), &dealId, &offerId);
    const QString decision = exportAndDecide(path, dealId, QStringLiteral("trip"));
    QVERIFY(QFile::exists(decision));

    // The package travels; the book meanwhile waits for the decision.
    {
        OpenFailure failure;
        auto book = DealBook::open(path, Access::ReadOnly, &failure);
        QVERIFY2(book, qPrintable(failure.message));
        QCOMPARE(book->worksheets().offer(offerId)->status, OfferStatus::Pending);
        QCOMPARE(book->worksheets().approvals(offerId).constLast().submitNote,
                 QStringLiteral("Key account"));
    }

    const Run imported = sepakat({QStringLiteral("review-import"), path, decision});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("approved by Hendra Gunawan")),
             qPrintable(imported.out));
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(book->worksheets().offer(offerId)->status, OfferStatus::Approved);
    const Approval approval = book->worksheets().approvals(offerId).constLast();
    QCOMPARE(approval.status, ApprovalStatus::Approved);
    QCOMPARE(approval.reviewer, QStringLiteral("Hendra Gunawan"));
    QCOMPARE(approval.comment, QStringLiteral("Fine for 24 months."));
    QVERIFY(!ApprovalFlow(*book).proposalRefusal(*book->worksheets().offer(offerId)));
    book.reset();

    // The same decision again changes nothing.
    const Run again = sepakat({QStringLiteral("review-import"), path, decision});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already decided")), qPrintable(again.err));
}

void TestCommandLine::decisionForChangedContentChangesNothing()
{
    QString dealId;
    QString offerId;
    const QString path = makeBookNeedingApproval(QStringLiteral("changed.sepakat"), &dealId, &offerId);
    const QString decision = exportAndDecide(path, dealId, QStringLiteral("changed"));
    qint64 events = 0;
    QList<Approval> approvals;
    {
        // While the manager decided, the salesperson changed the price.
        OpenFailure failure;
        auto book = DealBook::open(path, Access::ReadWrite, &failure);
        QVERIFY2(book, qPrintable(failure.message));
        Offer offer = *book->worksheets().offer(offerId);
        offer.lines[0].discountBasisPoints = 2500;
        SEPAKAT_VERIFY_OK(book->worksheets().saveOffer(offer));
        events = book->audit().count();
        approvals = book->worksheets().approvals(offerId);
        QCOMPARE(approvals.constLast().status, ApprovalStatus::Voided);
    }
    const Run imported = sepakat({QStringLiteral("review-import"), path, decision});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("has changed since it was sent for review")),
             qPrintable(imported.err));
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(book->worksheets().offer(offerId)->status, OfferStatus::Draft);
    QCOMPARE(book->worksheets().approvals(offerId), approvals);
    QCOMPARE(book->audit().count(), events);
}

void TestCommandLine::reviewCommandsRefuseBadInput()
{
    QString dealId;
    QString offerId;
    const QString path = makeBookNeedingApproval(QStringLiteral("bad.sepakat"), &dealId, &offerId);
    const QString package = m_dir.filePath(QStringLiteral("bad.sepakat-review"));
    QCOMPARE(sepakat({QStringLiteral("review-export"), path, QStringLiteral("--deal"),
                      QStringLiteral("no-such-deal"), QStringLiteral("--output"), package})
                 .exitCode,
             1);
    QCOMPARE(sepakat({QStringLiteral("review-export"), path, QStringLiteral("--deal"), dealId,
                      QStringLiteral("--output"), package})
                 .exitCode,
             0);
    const QString decision = m_dir.filePath(QStringLiteral("bad.sepakat-decision"));
    // A rejection without a comment, and neither or both of approve and reject: bad command lines.
    for (const QStringList &options :
         {QStringList{QStringLiteral("--reject")}, QStringList{},
          QStringList{QStringLiteral("--approve"), QStringLiteral("--reject")}}) {
        const Run run = sepakat(QStringList{QStringLiteral("review-decide"), package,
                                            QStringLiteral("--reviewer"), QStringLiteral("H"),
                                            QStringLiteral("--output"), decision}
                                + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(decision));
    }
    // A damaged decision file is refused before the book is touched.
    QFile damaged(decision);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": \"sepakat-decision\", \"version\": 1");
    damaged.close();
    const QByteArray before = fileBytes(path);
    const Run run = sepakat({QStringLiteral("review-import"), path, decision});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
