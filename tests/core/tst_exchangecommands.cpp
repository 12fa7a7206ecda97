// Drives `sepakat import`, `export-csv`, `export-deal` and `import-deal` as a script would.

#include "tempbook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sepakat;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run sepakat(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SEPAKAT_LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEPAKAT_BINARY), arguments);
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const QString &name)
{
    return QDir(QStringLiteral(SEPAKAT_IMPORT_DATA)).filePath(name);
}

} // namespace

class TestExchangeCommands : public QObject
{
    Q_OBJECT

private slots:
    void importMakesTheBookAndReports();
    void importWithProblemsImportsNothing();
    void skipInvalidImportsTheRest();
    void exportCsvWritesEachList();
    void dealJsonRoundTrip();
    void importDealRefusesBadFile();

private:
    QTemporaryDir m_dir;
};

void TestExchangeCommands::importMakesTheBookAndReports()
{
    const QString book = m_dir.filePath(u"made.sepakat"_s);
    const Run run = sepakat({u"import"_s, book, u"--customers"_s, data(u"customers_en.csv"_s),
                             u"--deals"_s, data(u"deals_duplicates.csv"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(book));
    // The duplicate is reported with its file and row, and the rest imported.
    QVERIFY2(run.out.contains(u"deals_duplicates.csv row 3, column Title: "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Imported 3 customers, 0 products and 2 deals"_s), qPrintable(run.out));

    // Again: all duplicates, nothing imported, a non-zero exit.
    const Run again = sepakat({u"import"_s, book, u"--customers"_s, data(u"customers_en.csv"_s)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"Nothing was imported"_s), qPrintable(again.err));
}

void TestExchangeCommands::importWithProblemsImportsNothing()
{
    const QString book = m_dir.filePath(u"problems.sepakat"_s);
    const Run run = sepakat({u"import"_s, book, u"--customers"_s, data(u"customers_en.csv"_s),
                             u"--deals"_s, data(u"deals_errors.csv"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"deals_errors.csv row 6, column Value: "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"deals_errors.csv row 11: "_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"9 rows have problems"_s), qPrintable(run.err));
    const Run list = sepakat({u"deals"_s, book, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

void TestExchangeCommands::skipInvalidImportsTheRest()
{
    const QString book = m_dir.filePath(u"skip.sepakat"_s);
    const Run run = sepakat({u"import"_s, book, u"--customers"_s, data(u"customers_en.csv"_s),
                             u"--deals"_s, data(u"deals_errors.csv"_s), u"--skip-invalid"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"and 1 deals"_s));
}

void TestExchangeCommands::exportCsvWritesEachList()
{
    const QString book = m_dir.filePath(u"export.sepakat"_s);
    QCOMPARE(sepakat({u"demo"_s, book, u"--deals"_s, u"20"_s}).exitCode, 0);
    const QString deals = m_dir.filePath(u"deals.csv"_s);
    const QString products = m_dir.filePath(u"produk.csv"_s);
    const Run run = sepakat({u"export-csv"_s, book, u"--deals"_s, deals, u"--products"_s, products,
                             u"--indonesian"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(deals);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFId;Judul;Pelanggan;Tahap;Nilai;Mata uang;Perkiraan tutup;Pemilik\r\n"));
    QCOMPARE(bytes.count("\r\n"), 21);
    QVERIFY(QFile::exists(products));
    QCOMPARE(sepakat({u"export-csv"_s, book}).exitCode, 2);
}

void TestExchangeCommands::dealJsonRoundTrip()
{
    const QString book = m_dir.filePath(u"json.sepakat"_s);
    QCOMPARE(sepakat({u"demo"_s, book, u"--deals"_s, u"10"_s}).exitCode, 0);
    const Run list = sepakat({u"deals"_s, book, u"--json"_s});
    const QString id =
        QJsonDocument::fromJson(list.out.toUtf8()).array().at(3).toObject().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const QString json = m_dir.filePath(u"deal.json"_s);
    Run run = sepakat({u"export-deal"_s, book, u"--deal"_s, id, u"--output"_s, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QString other = m_dir.filePath(u"other.sepakat"_s);
    run = sepakat({u"import-deal"_s, other, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString again = m_dir.filePath(u"again.json"_s);
    QCOMPARE(sepakat({u"export-deal"_s, other, u"--deal"_s, id, u"--output"_s, again}).exitCode, 0);
    QCOMPARE(Testing::fileBytes(again), Testing::fileBytes(json));

    // Importing it twice is refused and says why.
    run = sepakat({u"import-deal"_s, other, json});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"already holds"_s), qPrintable(run.err));
}

void TestExchangeCommands::importDealRefusesBadFile()
{
    const QString json = m_dir.filePath(u"newer.json"_s);
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "sepakat-deal", "version": 99})");
    file.close();
    const QString book = m_dir.filePath(u"untouched.sepakat"_s);
    const Run run = sepakat({u"import-deal"_s, book, json});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"newer Sepakat"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(book)); // a refused file does not leave an empty book behind
}

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "tst_exchangecommands.moc"
