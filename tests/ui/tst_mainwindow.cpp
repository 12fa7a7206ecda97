#include "common/bookdocument.h"
#include "common/language.h"
#include "damagedbooks.h"
#include "shell/mainwindow.h"
#include "shell/recentbooks.h"
#include "storage/backups.h"
#include "storage/repositories.h"
#include "tempbook.h"
#include "uitest.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();

    void shortcutsSwitchPages_data();
    void shortcutsSwitchPages();
    void findKeysGoToThePagesSearch_data();
    void findKeysGoToThePagesSearch();
    void titleShowsBookName();
    void languageSwitchUpdatesVisibleTexts();
    void readOnlyBookShowsIt();
    void lockedBookIsOfferedReadOnly();
    void damagedFileKeepsCurrentBook();
    void damagedCorpusIsRefusedClearly_data();
    void damagedCorpusIsRefusedClearly();
    void openingKeepsADailyBackup();
    void restoreFromBackupBringsItBack();
    void recentBooksRemembered();
    void closingSavesTheFieldBeingEdited();
    void exportDealFileTakesTheDealInView();

private:
    QString currentPageName() const
    {
        return child<QStackedWidget>(m_window.get(), "pages")->currentWidget()->objectName();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QList<Testing::DamagedBook> m_corpus;
};

void TestMainWindow::init()
{
    Language::install(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>();
    m_window->setBook(createBook(m_dir, QStringLiteral("Acme deals")));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

void TestMainWindow::shortcutsSwitchPages_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("page");
    QTest::newRow("Ctrl+1") << int(Qt::Key_1) << QStringLiteral("pipelinePage");
    QTest::newRow("Ctrl+2") << int(Qt::Key_2) << QStringLiteral("customersPage");
    QTest::newRow("Ctrl+3") << int(Qt::Key_3) << QStringLiteral("reviewPage");
    QTest::newRow("Ctrl+4") << int(Qt::Key_4) << QStringLiteral("catalogPage");
    QTest::newRow("Ctrl+5") << int(Qt::Key_5) << QStringLiteral("settingsPage");
}

void TestMainWindow::shortcutsSwitchPages()
{
    QFETCH(int, key);
    QFETCH(QString, page);
    // Start elsewhere, so the shortcut has something to change.
    m_window->showPage(key == Qt::Key_1 ? MainWindow::Page::Settings : MainWindow::Page::Pipeline);
    QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);
    QTRY_COMPARE(currentPageName(), page);
    const auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    QCOMPARE(navigation->currentRow(), key - Qt::Key_1);
}

void TestMainWindow::findKeysGoToThePagesSearch_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("search");
    QTest::newRow("pipeline") << int(MainWindow::Page::Pipeline) << QStringLiteral("filter-text");
    QTest::newRow("customers") << int(MainWindow::Page::Customers)
                               << QStringLiteral("customerSearch");
    QTest::newRow("review") << int(MainWindow::Page::Review) << QStringLiteral("reviewFilter");
    QTest::newRow("catalog") << int(MainWindow::Page::Catalog) << QStringLiteral("catalogSearch");
}

void TestMainWindow::findKeysGoToThePagesSearch()
{
    QFETCH(int, page);
    QFETCH(QString, search);
    m_window->showPage(MainWindow::Page(page));
    auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    navigation->setFocus();
    QTest::keySequence(navigation, QKeySequence::Find);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QCOMPARE(focused->objectName(), search);
}

void TestMainWindow::titleShowsBookName()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme deals — Sepakat"));
    QVERIFY(child<QLabel>(m_window.get(), "bookPathLabel")
                ->text()
                .endsWith(QStringLiteral("Acme deals.sepakat")));
}

