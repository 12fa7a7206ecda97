// BulkInsert: the rows it adds read back like any other, and its deferral of the deals table's
// secondary indexes never loses an index, whether the adding succeeds or fails.

#include "storage/bulkinsert.h"
#include "util/uuid.h"

#include "samples.h"
#include "tempbook.h"

#include <QSqlQuery>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

// The deals table's declared indexes as "name: statement", sorted.
QStringList dealIndexes(DealBook &book)
{
    QSqlQuery query(book.database());
    query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                              " AND tbl_name = 'deals' AND sql IS NOT NULL ORDER BY name"));
    QStringList indexes;
    while (query.next())
        indexes << query.value(0).toString() + QStringLiteral(": ") + query.value(1).toString();
    return indexes;
}

QString integrity(DealBook &book)
{
    QSqlQuery query(book.database());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
               ? query.value(0).toString()
               : QStringLiteral("integrity check did not run");
}

// Adds `count` deals for the customer through addingDeals; `seen` gets the indexes as they were
// while the deals went in, and `fail` makes the adding fail after the last one.
Status addDeals(DealBook &book, const QString &customerId, int count, QStringList *seen,
                bool fail = false)
{
    return book.transact([&]() -> Status {
        BulkInsert insert(book);
        return insert.addingDeals(count, [&]() -> Status {
            *seen = dealIndexes(book);
            for (int i = 0; i < count; ++i) {
                Deal d = sampleDeal(customerId, i % 2 ? Stage::Won : Stage::Prospect);
                d.id = newId();
                d.title = QStringLiteral("Deal %1").arg(i);
                d.expectedClose = QDate(2026, 1 + i % 12, 1 + i % 28);
                if (Status s = insert.deal(d); !s)
                    return s;
            }
            return fail ? Status(Error{QStringLiteral("stopped on purpose"), {}})
                        : Status::success();
        });
    });
}

qint64 dealCount(DealBook &book)
{
    QSqlQuery query(book.database());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM deals")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dealsReadBackAsWritten();
    void largeAddRebuildsIndexes();
    void smallAddKeepsIndexes();
    void failedAddLeavesIndexesAndNoDeals();

private:
    std::unique_ptr<TempBook> m_temp;
    QString m_customerId;
    QStringList m_indexes; // as the schema made them
};

void TestBulkInsert::init()
{
    m_temp = std::make_unique<TempBook>();
    QVERIFY(m_temp->isValid());
    Customer customer = sampleCustomer();
    customer.id = newId();
    SEPAKAT_VERIFY_OK(m_temp->book().customers().save(customer));
    m_customerId = customer.id;
    m_indexes = dealIndexes(m_temp->book());
    QCOMPARE(m_indexes.size(), 2); // deals_customer, deals_stage
}

void TestBulkInsert::cleanup()
{
    m_temp.reset();
}

void TestBulkInsert::dealsReadBackAsWritten()
{
    DealBook &book = m_temp->book();
    QStringList seen;
    SEPAKAT_VERIFY_OK(addDeals(book, m_customerId, 3, &seen));
    const QList<DealSummary> summaries = book.deals().summaries();
    QCOMPARE(summaries.size(), 3);
    for (const DealSummary &s : summaries) {
        const int i = s.deal.title.mid(5).toInt();
        QCOMPARE(s.deal.customerId, m_customerId);
        QCOMPARE(s.deal.stage, i % 2 ? Stage::Won : Stage::Prospect);
        QCOMPARE(s.deal.value, Money(480'000'000, QStringLiteral("IDR")));
        QCOMPARE(s.deal.expectedClose, QDate(2026, 1 + i % 12, 1 + i % 28));
    }
}

void TestBulkInsert::largeAddRebuildsIndexes()
{
    DealBook &book = m_temp->book();
    QStringList seen;
    SEPAKAT_VERIFY_OK(addDeals(book, m_customerId, 1500, &seen));
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u'\n'))); // deferred while the deals went in
    QCOMPARE(dealIndexes(book), m_indexes);                  // and back, as they were
    QCOMPARE(integrity(book), QStringLiteral("ok"));
    QCOMPARE(dealCount(book), 1500);
    // The rebuilt index answers for the new rows.
    QSqlQuery won(book.database());
    QVERIFY(won.exec(QStringLiteral("SELECT COUNT(*) FROM deals INDEXED BY deals_stage"
                                    " WHERE stage = 'won'")));
    QVERIFY(won.next());
    QCOMPARE(won.value(0).toLongLong(), 750);
}

void TestBulkInsert::smallAddKeepsIndexes()
{
    DealBook &book = m_temp->book();
    QStringList seen;
    SEPAKAT_VERIFY_OK(addDeals(book, m_customerId, 1500, &seen));
    // 1,000 more do not double 1,500 deals: the indexes are updated row by row.
    SEPAKAT_VERIFY_OK(addDeals(book, m_customerId, 1000, &seen));
    QCOMPARE(seen, m_indexes);
    QCOMPARE(dealIndexes(book), m_indexes);
    QCOMPARE(dealCount(book), 2500);
}

void TestBulkInsert::failedAddLeavesIndexesAndNoDeals()
{
    DealBook &book = m_temp->book();
    QStringList seen;
    QVERIFY(!addDeals(book, m_customerId, 1500, &seen, true));
    QVERIFY(seen.isEmpty());
    QCOMPARE(dealIndexes(book), m_indexes);
    QCOMPARE(dealCount(book), 0);
    QCOMPARE(integrity(book), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulkinsert.moc"
