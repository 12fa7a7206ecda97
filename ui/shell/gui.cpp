#include "shell/gui.h"

#include "common/icons.h"
#include "common/language.h"
#include "shell/mainwindow.h"
#include "shell/recentbooks.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

namespace Sepakat {

namespace {

// Without a paint (a minimised start, a platform that never exposes) the book still opens.
constexpr int kFirstPaintTimeoutMs = 500;

// Runs a task once, on the event-loop turn after the window's first paint, so the user sees the
// window at once and the book opens behind it.
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> task)
        : QObject(window)
        , m_task(std::move(task))
    {
        window->installEventFilter(this);
        QTimer::singleShot(kFirstPaintTimeoutMs, this, &AfterFirstPaint::schedule);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    void schedule()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        parent()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            const auto task = std::move(m_task);
            deleteLater();
            task();
        });
    }

    std::function<void()> m_task;
    bool m_scheduled = false;
};

} // namespace

QString defaultBookPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Sepakat.sepakat"));
}

void whenFirstPainted(QWidget *window, std::function<void()> task)
{
    new AfterFirstPaint(window, std::move(task));
}

int runGui(QApplication &app, const QString &bookPath)
{
    Language::install(Language::remembered());
    app.setWindowIcon(Icons::icon(QStringLiteral("kanban"), app.palette()));

    MainWindow window;
    QString path = bookPath;
    if (path.isEmpty()) {
        const QString last = RecentBooks::last();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultBookPath();
    }
    window.showOpening(path);
    window.show();
    QPointer<MainWindow> guard(&window);
    whenFirstPainted(&window, [guard, path, explicitPath = !bookPath.isEmpty()] {
        if (!guard)
            return;
        MainWindow &shown = *guard;
        if (explicitPath) {
            shown.openBook(path);
            return;
        }
        const QString fallback = defaultBookPath();
        if (QFileInfo::exists(path) && (shown.openBook(path) || path == fallback))
            return;
        QDir().mkpath(QFileInfo(fallback).absolutePath());
        if (QFileInfo::exists(fallback)) {
            shown.showOpening(fallback);
            shown.openBook(fallback);
        } else {
            shown.createBook(fallback);
        }
    });
    return app.exec();
}

} // namespace Sepakat