void TestMainWindow::languageSwitchUpdatesVisibleTexts()
{
    auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("Settings"));
    m_window->showPage(MainWindow::Page::Catalog);
    auto *catalogTitle = child<QWidget>(m_window.get(), "catalogPage")
                             ->findChild<QLabel *>(QStringLiteral("pageTitle"));

    m_window->findChild<QAction *>(QStringLiteral("actionLanguage_id"))->trigger();
    QTRY_COMPARE(navigation->item(4)->text(), QStringLiteral("Pengaturan"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Pelanggan"));
    QTRY_COMPARE(catalogTitle->text(), QStringLiteral("Katalog"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Berkas"));
    QCOMPARE(Language::current(), QStringLiteral("id"));
    QCOMPARE(Language::remembered(), QStringLiteral("id"));

    m_window->findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    QTRY_COMPARE(navigation->item(4)->text(), QStringLiteral("Settings"));
    QTRY_COMPARE(catalogTitle->text(), QStringLiteral("Catalog"));
    QCOMPARE(Language::remembered(), QStringLiteral("en"));
}

void TestMainWindow::readOnlyBookShowsIt()
{
    const QString path = m_window->document()->book().path();
    m_window->setBook(createBook(m_dir, QStringLiteral("Other")));
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    m_window->setBook(std::move(book));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(read-only)")));
    // Pages are made when first shown; each shown one must know the book is read-only.
    for (const auto page :
         {MainWindow::Page::Catalog, MainWindow::Page::Customers, MainWindow::Page::Settings})
        m_window->showPage(page);
    QVERIFY(child<QLabel>(m_window.get(), "readOnlyLabel")->isVisible());
    QVERIFY(!child<QPushButton>(m_window.get(), "addProduct")->isEnabled());
    QVERIFY(!child<QPushButton>(m_window.get(), "addCustomer")->isEnabled());
    QVERIFY(!child<QPushButton>(m_window.get(), "saveBookSettings")->isEnabled());
}

void TestMainWindow::lockedBookIsOfferedReadOnly()
{
    // The window holds "Acme deals" for writing; a second window is "another Sepakat".
    const QString path = m_window->document()->book().path();
    MainWindow second;
    second.setBook(createBook(m_dir, QStringLiteral("Second")));
    QString question;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        question = box->text();
        QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("Open read-only"));
        box->button(QMessageBox::Yes)->click();
    });
    const bool opened = second.openBook(path);
    if (question.isEmpty())
        QSKIP("The lock is not seen as held from within the same process");
    QVERIFY(opened);
    QVERIFY(second.document()->isReadOnly());
    QVERIFY(second.windowTitle().contains(QStringLiteral("(read-only)")));
}

void TestMainWindow::damagedFileKeepsCurrentBook()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.sepakat"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is not a deal book, only some notes.\n");
    file.close();
    bool warned = false;
    whenModal([&](QWidget *modal) {
        warned = qobject_cast<QMessageBox *>(modal) != nullptr;
        modal->close();
    });
    QVERIFY(!m_window->openBook(path));
    QVERIFY(warned);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme deals — Sepakat"));
}

void TestMainWindow::damagedCorpusIsRefusedClearly_data()
{
    QTest::addColumn<int>("index");
    // Written once per run: the rows below only read it.
    static QTemporaryDir corpusDir;
    static const QList<Testing::DamagedBook> corpus = Testing::writeDamagedBooks(corpusDir.path());
    QVERIFY(corpus.size() > 20);
    m_corpus = corpus;
    for (int i = 0; i < corpus.size(); ++i)
        QTest::newRow(qPrintable(corpus.at(i).name)) << i;
}

// Opening each damaged file from the window: a warning that names the file and says what is
// wrong, the current book stays, and the file is not changed by a single byte.
void TestMainWindow::damagedCorpusIsRefusedClearly()
{
    QFETCH(int, index);
    const Testing::DamagedBook &damaged = m_corpus.at(index);
    if (damaged.unreadable && Testing::permissionsAreIgnored(damaged.path))
        QSKIP("Running as root: file permissions do not stop reads, so there is no unreadable "
              "file to test");
    const QByteArray before = Testing::fileBytes(damaged.path);
    QString title;
    QString warning;
    const QPointer<QTimer> watcher = whenModal([&](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            title = box->windowTitle();
            warning = box->text();
        }
        modal->close();
    });
    const bool opened = m_window->openBook(damaged.path);
    delete watcher.data(); // a book that opens shows no dialog
    if (damaged.problem != OpenProblem::None) {
        QVERIFY(!opened);
        QCOMPARE(title, QStringLiteral("Cannot open deal book"));
        QVERIFY2(warning.contains(damaged.messagePart), qPrintable(warning));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme deals — Sepakat"));
    } else if (!opened) {
        QVERIFY2(warning.contains(QStringLiteral("is damaged")), qPrintable(warning));
    } else {
        // Damage SQLite has not met yet: the book shows; leaving it must not write to it.
        QVERIFY(warning.isEmpty());
        for (int page = 0; page < MainWindow::kPageCount; ++page)
            m_window->showPage(static_cast<MainWindow::Page>(page));
        QApplication::processEvents();
        m_window->setBook(createBook(m_dir, QStringLiteral("After")));
    }
    QCOMPARE(Testing::fileBytes(damaged.path), before);
}

void TestMainWindow::openingKeepsADailyBackup()
{
    const QString path = m_window->document()->book().path();
    const BookBackups backups(path);
    QVERIFY(backups.list().isEmpty()); // made by create, not opened: nothing to back up yet
    m_window->setBook(createBook(m_dir, QStringLiteral("Other")));
    QVERIFY(m_window->openBook(path));
    m_window->waitForBackup();
    QCOMPARE(backups.list().size(), 1);
    m_window->setBook(createBook(m_dir, QStringLiteral("Third")));
    QVERIFY(m_window->openBook(path));
    m_window->waitForBackup();
    QCOMPARE(backups.list().size(), 1); // one a day
}

