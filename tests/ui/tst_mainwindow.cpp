#include "common/bookdocument.h"
#include "common/language.h"
#include "shell/mainwindow.h"
#include "shell/recentbooks.h"
#include "uitest.h"

#include <QLabel>
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
    void titleShowsBookName();
    void languageSwitchUpdatesVisibleTexts();
    void readOnlyBookShowsIt();
    void lockedBookIsOfferedReadOnly();
    void damagedFileKeepsCurrentBook();
    void recentBooksRemembered();

private:
    QString currentPageName() const
    {
        return child<QStackedWidget>(m_window.get(), "pages")->currentWidget()->objectName();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
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

void TestMainWindow::recentBooksRemembered()
{
    m_window->setBook(createBook(m_dir, QStringLiteral("Second")));
    const QStringList recent = RecentBooks::list();
    QVERIFY(recent.size() >= 2);
    QVERIFY(recent.at(0).endsWith(QStringLiteral("Second.sepakat")));
    QVERIFY(recent.at(1).endsWith(QStringLiteral("Acme deals.sepakat")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
