#include "uitest.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "exchange/exportdialog.h"
#include "exchange/importdialog.h"
#include "storage/repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Sepakat;
using namespace Sepakat::Exchange;
using namespace Sepakat::UiTest;
using namespace Qt::Literals::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QDir(QStringLiteral(SEPAKAT_IMPORT_DATA)).filePath(name);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();

    void previewListsEveryProblem();
    void skipInvalidEnablesImport();
    void mappingStepFixesUnknownHeaders();
    void importWritesAndNotifies();
    void exportWritesTheChosenLists();
    void screenshots_data();
    void screenshots();

private:
    QTableWidget *problems() { return child<QTableWidget>(m_dialog.get(), "problemsTable"); }
    QPushButton *importButton() { return child<QPushButton>(m_dialog.get(), "importButton"); }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<ImportDialog> m_dialog;
};

void TestImportDialog::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("import%1").arg(++counter));
    QVERIFY(book);
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_dialog = std::make_unique<ImportDialog>(*m_document);
    m_dialog->show();
}

void TestImportDialog::cleanup()
{
    m_dialog.reset();
    m_document.reset();
}

void TestImportDialog::previewListsEveryProblem()
{
    QVERIFY(!importButton()->isEnabled()); // no file yet
    m_dialog->setFile(ListKind::Customers, data(u"customers_en.csv"_s));
    QVERIFY(importButton()->isEnabled());
    m_dialog->setFile(ListKind::Deals, data(u"deals_errors.csv"_s));
    QCOMPARE(problems()->rowCount(), 9);
    // Row 6 of the file, its Value column, and why.
    bool found = false;
    for (int r = 0; r < problems()->rowCount(); ++r) {
        if (problems()->item(r, 1)->text() == u"6") {
            found = true;
            QCOMPARE(problems()->item(r, 0)->text(), u"deals_errors.csv"_s);
            QCOMPARE(problems()->item(r, 2)->text(), u"Value"_s);
            QVERIFY(problems()->item(r, 3)->text().contains(u"12x"_s));
        }
    }
    QVERIFY(found);
    QVERIFY(!importButton()->isEnabled()); // all or nothing, and something is wrong
    QVERIFY(child<QLabel>(m_dialog.get(), "summaryLabel")->text().contains(u"9 row"_s));
}

void TestImportDialog::skipInvalidEnablesImport()
{
    m_dialog->setFile(ListKind::Customers, data(u"customers_en.csv"_s));
    m_dialog->setFile(ListKind::Deals, data(u"deals_errors.csv"_s));
    child<QCheckBox>(m_dialog.get(), "skipInvalidCheck")->setChecked(true);
    QVERIFY(importButton()->isEnabled());
    QTest::mouseClick(importButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_document->book().deals().count(), 1);
    QCOMPARE(m_document->book().customers().count(), 3);
}

void TestImportDialog::mappingStepFixesUnknownHeaders()
{
    m_dialog->setFile(ListKind::Customers, data(u"customers_en.csv"_s));
    m_dialog->setFile(ListKind::Deals, data(u"deals_unknown_header.csv"_s));
    QVERIFY(!importButton()->isEnabled());
    auto *mapping = child<QTableWidget>(m_dialog.get(), "mappingTable");
    // Customers' 9 columns, then the deals file's 3.
    QCOMPARE(mapping->rowCount(), 12);
    auto comboAt = [mapping](int row) { return qobject_cast<QComboBox *>(mapping->cellWidget(row, 2)); };
    QCOMPARE(mapping->item(9, 1)->text(), u"Deal name"_s);
    QCOMPARE(comboAt(9)->currentIndex(), 0); // not known: not imported until mapped
    comboAt(9)->setCurrentIndex(comboAt(9)->findText(u"Title"_s));
    comboAt(10)->setCurrentIndex(comboAt(10)->findText(u"Customer"_s));
    QCOMPARE(problems()->rowCount(), 0);
    QVERIFY(importButton()->isEnabled());
    QCOMPARE(m_dialog->plan().deals.size(), 1);
}

void TestImportDialog::importWritesAndNotifies()
{
    QSignalSpy changed(m_document.get(), &BookDocument::changed);
    m_dialog->setFile(ListKind::Customers, data(u"customers_en.csv"_s));
    m_dialog->setFile(ListKind::Products, data(u"products_en.csv"_s));
    m_dialog->setFile(ListKind::Deals, data(u"deals_en.csv"_s));
    QTest::mouseClick(importButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_document->book().deals().count(), 3);
    QCOMPARE(m_document->book().products().count(), 2);
    QCOMPARE(changed.count(), 3); // customers, products and deals pages reload
}

void TestImportDialog::exportWritesTheChosenLists()
{
    m_dialog->setFile(ListKind::Customers, data(u"customers_en.csv"_s));
    QTest::mouseClick(importButton(), Qt::LeftButton);
    ExportDialog dialog(m_document->book());
    QTemporaryDir out;
    dialog.setFolder(out.path());
    child<QCheckBox>(&dialog, "exportList1")->setChecked(false); // no products
    const QStringList paths = dialog.targetPaths();
    QCOMPARE(paths.size(), 2);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    for (const QString &path : paths)
        QVERIFY2(QFile::exists(path), qPrintable(path));
    QFile customers(paths.first());
    QVERIFY(customers.open(QIODevice::ReadOnly));
    QVERIFY(customers.readAll().contains("PT Sinar Jaya, Tbk"));
}

void TestImportDialog::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en") << u"en"_s << QSize(900, 680);
    QTest::newRow("id") << u"id"_s << QSize(900, 680);
    QTest::newRow("id-small") << u"id"_s << QSize(760, 480);
}

// For looking at the dialog: with SEPAKAT_SHOT_DIR set, saves PNGs of it there.
void TestImportDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("SEPAKAT_SHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set SEPAKAT_SHOT_DIR to save pictures of the dialog");
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(Language::install(language));
    m_dialog = std::make_unique<ImportDialog>(*m_document);
    m_dialog->resize(size);
    m_dialog->show();
    m_dialog->setFile(ListKind::Customers, data(u"customers_en.csv"_s));
    m_dialog->setFile(ListKind::Deals, data(u"deals_errors.csv"_s));
    const QString path = QDir(folder).filePath(u"import-%1.png"_s.arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(m_dialog->grab().save(path));
    Language::install(u"en"_s);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
