#include "shell/gui.h"

#include "common/icons.h"
#include "common/language.h"
#include "shell/mainwindow.h"
#include "shell/recentbooks.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Sepakat {

QString defaultBookPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Sepakat.sepakat"));
}

int runGui(QApplication &app, const QString &bookPath)
{
    Language::install(Language::remembered());
    app.setWindowIcon(Icons::icon(QStringLiteral("kanban"), app.palette()));

    MainWindow window;
    bool opened = false;
    if (!bookPath.isEmpty()) {
        opened = window.openBook(bookPath);
    } else {
        const QString last = RecentBooks::last();
        if (!last.isEmpty() && QFileInfo::exists(last))
            opened = window.openBook(last);
        if (!opened) {
            const QString fallback = defaultBookPath();
            QDir().mkpath(QFileInfo(fallback).absolutePath());
            opened = QFileInfo::exists(fallback) ? window.openBook(fallback)
                                                 : window.createBook(fallback);
        }
    }
    window.show();
    return app.exec();
}

} // namespace Sepakat
