#include "uitest.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "exchange/dealfiles.h"
#include "storage/repositories.h"

#include <QMessageBox>
#include <QSignalSpy>

using namespace Sepakat;
using namespace Sepakat::UiTest;

// File > Export deal file… and Import deal file…: a deal with its worksheet handed from one
// book to another, and refused files that leave the book as it was. (The menu action and its
// save dialog: tst_mainwindow.)
class TestDealFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportedDealArrivesInAnotherBook();
    void refusedFileChangesNothing_data();
    void refusedFileChangesNothing();

private:
    QString exportSample();

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_from;
    std::unique_ptr<BookDocument> m_to;
};

void TestDealFiles::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestDealFiles::init()
{
    static int counter = 0;
    ++counter;
    m_from =
        std::make_unique<BookDocument>(createBook(m_dir, QStringLiteral("from%1").arg(counter)));
    m_to = std::make_unique<BookDocument>(createBook(m_dir, QStringLiteral("to%1").arg(counter)));
    DealBook &book = m_from->book();
    QVERIFY(addSampleDeal(book));
    Offer offer;
    offer.id = QStringLiteral("o1");
    offer.dealId = QStringLiteral("d1");
    OfferLine line;
    line.description = QStringLiteral("Handheld scanner");
    line.quantityMilli = 20'000;
    line.unitPrice = Money(12'500'000, QStringLiteral("IDR"));
    offer.lines << line;
    QVERIFY(book.worksheets().saveOffer(offer));
}

void TestDealFiles::cleanup()
{
    m_from.reset();
    m_to.reset();
}

QString TestDealFiles::exportSample()
{
    const QString path = m_dir.filePath(QStringLiteral("handover.json"));
    return DealFiles::writeDealFile(nullptr, *m_from, QStringLiteral("d1"), path) ? path
                                                                                 : QString();
}

void TestDealFiles::exportedDealArrivesInAnotherBook()
{
    const QString written = exportSample();
    // The suffix is added when the user leaves it out.
    QVERIFY(QFileInfo::exists(written));

    QSignalSpy changed(m_to.get(), &BookDocument::changed);
    QCOMPARE(DealFiles::importDealFile(nullptr, *m_to, written), QStringLiteral("d1"));
    const std::optional<Deal> arrived = m_to->book().deals().find(QStringLiteral("d1"));
    QVERIFY(arrived);
    QCOMPARE(arrived->title, QStringLiteral("Warehouse scanners"));
    const QList<Offer> offers = m_to->book().worksheets().offers(QStringLiteral("d1"));
    QCOMPARE(offers.size(), 1);
    QCOMPARE(offers.first().lines.first().description, QStringLiteral("Handheld scanner"));
    QCOMPARE(m_to->book().customers().all().first().name, QStringLiteral("PT Sinar Distribusi"));
    // The board, the customers and the catalog hear of it.
    QVERIFY(changed.contains({QVariant::fromValue(BookDocument::Part::Deals)}));
}

void TestDealFiles::refusedFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the exported deal, imported twice
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{ this is not") << QString();
    QTest::newRow("another kind of JSON") << QByteArray(R"({"format": "something-else"})")
                                          << QString();
    QTest::newRow("deal already there") << QByteArray() << QStringLiteral("d1");
}

void TestDealFiles::refusedFileChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QString path = exportSample();
    if (content.isEmpty()) {
        QCOMPARE(DealFiles::importDealFile(nullptr, *m_to, path), QStringLiteral("d1"));
    } else {
        path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const qint64 deals = m_to->book().deals().count();

    QString said;
    whenModalOf<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->close();
    });
    QVERIFY(DealFiles::importDealFile(nullptr, *m_to, path).isEmpty());
    QVERIFY2(said.contains(QStringLiteral("was not imported; the deal book is unchanged")),
             qPrintable(said));
    if (!reason.isEmpty())
        QVERIFY2(said.contains(reason), qPrintable(said));
    QCOMPARE(m_to->book().deals().count(), deals);
}

QTEST_MAIN(TestDealFiles)
#include "tst_dealfiles.moc"
