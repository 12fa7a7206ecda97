#include "shell/screenshot.h"

#include "common/language.h"
#include "deal/dealpage.h"
#include "pipeline/pipelinemodel.h"
#include "pipeline/pipelinepage.h"
#include "review/reviewpage.h"
#include "review/reviewqueuemodel.h"
#include "shell/mainwindow.h"
#include "storage/dealbook.h"
#include "value/presentation.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>

namespace Sepakat {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Screenshot)

public:
    static QString unknownView(const QString &view)
    {
        return tr("Unknown view \"%1\"; the views are: %2.")
            .arg(view, screenshotViews().join(QStringLiteral(", ")));
    }
    static QString badSize(const QSize &size)
    {
        return tr("A screenshot must be from %1×%2 to %3×%4 pixels, not %5×%6.")
            .arg(minimumScreenshotSize().width())
            .arg(minimumScreenshotSize().height())
            .arg(maximumScreenshotSize().width())
            .arg(maximumScreenshotSize().height())
            .arg(size.width())
            .arg(size.height());
    }
    static QString unknownLanguage(const QString &code)
    {
        return tr("Unknown language \"%1\"; the languages are: %2.")
            .arg(code, Language::available().join(QStringLiteral(", ")));
    }
    static QString nothingToShow(const QString &view)
    {
        return tr("The deal book has nothing to show in the view \"%1\".").arg(view);
    }
    static QString unknownPage(const QString &page, const QStringList &pages)
    {
        return tr("Unknown worksheet page \"%1\"; the pages are: %2.")
            .arg(page, pages.join(QStringLiteral(", ")));
    }
    static QString needsApplication() { return tr("Screenshots need a graphical application."); }
    static QString cannotWrite(const QString &path, const QString &reason)
    {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
};

// One row per view: how to bring it up in a main window that has the book open. A view that
// needs more (a deal for the worksheet) finds it in the window's document.
struct View
{
    const char *key;
    bool (*show)(MainWindow &window, const ScreenshotRequest &request);
    // The window to photograph when it is not the main window (the presentation).
    QWidget *(*photographed)(MainWindow &window) = nullptr;
};

// The deal a picture of one deal shows: the board's first deal in negotiation (the stage with
// the most to look at), else its first deal of all.
QString sampleDealId(MainWindow &window)
{
    const PipelinePage *board = window.pipelinePage();
    const PipelineModel *model = board->model();
    QString first;
    for (const int row : model->rowsInOrder()) {
        if (first.isEmpty())
            first = model->deal(row).id;
        if (model->deal(row).stage == Stage::Negotiation)
            return model->deal(row).id;
    }
    return first;
}

// The review of the deal's waiting round (--deal), else of the queue's first row.
bool showReviewSheet(MainWindow &window, const ScreenshotRequest &request)
{
    window.showPage(MainWindow::Page::Review);
    auto *page = window.findChild<ReviewPage *>();
    auto *queue = window.findChild<QTableView *>(QStringLiteral("reviewQueue"));
    if (!page || !queue)
        return false;
    const QAbstractItemModel *model = queue->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (request.dealId.isEmpty()
            || index.data(ReviewQueueModel::DealIdRole).toString() == request.dealId)
            return page->openReview(index.data(ReviewQueueModel::OfferIdRole).toString());
    }
    return false;
}

const View kViews[] = {
    {"pipeline",
     [](MainWindow &window, const ScreenshotRequest &) {
         window.showPage(MainWindow::Page::Pipeline);
         return true;
     }},
    {"deal", [](MainWindow &window,
                const ScreenshotRequest &) { return window.openDeal(sampleDealId(window)); }},
    {"worksheet",
     [](MainWindow &window, const ScreenshotRequest &request) {
         const QString dealId = request.dealId.isEmpty() ? sampleDealId(window) : request.dealId;
         return window.openDeal(dealId) &&
                (request.page.isEmpty() || window.dealPage()->showPage(request.page));
     }},
    {"presentation",
     [](MainWindow &window, const ScreenshotRequest &request) {
         const QString dealId = request.dealId.isEmpty() ? sampleDealId(window) : request.dealId;
         if (!window.openDeal(dealId))
             return false;
         PresentationWindow *presentation = window.dealPage()->makePresentation();
         return presentation
                && presentation->showPage(request.page.isEmpty() ? QStringLiteral("savings")
                                                                 : request.page);
     },
     [](MainWindow &window) -> QWidget * { return window.findChild<PresentationWindow *>(); }},
    {"review",
     [](MainWindow &window, const ScreenshotRequest &) {
         window.showPage(MainWindow::Page::Review);
         return true;
     }},
    {"review-sheet", showReviewSheet},
};

