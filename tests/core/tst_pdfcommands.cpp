#include "proposalfixture.h"
#include "tempbook.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Sepakat;
using Sepakat::Testing::fileBytes;

// Drives `sepakat export-pdf` as a script would: what it writes, and what it refuses without
// leaving anything behind.
class TestPdfCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsEachKindLanguageAndPaper_data();
    void exportsEachKindLanguageAndPaper();
    void refusesWhatItCannotExport_data();
    void refusesWhatItCannotExport();
    void badCommandLinesAreUsageErrors_data();
    void badCommandLinesAreUsageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run sepakat(const QStringList &arguments);
    QString output(const QString &name) const { return m_book.dir() + u'/' + name; }

    Testing::TempBook m_book;
    Testing::ProposalFixture m_fixture;
};

TestPdfCommands::Run TestPdfCommands::sepakat(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SEPAKAT_LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEPAKAT_BINARY), QStringList{QStringLiteral("export-pdf")}
                                                      + arguments);
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestPdfCommands::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SEPAKAT_BINARY)));
    QVERIFY(m_book.isValid());
    m_fixture = Testing::writeProposalFixture(m_book.book());
    QVERIFY(!m_fixture.dealId.isEmpty());
    m_book.close(); // the command opens it itself
}

void TestPdfCommands::exportsEachKindLanguageAndPaper_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("proposal, the deal's language") << QStringList();
    QTest::newRow("proposal in English on Letter")
        << QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                       QStringLiteral("--page-size"), QStringLiteral("letter")};
    QTest::newRow("proposal of round 1")
        << QStringList{QStringLiteral("--round"), QStringLiteral("1")};
    QTest::newRow("worksheet in Indonesian")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("worksheet"),
                       QStringLiteral("--language"), QStringLiteral("id")};
}

void TestPdfCommands::exportsEachKindLanguageAndPaper()
{
    QFETCH(QStringList, options);
    const QString path = output(QStringLiteral("out.pdf"));
    QFile::remove(path);
    const Run run = sepakat(QStringList{m_book.path(), QStringLiteral("--deal"), m_fixture.dealId,
                                        QStringLiteral("--output"), path}
                            + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("out.pdf")));
    const QByteArray pdf = fileBytes(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
}

void TestPdfCommands::refusesWhatItCannotExport_data()
{
    QTest::addColumn<QString>("deal");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown deal") << QStringLiteral("no-such-deal") << QStringLiteral("keep.pdf")
                                  << QStringList() << QStringLiteral("no deal \"no-such-deal\"");
    QTest::newRow("deal without an offer") << QStringLiteral("empty") << QStringLiteral("keep.pdf")
                                           << QStringList() << QStringLiteral("no offer");
    QTest::newRow("offer that needs approval")
        << QStringLiteral("unapproved") << QStringLiteral("keep.pdf") << QStringList()
        << QStringLiteral("needs a manager's approval");
    QTest::newRow("round that does not exist")
        << QString() << QStringLiteral("keep.pdf")
        << QStringList{QStringLiteral("--round"), QStringLiteral("7")}
        << QStringLiteral("no offer round 7");
    QTest::newRow("folder that does not exist")
        << QString() << QStringLiteral("missing/out.pdf") << QStringList()
        << QStringLiteral("Cannot write");
    QTest::newRow("a folder as the output") << QString() << QString() << QStringList()
                                            << QStringLiteral("Cannot write");
}

void TestPdfCommands::refusesWhatItCannotExport()
{
    QFETCH(QString, deal);
    QFETCH(QString, target);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    if (deal.isEmpty())
        deal = m_fixture.dealId;
    else if (deal == u"empty")
        deal = m_fixture.emptyDealId;
    else if (deal == u"unapproved")
        deal = m_fixture.unapprovedDealId;
    const QString path = target.isEmpty() ? m_book.dir() : output(target);
    // An earlier export at the same path stays as it was.
    const bool existing = QFile::exists(QFileInfo(path).absolutePath()) && !QFileInfo(path).isDir();
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier export");
    }
    const Run run = sepakat(QStringList{m_book.path(), QStringLiteral("--deal"), deal,
                                        QStringLiteral("--output"), path}
                            + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (existing)
        QCOMPARE(fileBytes(path), QByteArray("earlier export"));
    else
        QVERIFY(!QFileInfo(path).isFile());
}

void TestPdfCommands::badCommandLinesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no output") << QStringList{QStringLiteral("--deal"), QStringLiteral("x")};
    QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("invoice")};
    QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")};
    QTest::newRow("page size") << QStringList{QStringLiteral("--page-size"), QStringLiteral("A3")};
    QTest::newRow("round") << QStringList{QStringLiteral("--round"), QStringLiteral("0")};
}

void TestPdfCommands::badCommandLinesAreUsageErrors()
{
    QFETCH(QStringList, options);
    QStringList arguments = {m_book.path()};
    if (!options.contains(QStringLiteral("--deal")))
        arguments << QStringLiteral("--deal") << m_fixture.dealId << QStringLiteral("--output")
                  << output(QStringLiteral("usage.pdf"));
    const Run run = sepakat(arguments + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(output(QStringLiteral("usage.pdf"))));
}

QTEST_GUILESS_MAIN(TestPdfCommands)
#include "tst_pdfcommands.moc"
