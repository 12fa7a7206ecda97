#include "exchange/dealjson.h"
#include "exchange/dealtransfer.h"
#include "storage/demo.h"
#include "storage/repositories.h"

#include "samples.h"
#include "tempbook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Exchange;
using namespace Sepakat::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

// Counts of every table, to show an import that failed left the book as it was.
QList<qint64> tableCounts(DealBook &book)
{
    QList<qint64> counts;
    for (const char *table : {"customers", "contacts", "products", "deals", "needs", "offers",
                              "offer_lines", "plans", "objections", "tradeables", "concessions",
                              "value_cases", "savings_items", "approvals", "audit_events"})
        counts << countRows(book, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return counts;
}

} // namespace

class TestDealJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripsIntoAnEmptyBook_data();
    void roundTripsIntoAnEmptyBook();
    void errorsNameTheJsonPath_data();
    void errorsNameTheJsonPath();
    void newerVersionIsRefused();
    void notJson();
    void existingDealIsRefusedAndNothingChanges();
    void failingPartLeavesNothing();
    void customerAndProductsAreReused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DealBook> m_demo;
    QStringList m_dealIds;
    QByteArray m_sample; // the JSON of a deal with a full worksheet
};

void TestDealJson::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sepakat"));
    SEPAKAT_VERIFY_OK(writeDemoBook(path, DemoOptions{40, 7}));
    OpenFailure failure;
    m_demo = DealBook::open(path, Access::ReadWrite, &failure);
    QVERIFY2(m_demo, qPrintable(failure.message));
    for (const DealSummary &s : m_demo->deals().summaries())
        m_dealIds << s.deal.id;
    QVERIFY(m_dealIds.size() == 40);
    // The richest worksheet is the sample for the error cases.
    qsizetype richest = 0;
    for (const QString &id : std::as_const(m_dealIds)) {
        const QByteArray json = writeDealJson(loadDeal(*m_demo, id).value());
        if (json.size() > richest) {
            richest = json.size();
            m_sample = json;
        }
    }
}

void TestDealJson::roundTripsIntoAnEmptyBook_data()
{
    QTest::addColumn<QString>("dealId");
    for (const QString &id : std::as_const(m_dealIds))
        QTest::newRow(qPrintable(id)) << id;
}

void TestDealJson::roundTripsIntoAnEmptyBook()
{
    QFETCH(QString, dealId);
    const Result<DealDocument> loaded = loadDeal(*m_demo, dealId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    const QByteArray exported = writeDealJson(*loaded);

    const Result<DealDocument> read = readDealJson(exported);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(read.value() == loaded.value());

    TempBook target;
    QVERIFY(target.isValid());
    SEPAKAT_VERIFY_OK(storeDeal(target.book(), read.value()));
    const Result<DealDocument> again = loadDeal(target.book(), dealId);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(writeDealJson(*again), exported);
    QVERIFY(again.value() == loaded.value());
}

void TestDealJson::errorsNameTheJsonPath_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");

    QTest::newRow("stage unknown") << QByteArray("\"stage\": \"") << QByteArray("\"stage\": \"x")
                                   << QStringLiteral("deal.stage");
    QTest::newRow("money without currency")
        << QByteArray("\"value\": \"") << QByteArray("\"value\": \"12 ")
        << QStringLiteral("deal.value");
    QTest::newRow("quantity zero")
        << QByteArray("\"quantityMilli\": ") << QByteArray("\"quantityMilli\": 0, \"x\": ")
        << QStringLiteral("offers[0].lines[0].quantityMilli");
    QTest::newRow("urgency text") << QByteArray("\"urgency\": ")
                                  << QByteArray("\"urgency\": \"high\", \"x\": ")
                                  << QStringLiteral("needs[0].urgency");
    QTest::newRow("missing field") << QByteArray("\"title\":") << QByteArray("\"titel\":")
                                   << QStringLiteral("deal.title");
    QTest::newRow("bad date") << QByteArray("\"expectedClose\": \"")
                              << QByteArray("\"expectedClose\": \"31/")
                              << QStringLiteral("deal.expectedClose");
    QTest::newRow("dangling product") << QByteArray("\"productId\": \"")
                                      << QByteArray("\"productId\": \"nope")
                                      << QStringLiteral("needs[0].productId");
}

void TestDealJson::errorsNameTheJsonPath()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QByteArray json = m_sample;
    const qsizetype at = json.indexOf(from);
    QVERIFY2(at >= 0, from.constData());
    json.replace(at, from.size(), to);
    const Result<DealDocument> read = readDealJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, path);
    QVERIFY2(read.errorMessage().contains(path), qPrintable(read.errorMessage()));
}

void TestDealJson::newerVersionIsRefused()
{
    QJsonObject root = QJsonDocument::fromJson(m_sample).object();
    root.insert(QStringLiteral("version"), kDealJsonVersion + 1);
    const Result<DealDocument> read = readDealJson(QJsonDocument(root).toJson());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("version"));
    QVERIFY2(read.errorMessage().contains(QStringLiteral("newer")), qPrintable(read.errorMessage()));
}

void TestDealJson::notJson()
{
    QVERIFY(!readDealJson("{\"format\": ").ok());
    QVERIFY(!readDealJson("[]").ok());
    QCOMPARE(readDealJson("{\"format\": \"other\", \"version\": 1}").error().field,
             QStringLiteral("format"));
}

void TestDealJson::existingDealIsRefusedAndNothingChanges()
{
    const DealDocument document = readDealJson(m_sample).value();
    TempBook target;
    SEPAKAT_VERIFY_OK(storeDeal(target.book(), document));
    const QList<qint64> before = tableCounts(target.book());
    const Status again = storeDeal(target.book(), document);
    QVERIFY(!again.ok());
    QCOMPARE(tableCounts(target.book()), before);
}

void TestDealJson::failingPartLeavesNothing()
{
    // A line in another currency than its offer passes the file's checks but not the book's:
    // the deal, customer and products saved before it must go too.
    DealDocument document = readDealJson(m_sample).value();
    QVERIFY(!document.offers.isEmpty() && !document.offers.last().lines.isEmpty());
    OfferLine &line = document.offers.last().lines.first();
    line.unitPrice = Money(100, document.offers.last().currency == QStringLiteral("USD")
                                    ? QStringLiteral("EUR")
                                    : QStringLiteral("USD"));
    TempBook target;
    const QList<qint64> before = tableCounts(target.book());
    const Status stored = storeDeal(target.book(), document);
    QVERIFY(!stored.ok());
    QCOMPARE(tableCounts(target.book()), before);
}

void TestDealJson::customerAndProductsAreReused()
{
    DealDocument document = readDealJson(m_sample).value();
    QVERIFY(!document.products.isEmpty());
    TempBook target;
    Customer same = document.customer;
    same.id.clear();
    SEPAKAT_VERIFY_OK(target.book().customers().save(same));
    Product sameSku = document.products.first();
    sameSku.id.clear();
    SEPAKAT_VERIFY_OK(target.book().products().save(sameSku));

    SEPAKAT_VERIFY_OK(storeDeal(target.book(), document));
    QCOMPARE(target.book().customers().count(), 1);
    QCOMPARE(target.book().products().count(), qint64(document.products.size()));
    const Deal stored = target.book().deals().find(document.deal.id).value();
    QCOMPARE(stored.customerId, target.book().customers().all().first().id);
}

QTEST_GUILESS_MAIN(TestDealJson)
#include "tst_dealjson.moc"