void TestMainWindow::restoreFromBackupBringsItBack()
{
    const QString path = m_window->document()->book().path();
    QAction *restore = child<QAction>(m_window.get(), "actionRestoreBackup");
    QVERIFY(restore->isEnabled());

    // No backup yet: the window says where they will be.
    QString said;
    whenModal([&](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            said = box->text();
        modal->close();
    });
    restore->trigger();
    QVERIFY2(said.contains(QStringLiteral("has no backups yet")), qPrintable(said));

    m_window->setBook(createBook(m_dir, QStringLiteral("Other")));
    QVERIFY(m_window->openBook(path)); // the day's backup: an empty book
    m_window->waitForBackup();
    DealBook &book = m_window->document()->book();
    Customer customer;
    customer.name = QStringLiteral("PT Sinar Logistik");
    QVERIFY(book.customers().save(customer).ok());
    QCOMPARE(book.customers().all().size(), 1);

    QString question, restoreButton;
    whenModal([&](QWidget *modal) {
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("backupList"));
        if (!list) {
            modal->close();
            return;
        }
        QCOMPARE(list->count(), 1);
        whenModal([&](QWidget *confirm) {
            if (auto *box = qobject_cast<QMessageBox *>(confirm)) {
                question = box->text();
                restoreButton = box->button(QMessageBox::Yes)->text();
                box->button(QMessageBox::Yes)->click();
            } else {
                confirm->close();
            }
        });
        modal->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    });
    restore->trigger();
    QVERIFY2(question.contains(QStringLiteral("kept as a backup first")), qPrintable(question));
    QCOMPARE(restoreButton, QStringLiteral("Restore"));
    QVERIFY(m_window->document()->book().customers().all().isEmpty());
    QVERIFY(!m_window->document()->undoStack()->canUndo());
    // The state with the customer was kept, so it can come back too.
    const QList<BookBackup> kept = BookBackups(path).list();
    QCOMPARE(kept.size(), 2);
    OpenFailure failure;
    auto keptBook = DealBook::open(kept.first().path, Access::ReadOnly, &failure);
    QVERIFY2(keptBook, qPrintable(failure.message));
    QCOMPARE(keptBook->customers().all().size(), 1);
}

void TestMainWindow::recentBooksRemembered()
{
    m_window->setBook(createBook(m_dir, QStringLiteral("Second")));
    const QStringList recent = RecentBooks::list();
    QVERIFY(recent.size() >= 2);
    QVERIFY(recent.at(0).endsWith(QStringLiteral("Second.sepakat")));
    QVERIFY(recent.at(1).endsWith(QStringLiteral("Acme deals.sepakat")));
}

void TestMainWindow::closingSavesTheFieldBeingEdited()
{
    DealBook &book = m_window->document()->book();
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book.customers().save(customer));
    Deal deal;
    deal.id = QStringLiteral("d1");
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Warehouse scanners");
    deal.stage = Stage::Qualified;
    deal.value = Money(250'000'000, QStringLiteral("IDR"));
    deal.expectedClose = QDate(2027, 3, 31);
    deal.owner = QStringLiteral("Rina");
    QVERIFY(book.deals().save(deal));
    QVERIFY(m_window->openDeal(deal.id));

    auto *title = child<QLineEdit>(m_window.get(), "titleEdit");
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Handheld scanners"));
    // Closed without leaving the field: the typing is saved, not lost with the page.
    QVERIFY(m_window->close());
    QCOMPARE(book.deals().find(deal.id)->title, QStringLiteral("Handheld scanners"));
}

void TestMainWindow::exportDealFileTakesTheDealInView()
{
    auto *exportDeal = m_window->findChild<QAction *>(QStringLiteral("actionExportDeal"));
    QVERIFY(exportDeal);
    // No deal open, no card selected: the user is told what to do first.
    QString said;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        said = box->text();
        box->close();
    });
    exportDeal->trigger();
    QVERIFY2(said.contains(QStringLiteral("select its card")), qPrintable(said));

    QVERIFY(addSampleDeal(m_window->document()->book()));
    QVERIFY(m_window->openDeal(QStringLiteral("d1")));
    const QString path = m_dir.filePath(QStringLiteral("scanners.json"));
    QString suggested;
    whenModal([&](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        QVERIFY(files);
        suggested = QFileInfo(files->selectedFiles().value(0)).fileName();
        files->selectFile(path);
        QMetaObject::invokeMethod(files, &QDialog::accept);
    });
    exportDeal->trigger();
    QCOMPARE(suggested, QStringLiteral("Warehouse scanners PT Sinar Distribusi.json"));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("Warehouse scanners"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