const View *findView(const QString &key)
{
    for (const View &view : kViews) {
        if (key == QLatin1String(view.key))
            return &view;
    }
    return nullptr;
}

// Lets layouts settle, models load (some in queued steps) and widgets paint. Plenty on a
// 100,000-deal book; grab() paints once more anyway, so a short wait is only about layout.
void settle()
{
    constexpr int kMinimumRounds = 5;
    constexpr int kSettleMs = 150;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 0; round < kMinimumRounds || elapsed.elapsed() < kSettleMs; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

} // namespace

QStringList screenshotViews()
{
    QStringList keys;
    for (const View &view : kViews)
        keys << QString::fromLatin1(view.key);
    return keys;
}

std::optional<QSize> parseScreenshotSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

QSize minimumScreenshotSize()
{
    return {760, 480};
}

QSize maximumScreenshotSize()
{
    return {7680, 4320};
}

Status renderScreenshot(const ScreenshotRequest &request)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error{Texts::needsApplication(), {}};
    const View *view = findView(request.view);
    if (!view)
        return Error{Texts::unknownView(request.view), QStringLiteral("view")};
    const QSize &size = request.size;
    if (size.width() < minimumScreenshotSize().width() ||
        size.height() < minimumScreenshotSize().height() ||
        size.width() > maximumScreenshotSize().width() ||
        size.height() > maximumScreenshotSize().height())
        return Error{Texts::badSize(size), QStringLiteral("size")};
    if (!request.language.isEmpty()) {
        if (!Language::available().contains(request.language))
            return Error{Texts::unknownLanguage(request.language), QStringLiteral("language")};
        Language::install(request.language);
    }

    // Opened first, so an unwritable output fails before the rendering work.
    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Texts::cannotWrite(request.outputPath, file.errorString()),
                     QStringLiteral("output")};
    OpenFailure failure;
    auto book = DealBook::open(request.bookPath, Access::ReadOnly, &failure);
    if (!book)
        return Error{failure.message, QStringLiteral("book")};

    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setRemembersBooks(false);
    window.setBook(std::move(book));
    if (!request.page.isEmpty() && (request.view == u"worksheet" || request.view == u"presentation")) {
        const QStringList pages = request.view == u"presentation"
                                      ? PresentationWindow::pageKeys()
                                      : window.dealPage()->pageKeys();
        if (!pages.contains(request.page))
            return Error{Texts::unknownPage(request.page, pages), QStringLiteral("page")};
    }
    if (!view->show(window, request))
        return Error{Texts::nothingToShow(request.view), QStringLiteral("view")};
    // Opened read-only only so the command never writes: the picture shows the window as the
    // user has it, without the read-only badge and with New deal enabled.
    if (auto *readOnly = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel")))
        readOnly->hide();
    if (auto *newDeal = window.findChild<QAction *>(QStringLiteral("actionNewDeal")))
        newDeal->setEnabled(true);
    QWidget *photographed = view->photographed ? view->photographed(window) : &window;
    photographed->setAttribute(Qt::WA_DontShowOnScreen);
    photographed->resize(size);
    photographed->show();
    settle();
    const QImage image = photographed->grab().toImage();

    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return Error{Texts::cannotWrite(request.outputPath, file.errorString()),
                     QStringLiteral("output")};
    }
    if (!file.commit())
        return Error{Texts::cannotWrite(request.outputPath, file.errorString()),
                     QStringLiteral("output")};
    return Status::success();
}

} // namespace Sepakat
