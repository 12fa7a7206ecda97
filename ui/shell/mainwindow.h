#pragma once

#include "report/pdfexport.h"
#include "storage/dealbook.h"

#include <QMainWindow>
#include <array>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QThread;
class QToolBar;

namespace Sepakat {

class BookDocument;
class DealPage;
class PipelinePage;

// The application window: navigation between the pages, the File/Edit/View menus, the open deal
// book (one at a time) with its undo stack, and the language switch.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Pipeline,
        Customers,
        Review,
        Catalog,
        Settings
    };
    static constexpr int kPageCount = 5;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a book, asking before opening read-only when another Sepakat has it; failures are
    // shown to the user and the current book stays open. Returns whether the book was opened.
    bool openBook(const QString &path);
    // Makes a new, empty book and opens it.
    bool createBook(const QString &path);
    // Shows an already open book (replacing the current one).
    void setBook(std::unique_ptr<DealBook> book);
    BookDocument *document() const { return m_document.get(); }
    // Says in the status bar that path is being opened, for a window shown before its book.
    void showOpening(const QString &path);

    void showPage(Page page);
    // Pages are made when first shown (the window appears at once; a page never visited costs
    // nothing); these make theirs on first use.
    PipelinePage *pipelinePage();
    DealPage *dealPage();
    // The page of the navigation; a deal shown from the board counts as the pipeline.
    Page currentPage() const;
    // Shows the deal's page in place of the board; false when the book has no such deal.
    bool openDeal(const QString &dealId);
    bool isDealOpen() const;
    // The screenshot command opens books it must not add to the recent list.
    void setRemembersBooks(bool remember) { m_remembersBooks = remember; }
    // Waits until the day's backup started by openBook is written (tests, restoring, closing).
    void waitForBackup();
    // Installs the language, remembers it and updates every visible text.
    void switchLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createFrame();
    QWidget *page(Page page);
    // Adds a made page to the stack and gives it the open book, now and on every change.
    template<class P> P *adopt(P *page);
    void retranslate();
    void refreshIcons();
    void updateTitle();
    void updateUndoActions();
    void rebuildRecentMenu();
    void openRecent(const QString &path);

    void newBookDialog();
    void newDealDialog();
    void openDialog();
    void saveCopyDialog();
    void restoreBackupDialog();
    // The day's backup of a book just opened for writing, on a thread; a failure is said in the
    // status bar, not fatal.
    void keepDailyBackup();
    void importDialog();
    void exportDialog();
    void importDealFile();
    void exportDealFile();
    void exportPdfDialog(Report::ReportKind kind);
    QString bookFolder() const;

    std::unique_ptr<BookDocument> m_document;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::array<QWidget *, kPageCount> m_madePages{}; // by Page; null until first shown
    DealPage *m_dealPage = nullptr;
    std::vector<std::function<void(BookDocument *)>> m_documentSetters;
    QToolBar *m_toolBar = nullptr;
    bool m_remembersBooks = true;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDeal = nullptr;
    QAction *m_newBook = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_restoreBackup = nullptr;
    QThread *m_backupThread = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportProposal = nullptr;
    QAction *m_exportWorksheet = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_importDeal = nullptr;
    QAction *m_exportDeal = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    std::array<QAction *, kPageCount> m_pageActions{};
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
};

} // namespace Sepakat
