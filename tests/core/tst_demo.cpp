#include "negotiation/contenthash.h"
#include "samples.h"
#include "storage/approvalflow.h"
#include "storage/demo.h"
#include "storage/repositories.h"
#include "tempbook.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

// Every row of every table, in a stable order: equal dumps mean equal books, ids included.
QStringList dumpBook(const QString &path)
{
    OpenFailure failure;
    std::unique_ptr<DealBook> book = DealBook::open(path, Access::ReadOnly, &failure);
    if (!book)
        return {QStringLiteral("cannot open: ") + failure.message};
    QStringList lines;
    QSqlQuery tables(book->database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(book->database());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            lines << table + u'|' + fields.join(u'|');
        }
    }
    return lines;
}

QStringList pragmaRows(DealBook &book, const QString &pragma)
{
    QSqlQuery query(book.database());
    QStringList rows;
    if (!query.exec(pragma))
        return {QStringLiteral("failed")};
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameSeedSameBook();
    void differentSeedDifferentBook();
    void dealsAsAskedInEveryStage_data();
    void dealsAsAskedInEveryStage();
    void bookIsHealthy();
    void contentFollowsTheDomainRules();
    void refusesToOverwrite();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC)};

    QString write(const QString &name, DemoOptions options)
    {
        const QString path = m_dir.filePath(name);
        const Status status = writeDemoBook(path, options);
        return status.ok() ? path : QString();
    }
};

void TestDemo::init()
{
    Clock::install(&m_clock);
}

void TestDemo::cleanup()
{
    Clock::install(nullptr);
}

void TestDemo::sameSeedSameBook()
{
    const QString a = write(QStringLiteral("a.sepakat"), {120, 7});
    const QString b = write(QStringLiteral("b.sepakat"), {120, 7});
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QStringList dumpA = dumpBook(a);
    const QStringList dumpB = dumpBook(b);
    QVERIFY(dumpA.size() > 500);
    QCOMPARE(dumpA.size(), dumpB.size());
    for (qsizetype i = 0; i < dumpA.size(); ++i)
        QCOMPARE(dumpA.at(i), dumpB.at(i));
}

void TestDemo::differentSeedDifferentBook()
{
    const QString a = write(QStringLiteral("seed1.sepakat"), {60, 1});
    const QString b = write(QStringLiteral("seed2.sepakat"), {60, 2});
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(dumpBook(a) != dumpBook(b));
}

void TestDemo::dealsAsAskedInEveryStage_data()
{
    QTest::addColumn<int>("deals");
    QTest::newRow("none") << 0;
    QTest::newRow("six") << 6;
    QTest::newRow("default") << 60;
    QTest::newRow("a thousand") << 1000;
}

void TestDemo::dealsAsAskedInEveryStage()
{
    QFETCH(int, deals);
    const QString path = write(QStringLiteral("count%1.sepakat").arg(deals), {deals, 3});
    QVERIFY(!path.isEmpty());
    OpenFailure failure;
    std::unique_ptr<DealBook> book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(book->deals().count(), deals);
    QCOMPARE(book->customers().count(), qMax(8, deals / 4));
    QCOMPARE(book->products().count(), 12);
    if (deals >= 6) {
        QSet<Stage> stages;
        for (const DealSummary &s : book->deals().summaries()) {
            stages.insert(s.deal.stage);
            QVERIFY(!s.customerName.isEmpty());
        }
        QCOMPARE(stages.size(), kStageCount);
    }
    if (deals >= 60) {
        for (const char *table : {"needs", "offers", "offer_lines", "plans", "objections",
                                  "tradeables", "concessions", "value_cases", "savings_items",
                                  "contacts", "approvals"})
            QVERIFY2(countRows(*book, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) > 0,
                     table);
    }
}

void TestDemo::bookIsHealthy()
{
    const QString path = write(QStringLiteral("healthy.sepakat"), {500, 7});
    QVERIFY(!path.isEmpty());
    OpenFailure failure;
    std::unique_ptr<DealBook> book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    QCOMPARE(pragmaRows(*book, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(pragmaRows(*book, QStringLiteral("PRAGMA foreign_key_check")), QStringList{});
}

// The demo bypasses the repositories for speed, so this loads it back through them and asks
// every entity whether it is valid.
void TestDemo::contentFollowsTheDomainRules()
{
    const QString path = write(QStringLiteral("rules.sepakat"), {200, 11});
    QVERIFY(!path.isEmpty());
    OpenFailure failure;
    std::unique_ptr<DealBook> book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    const auto check = [](const FieldErrors &errors, const QString &what) {
        if (!errors.isEmpty())
            qWarning("%s: %s", qPrintable(what), qPrintable(joinMessages(errors)));
        return errors.isEmpty();
    };
    QVERIFY(book->settings().load().validate().isEmpty());
    for (const Customer &c : book->customers().all())
        QVERIFY(check(c.validate(), c.name));
    for (const Product &p : book->products().all())
        QVERIFY(check(p.validate(), p.sku));
    WorksheetRepository sheets = book->worksheets();
    int plans = 0;
    for (const DealSummary &s : book->deals().summaries()) {
        const Deal &d = s.deal;
        QVERIFY(check(d.validate(), d.title));
        QVERIFY(d.stageChangedAt <= m_clock.now());
        QVERIFY(d.createdAt <= d.stageChangedAt);
        for (const Need &n : sheets.needs(d.id))
            QVERIFY(check(n.validate(), n.description));
        const QList<Offer> offers = sheets.offers(d.id);
        for (const Offer &o : offers) {
            QVERIFY(check(o.validate(), d.title));
            QVERIFY(!o.lines.isEmpty());
            QCOMPARE(o.currency, d.currency());
            for (const Approval &a : sheets.approvals(o.id)) {
                QVERIFY(check(a.validate(), d.title));
                // Bound to the content like a real request, so the gate and the queue agree.
                QCOMPARE(a.contentHash, offerContentHash(o));
            }
        }
        if (const std::optional<Plan> plan = sheets.plan(d.id)) {
            ++plans;
            QVERIFY(check(plan->validate(), d.title));
            QVERIFY(plan->walkAway.minor() <= plan->target.minor());
            QVERIFY(plan->target.minor() <= plan->opening.minor());
        }
        for (const Tradeable &t : sheets.tradeables(d.id))
            QVERIFY(check(t.validate(), t.give));
        for (const Concession &c : sheets.concessions(d.id))
            QVERIFY(check(c.validate(), c.change));
        if (const std::optional<ValueCaseInputs> v = sheets.valueCase(d.id))
            QVERIFY(check(v->validate(), d.title));
    }
    QVERIFY(plans > 20);
    // A manager opening the demo finds work in the review queue.
    QVERIFY(!ApprovalFlow(*book).pendingReviews().isEmpty());
}

void TestDemo::refusesToOverwrite()
{
    const QString path = write(QStringLiteral("once.sepakat"), {10, 1});
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileBytes(path);
    const Status again = writeDemoBook(path, {10, 2});
    QVERIFY(!again.ok());
    QVERIFY(again.errorMessage().contains(QLatin1String("once.sepakat")));
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
