#include "shell/mainwindow.h"

#include "catalog/catalogpage.h"
#include "common/bookdocument.h"
#include "common/confirm.h"
#include "common/icons.h"
#include "common/language.h"
#include "common/userprofile.h"
#include "customers/customerspage.h"
#include "deal/dealpage.h"
#include "deal/newdealdialog.h"
#include "exchange/dealfiles.h"
#include "exchange/exportdialog.h"
#include "exchange/importdialog.h"
#include "pipeline/pipelinepage.h"
#include "report/exportdialog.h"
#include "review/reviewpage.h"
#include "settings/settingspage.h"
#include "shell/backupdialog.h"
#include "shell/gui.h"
#include "shell/recentbooks.h"
#include "shell/shortcutsdialog.h"
#include "storage/backups.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QToolBar>
#include <QUndoStack>

namespace Sepakat {

namespace {

const char *const kPageIcons[MainWindow::kPageCount] = {"kanban", "users", "clipboard-check",
                                                        "package", "settings"};
const char *const kPageKeys[MainWindow::kPageCount] = {"pipeline", "customers", "review", "catalog",
                                                       "settings"};
constexpr int kStatusTimeoutMs = 6000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();
    createFrame();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("bookPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_readOnlyLabel->hide();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        resize(QSize(1200, 760).boundedTo(available * 0.9));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setMinimumSize(760, 480);

    retranslate();
    refreshIcons();
    // The board is made after the first paint (or when a book arrives, or a page is asked for),
    // so that the window is on screen before any page's cost.
    {
        const QSignalBlocker quiet(m_navigation); // a row change makes its page
        m_navigation->setCurrentRow(static_cast<int>(Page::Pipeline));
    }
    whenFirstPainted(this, [this] {
        if (!m_pages->currentWidget())
            showPage(Page::Pipeline);
    });
}

MainWindow::~MainWindow()
{
    waitForBackup();
}

void MainWindow::createActions()
{
    auto make = [this](const char *objectName, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(objectName));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_newDeal = make("actionNewDeal", QKeySequence::New);
    m_newBook = make("actionNewBook", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_open = make("actionOpen", QKeySequence::Open);
    m_saveCopy = make("actionSaveCopy");
    m_restoreBackup = make("actionRestoreBackup");
    m_import = make("actionImport", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = make("actionExport", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportProposal = make("actionExportProposal", QKeySequence::Print);
    m_exportWorksheet = make("actionExportWorksheet", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_quit = make("actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    m_undo = make("actionUndo", QKeySequence::Undo);
    m_redo = make("actionRedo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_importDeal = make("actionImportDeal");
    m_exportDeal = make("actionExportDeal");
    m_shortcuts = make("actionShortcuts", QKeySequence(Qt::Key_F1));
    m_about = make("actionAbout");
    m_about->setMenuRole(QAction::AboutRole);

    connect(m_newDeal, &QAction::triggered, this, &MainWindow::newDealDialog);
    connect(m_newBook, &QAction::triggered, this, &MainWindow::newBookDialog);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopyDialog);
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackupDialog);
    connect(m_import, &QAction::triggered, this, &MainWindow::importDialog);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportDialog);
    connect(m_exportProposal, &QAction::triggered, this,
            [this] { exportPdfDialog(Report::ReportKind::Proposal); });
    connect(m_exportWorksheet, &QAction::triggered, this,
            [this] { exportPdfDialog(Report::ReportKind::Worksheet); });
    connect(m_importDeal, &QAction::triggered, this, &MainWindow::importDealFile);
    connect(m_exportDeal, &QAction::triggered, this, &MainWindow::exportDealFile);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Sepakat"),
            tr("<p><b>Sepakat %1</b></p><p>A deal desk for sales negotiations: qualify, rank the "
               "customer's needs, build the value case, plan and trade concessions, and send "
               "the proposal.</p><p>Icons: Lucide (ISC licence). Built with Qt %2.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                     QString::fromLatin1(qVersion())));
    });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    for (int i = 0; i < kPageCount; ++i) {
        QAction *action = make("", QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("actionPage_%1").arg(QLatin1String(kPageKeys[i])));
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        m_pageActions[static_cast<size_t>(i)] = action;
    }

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QStringList languages = Language::available();
    for (const QString &code : languages) {
        auto *action = new QAction(Language::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDeal);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_newBook);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addAction(m_restoreBackup);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_importDeal);
    m_fileMenu->addAction(m_exportDeal);
    m_fileMenu->addAction(m_exportProposal);
    m_fileMenu->addAction(m_exportWorksheet);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_pageActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);

    // New deal is the one action wanted many times a day; undo and redo sit beside it, as
    // icons only (low priority), so their long texts stay in the tooltips.
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newDeal);
    m_toolBar->addSeparator();
    m_undo->setPriority(QAction::LowPriority);
    m_redo->setPriority(QAction::LowPriority);
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
}

void MainWindow::createFrame()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    for (int i = 0; i < kPageCount; ++i) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setSizeHint(QSize(0, 40));
        item->setData(Qt::UserRole, i);
    }

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentWidget(page(static_cast<Page>(row)));
    });
    // Pipeline is still the current row while a deal is open: a click on it goes back too.
    connect(m_navigation, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        showPage(static_cast<Page>(m_navigation->row(item)));
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

template<class P> P *MainWindow::adopt(P *made)
{
    m_pages->addWidget(made);
    if constexpr (requires(BookDocument * document) { made->setDocument(document); }) {
        m_documentSetters.push_back(
            [made](BookDocument *document) { made->setDocument(document); });
        if (m_document)
            made->setDocument(m_document.get());
    }
    return made;
}

QWidget *MainWindow::page(Page which)
{
    QWidget *&made = m_madePages[static_cast<size_t>(which)];
    if (made)
        return made;
    switch (which) {
    case Page::Pipeline: {
        auto *pipeline = adopt(new PipelinePage(m_pages));
        connect(pipeline, &PipelinePage::openDealRequested, this, &MainWindow::openDeal);
        made = pipeline;
        break;
    }
    case Page::Customers:
        made = adopt(new CustomersPage(m_pages));
        break;
    case Page::Review: {
        auto *review = adopt(new ReviewPage(m_pages));
        connect(review, &ReviewPage::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, kStatusTimeoutMs);
        });
        made = review;
        break;
    }
    case Page::Catalog:
        made = adopt(new CatalogPage(m_pages));
        break;
    case Page::Settings: {
        auto *settings = adopt(new SettingsPage(m_pages));
        connect(settings, &SettingsPage::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, kStatusTimeoutMs);
        });
        made = settings;
        break;
    }
    }
    return made;
}

