#pragma once

#include "util/result.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace Sepakat {

// What `sepakat screenshot` renders: one view of a deal book, at a window size, in a language.
struct ScreenshotRequest
{
    QString bookPath;
    QString view = QStringLiteral("pipeline");
    QString outputPath; // PNG
    QSize size{1366, 768};
    QString language; // "en", "id"; empty keeps the language installed
    QString dealId;   // views "worksheet", "presentation": the deal; empty takes the sample deal
    // view "worksheet": a page key of DealPage, empty is its first page; view "presentation":
    // one of PresentationWindow::pageKeys(), empty is "savings"
    QString page;
};

// The views a screenshot can show: "pipeline", "deal" (the page of one deal of the board),
// "worksheet" (one page of a deal's worksheet), "presentation" (one page of a deal's
// customer presentation); see kViews in screenshot.cpp to add one.
QStringList screenshotViews();
// Reads "1366x768" (also "1366X768", "1366×768"); nullopt for anything else.
std::optional<QSize> parseScreenshotSize(const QString &text);
// The sizes a screenshot may have: the main window's minimum up to 8K.
QSize minimumScreenshotSize();
QSize maximumScreenshotSize();

// Opens the book read-only (it is never changed), shows the view in a main window of the
// requested size without putting it on screen, waits until it is painted and writes it to
// outputPath as PNG (atomically: a failed run leaves no half file). Needs a QApplication; the
// offscreen platform gives the same pixels with or without a display.
Status renderScreenshot(const ScreenshotRequest &request);

} // namespace Sepakat
