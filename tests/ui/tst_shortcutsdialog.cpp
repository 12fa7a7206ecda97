#include "uitest.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "shell/mainwindow.h"
#include "shell/shortcutsdialog.h"
#include "storage/repositories.h"

#include <QAction>
#include <QShortcut>
#include <QTreeWidget>

using namespace Sepakat;
using namespace Sepakat::UiTest;

// The list under Help > Keyboard shortcuts against the keys the window really answers to, so it
// cannot fall behind: a shortcut added without a line in the list, or a line left after its
// shortcut went, fails here.
class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyListedKeyIsBound();
    void everyBoundKeyIsListed();
    void listShowsEveryEntry();
    void speaksIndonesian();
    void f1OpensIt();

private:
    QSet<QKeySequence> boundKeys() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortcutsDialog::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>();
    m_window->setRemembersBooks(false);
    m_window->setBook(createBook(m_dir, QStringLiteral("Keys")));
    QVERIFY(addSampleDeal(m_window->document()->book()));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Every page is made, the deal's worksheet with all its tabs included.
    for (int page = 0; page < MainWindow::kPageCount; ++page)
        m_window->showPage(MainWindow::Page(page));
    QVERIFY(m_window->openDeal(QStringLiteral("d1")));
}

void TestShortcutsDialog::cleanupTestCase()
{
    m_window.reset();
}

QSet<QKeySequence> TestShortcutsDialog::boundKeys() const
{
    QSet<QKeySequence> bound;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts())
            bound.insert(keys);
    }
    for (const QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        for (const QKeySequence &keys : shortcut->keys())
            bound.insert(keys);
    }
    return bound;
}

void TestShortcutsDialog::everyListedKeyIsBound()
{
    const QSet<QKeySequence> bound = boundKeys();
    QVERIFY(bound.size() > 20);
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries()) {
        if (entry.handledByView)
            continue;
        for (const QKeySequence &keys : entry.keys) {
            QVERIFY2(bound.contains(keys), qPrintable(QStringLiteral("%1: %2 is listed, not bound")
                                                          .arg(QLatin1String(entry.action),
                                                               keys.toString())));
        }
    }
}

void TestShortcutsDialog::everyBoundKeyIsListed()
{
    QSet<QKeySequence> listed;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries()) {
        for (const QKeySequence &keys : entry.keys)
            listed.insert(keys);
    }
    for (const QKeySequence &keys : boundKeys())
        QVERIFY2(listed.contains(keys), qPrintable(keys.toString() + u" is bound, not listed"));
}

void TestShortcutsDialog::listShowsEveryEntry()
{
    ShortcutsDialog dialog;
    auto *list = child<QTreeWidget>(&dialog, "shortcutList");
    QVERIFY(list);
    int rows = 0;
    QTreeWidgetItem *undo = nullptr, *pages = nullptr;
    for (int area = 0; area < list->topLevelItemCount(); ++area) {
        QTreeWidgetItem *group = list->topLevelItem(area);
        rows += group->childCount();
        for (int row = 0; row < group->childCount(); ++row) {
            QTreeWidgetItem *item = group->child(row);
            if (item->text(0) == u"Undo")
                undo = item;
            if (item->text(0).startsWith(u"Go to a page"))
                pages = item;
        }
    }
    QCOMPARE(rows, ShortcutsDialog::entries().size());
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Everywhere"));
    QVERIFY(undo);
    QCOMPARE(undo->text(1), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    QVERIFY(pages);
    QCOMPARE(pages->text(1), QStringLiteral("Ctrl+1 … Ctrl+5"));
}

void TestShortcutsDialog::speaksIndonesian()
{
    Language::install(QStringLiteral("id"));
    ShortcutsDialog dialog;
    Language::install(QStringLiteral("en"));
    auto *list = child<QTreeWidget>(&dialog, "shortcutList");
    QVERIFY(list);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Pintasan keyboard"));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Di mana saja"));
    QCOMPARE(list->topLevelItem(0)->child(0)->text(0), QStringLiteral("Transaksi baru"));
}

void TestShortcutsDialog::f1OpensIt()
{
    QString title;
    whenModal([&](QWidget *modal) {
        title = modal->windowTitle();
        modal->close();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QCOMPARE(title, QStringLiteral("Keyboard shortcuts"));
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