PipelinePage *MainWindow::pipelinePage()
{
    return static_cast<PipelinePage *>(page(Page::Pipeline));
}

DealPage *MainWindow::dealPage()
{
    if (!m_dealPage) {
        m_dealPage = adopt(new DealPage(m_pages));
        connect(m_dealPage, &DealPage::backRequested, this, [this] { showPage(Page::Pipeline); });
    }
    return m_dealPage;
}

void MainWindow::showPage(Page which)
{
    m_navigation->setCurrentRow(static_cast<int>(which));
    m_pages->setCurrentWidget(page(which));
    // Land in the page's first field, so keyboard users can go on typing.
    if (QWidget *widget = m_pages->currentWidget())
        widget->setFocus(Qt::ShortcutFocusReason);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(std::max(0, m_navigation->currentRow()));
}

bool MainWindow::openDeal(const QString &dealId)
{
    if (!dealPage()->openDeal(dealId))
        return false;
    m_navigation->setCurrentRow(static_cast<int>(Page::Pipeline));
    m_pages->setCurrentWidget(m_dealPage);
    m_dealPage->setFocus(Qt::OtherFocusReason);
    return true;
}

bool MainWindow::isDealOpen() const
{
    return m_dealPage && m_pages->currentWidget() == m_dealPage;
}

void MainWindow::newDealDialog()
{
    if (!m_document || m_document->isReadOnly())
        return;
    NewDealDialog dialog(m_document.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showPage(Page::Pipeline);
    // The new card is where the user looks next; a filter may hide it, hence the message.
    pipelinePage()->selectDeal(dialog.dealId());
    statusBar()->showMessage(tr("Added the deal."), kStatusTimeoutMs);
}

void MainWindow::setBook(std::unique_ptr<DealBook> book)
{
    book->setUserName(UserProfile::load().effectiveName());
    auto document = std::make_unique<BookDocument>(std::move(book));
    connect(document.get(), &BookDocument::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Change not saved"), message);
    });
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);

    for (const auto &setDocument : m_documentSetters)
        setDocument(document.get());
    const bool dealWasOpen = isDealOpen();
    m_document = std::move(document);
    // The page in view shows the new book; a deal of the old book is closed.
    if (dealWasOpen || !m_pages->currentWidget())
        showPage(currentPage());

    if (m_remembersBooks)
        RecentBooks::add(m_document->book().path());
    updateTitle();
    updateUndoActions();
}

void MainWindow::showOpening(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::openBook(const QString &path)
{
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadWrite, &failure);
    if (!book && failure.problem == OpenProblem::LockedByOther) {
        if (!confirmAction(
                this, tr("Deal book in use"),
                tr("%1\n\nOpen it read-only? You can look at everything but change nothing.")
                    .arg(failure.message),
                tr("Open read-only"), ConfirmDefault::Action)) {
            statusBar()->clearMessage();
            return false;
        }
        book = DealBook::open(path, Access::ReadOnly, &failure);
    }
    if (!book) {
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Cannot open deal book"), failure.message);
        return false;
    }
    setBook(std::move(book));
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)),
                             kStatusTimeoutMs);
    keepDailyBackup();
    return true;
}

namespace {

// How many backups each book keeps (settings key backups/keep; 0 turns them off).
int backupsToKeep()
{
    return QSettings().value(QStringLiteral("backups/keep"), BookBackups::kDefaultKeep).toInt();
}

} // namespace

void MainWindow::keepDailyBackup()
{
    if (!m_document || m_document->isReadOnly() || m_backupThread)
        return;
    // A large book takes seconds to copy: the copy runs on a thread of its own, through a
    // read-only connection of its own, while the user works.
    const BookBackups backups(m_document->book().path(), backupsToKeep());
    auto made = std::make_shared<Result<QString>>(QString());
    m_backupThread = QThread::create([backups, made] { *made = backups.takeDaily(); });
    connect(m_backupThread, &QThread::finished, this, [this, made] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        if (!*made)
            statusBar()->showMessage(made->errorMessage());
    });
    m_backupThread->start(QThread::LowPriority);
}

void MainWindow::waitForBackup()
{
    if (m_backupThread)
        m_backupThread->wait();
    QCoreApplication::sendPostedEvents(this);
}

void MainWindow::restoreBackupDialog()
{
    if (!m_document)
        return;
    DealBook &book = m_document->book();
    const BookBackups backups(book.path(), backupsToKeep());
    const QList<BookBackup> found = backups.list();
    if (found.isEmpty()) {
        QMessageBox::information(
            this, tr("Restore from backup"),
            tr("%1 has no backups yet. One is made each day the book is opened for writing, in "
               "%2.")
                .arg(book.displayName(), QDir::toNativeSeparators(backups.folder())));
        return;
    }
    BackupDialog dialog(found, backups.folder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    const QString chosen = dialog.chosenPath();
    waitForBackup();
    const auto backup =
        std::find_if(found.cbegin(), found.cend(),
                     [&](const BookBackup &candidate) { return candidate.path == chosen; });
    if (!confirmAction(
            this, tr("Restore from backup"),
            tr("Bring back %1 as it was on %2?\n\nEverything changed since then is set aside: "
               "the current state is kept as a backup first, so you can bring it back in turn.")
                .arg(book.displayName(), BackupDialog::describe(*backup)),
            tr("Restore")))
        return;

    const Result<QString> kept = restoreBackup(book, chosen);
    if (!kept) {
        QMessageBox::warning(this, tr("Backup not restored"), kept.errorMessage());
        return;
    }
    // Undo would apply old changes to the restored book; every page reads it afresh.
    m_document->undoStack()->clear();
    if (isDealOpen())
        showPage(Page::Pipeline);
    for (const auto part :
         {BookDocument::Part::Customers, BookDocument::Part::Products, BookDocument::Part::Deals,
          BookDocument::Part::Worksheet, BookDocument::Part::Settings}) {
        m_document->notifyChanged(part);
    }
    statusBar()->showMessage(tr("Restored the backup of %1. The state before it was kept as %2.")
                                 .arg(BackupDialog::describe(*backup), QFileInfo(*kept).fileName()),
                             kStatusTimeoutMs * 2);
}

bool MainWindow::createBook(const QString &path)
{
    OpenFailure failure;
    auto book = DealBook::create(path, &failure);
    if (!book) {
        QMessageBox::warning(this, tr("Cannot create deal book"), failure.message);
        return false;
    }
    setBook(std::move(book));
    statusBar()->showMessage(tr("Created %1.").arg(QDir::toNativeSeparators(path)),
                             kStatusTimeoutMs);
    return true;
}

QString MainWindow::bookFolder() const
{
    if (m_document)
        return QFileInfo(m_document->book().path()).absolutePath();
    return QDir::homePath();
}

void MainWindow::newBookDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New deal book"), QDir(bookFolder()).filePath(tr("New deal book") + u".sepakat"),
        tr("Deal books (*.sepakat)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix() != DealBook::fileSuffix())
        path += u'.' + DealBook::fileSuffix();
    createBook(path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open deal book"), bookFolder(),
                                                      tr("Deal books (*.sepakat);;All files (*)"));
    if (!path.isEmpty())
        openBook(path);
}

void MainWindow::saveCopyDialog()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the deal book"),
        QDir(bookFolder())
            .filePath(tr("%1 copy").arg(m_document->book().displayName()) + u".sepakat"),
        tr("Deal books (*.sepakat)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix() != DealBook::fileSuffix())
        path += u'.' + DealBook::fileSuffix();
    const Status status = m_document->book().saveCopyAs(path);
    if (!status) {
        QMessageBox::warning(this, tr("Copy not saved"), status.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)),
                             kStatusTimeoutMs);
}

void MainWindow::importDialog()
{
    if (!m_document)
        return;
    ImportDialog dialog(*m_document, this);
    if (dialog.exec() == QDialog::Accepted) {
        const Exchange::ImportPlan &plan = dialog.plan();
        statusBar()->showMessage(tr("Imported %1 customers, %2 products and %3 deals.")
                                     .arg(plan.customers.size())
                                     .arg(plan.products.size())
                                     .arg(plan.deals.size()),
                                 kStatusTimeoutMs);
    }
}

void MainWindow::exportDialog()
{
    if (!m_document)
        return;
    ExportDialog dialog(m_document->book(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1.").arg(dialog.targetPaths().join(QStringLiteral(", "))),
                                 kStatusTimeoutMs);
}

void MainWindow::importDealFile()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString dealId = DealFiles::importDeal(this, *m_document);
    if (dealId.isEmpty() || !openDeal(dealId))
        return;
    statusBar()->showMessage(tr("Imported the deal."), kStatusTimeoutMs);
}

void MainWindow::exportDealFile()
{
    if (!m_document)
        return;
    // The deal in view, else the card selected on the board.
    QString dealId = isDealOpen() ? m_dealPage->dealId() : QString();
    if (dealId.isEmpty() && m_madePages[static_cast<size_t>(Page::Pipeline)])
        dealId = pipelinePage()->selectedDealIds().value(0);
    if (dealId.isEmpty()) {
        QMessageBox::information(this, tr("Export deal file"),
                                 tr("Open a deal, or select its card on the board, first."));
        return;
    }
    const QString path = DealFiles::exportDeal(this, *m_document, dealId);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Exported the deal to %1.").arg(QDir::toNativeSeparators(path)),
                                 kStatusTimeoutMs);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentBooks::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // "&1 Name  (folder)": numbered for the keyboard, the folder tells same names apart.
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2  (%3)")
                .arg(i + 1)
                .arg(QFileInfo(path).completeBaseName(),
                     QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent deal books"))->setEnabled(false);
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        RecentBooks::remove(path);
        QMessageBox::information(this, tr("Deal book not found"),
                                 tr("%1 no longer exists, so it was removed from the recent "
                                    "deal books.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openBook(path);
}

void MainWindow::switchLanguage(const QString &code)
{
    if (!Language::install(code))
        return;
    Language::remember(code);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Sepakat"));
        m_pathLabel->clear();
        m_readOnlyLabel->hide();
        m_saveCopy->setEnabled(false);
        m_restoreBackup->setEnabled(false);
        m_newDeal->setEnabled(false);
        m_import->setEnabled(false);
        m_export->setEnabled(false);
        m_importDeal->setEnabled(false);
        m_exportDeal->setEnabled(false);
        m_exportProposal->setEnabled(false);
        m_exportWorksheet->setEnabled(false);
        return;
    }
    const DealBook &book = m_document->book();
    setWindowTitle(book.isReadOnly() ? tr("%1 (read-only) — Sepakat").arg(book.displayName())
                                     : tr("%1 — Sepakat").arg(book.displayName()));
    m_pathLabel->setText(QDir::toNativeSeparators(book.path()));
    if (book.isReadOnly()) {
        m_readOnlyLabel->setText(book.readOnlyReason().isEmpty()
                                     ? tr("Read-only")
                                     : tr("Read-only: %1").arg(book.readOnlyReason()));
        m_readOnlyLabel->show();
    } else {
        m_readOnlyLabel->hide();
    }
    m_saveCopy->setEnabled(true);
    m_restoreBackup->setEnabled(!book.isReadOnly());
    m_newDeal->setEnabled(!book.isReadOnly());
    m_import->setEnabled(!book.isReadOnly());
    m_export->setEnabled(true);
    m_importDeal->setEnabled(!book.isReadOnly());
    m_exportDeal->setEnabled(true);
    m_exportProposal->setEnabled(true);
    m_exportWorksheet->setEnabled(true);
}

void MainWindow::exportPdfDialog(Report::ReportKind kind)
{
    if (!m_document)
        return;
    PdfExportDialog dialog(m_document.get(), kind, isDealOpen() ? m_dealPage->dealId() : QString(),
                           this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("PDF exported."), kStatusTimeoutMs);
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    const bool canUndo = stack && stack->canUndo();
    const bool canRedo = stack && stack->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(canRedo ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Sepakat"));
    m_newDeal->setText(tr("New &deal…"));
    m_newDeal->setToolTip(
        tr("New deal (%1)").arg(m_newDeal->shortcut().toString(QKeySequence::NativeText)));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_newBook->setText(tr("&New deal book…"));
    m_open->setText(tr("&Open…"));
    m_saveCopy->setText(tr("Save a &copy as…"));
    m_restoreBackup->setText(tr("Restore from &backup…"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
    m_importDeal->setText(tr("Import deal &file…"));
    m_exportDeal->setText(tr("Export deal fi&le…"));
    m_exportProposal->setText(tr("Export &proposal…"));
    m_exportWorksheet->setText(tr("Export internal &worksheet…"));
    m_quit->setText(tr("&Quit"));

    const QString pageNames[kPageCount] = {tr("Pipeline"), tr("Customers"), tr("Review"),
                                           tr("Catalog"), tr("Settings")};
    int widest = 0;
    const QFontMetrics metrics(m_navigation->font());
    for (int i = 0; i < kPageCount; ++i) {
        m_pageActions[static_cast<size_t>(i)]->setText(pageNames[i]);
        QListWidgetItem *item = m_navigation->item(i);
        item->setText(pageNames[i]);
        item->setToolTip(tr("%1 (%2)").arg(
            pageNames[i],
            m_pageActions[static_cast<size_t>(i)]->shortcut().toString(QKeySequence::NativeText)));
        widest = std::max(widest, metrics.horizontalAdvance(pageNames[i]));
    }
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 48);

    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Language::current());
    updateTitle();
    updateUndoActions();
}

void MainWindow::refreshIcons()
{
    Icons::assign(m_newDeal, QStringLiteral("plus"), palette());
    Icons::assign(m_newBook, QStringLiteral("file-plus"), palette());
    Icons::assign(m_open, QStringLiteral("folder-open"), palette());
    Icons::assign(m_saveCopy, QStringLiteral("copy"), palette());
    Icons::assign(m_restoreBackup, QStringLiteral("history"), palette());
    Icons::assign(m_quit, QStringLiteral("log-out"), palette());
    Icons::assign(m_undo, QStringLiteral("undo-2"), palette());
    Icons::assign(m_redo, QStringLiteral("redo-2"), palette());
    m_languageMenu->setIcon(Icons::icon(QStringLiteral("languages"), palette()));
    for (int i = 0; i < kPageCount; ++i) {
        const QString name = QString::fromLatin1(kPageIcons[i]);
        Icons::assign(m_pageActions[static_cast<size_t>(i)], name, palette());
        m_navigation->item(i)->setIcon(Icons::icon(name, palette()));
    }
    Icons::refresh(this);
}

void MainWindow::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        refreshIcons();
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace Sepakat
