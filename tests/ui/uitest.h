#pragma once

#include "storage/dealbook.h"
#include "storage/repositories.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Helpers shared by the GUI tests: books in temporary folders, settings kept away from the
// user's own, and a way to drive modal dialogs.
namespace Sepakat::UiTest {

// Keeps QSettings (profile, language, recent books) out of the real user's configuration.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SepakatTest"));
    // One settings file per test program: ctest runs them in parallel, and one program's clear()
    // must not wipe the profile or language another is relying on mid-test.
    QCoreApplication::setApplicationName(QStringLiteral("SepakatUiTest-")
                                         + QFileInfo(QCoreApplication::applicationFilePath())
                                               .completeBaseName());
    QSettings().clear();
}

inline std::unique_ptr<DealBook> createBook(const QTemporaryDir &dir, const QString &name)
{
    OpenFailure failure;
    auto book = DealBook::create(dir.filePath(name + QStringLiteral(".sepakat")), &failure);
    if (!book)
        qWarning("createBook: %s", qPrintable(failure.message));
    return book;
}

// The sample deal tests open: "Warehouse scanners" for PT Sinar Distribusi (ids d1 and c1),
// IDR 250 jt, a prospect with no worksheet yet. False when it could not be saved.
inline bool addSampleDeal(DealBook &book)
{
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    Deal deal;
    deal.id = QStringLiteral("d1");
    deal.customerId = customer.id;
    deal.title = QStringLiteral("Warehouse scanners");
    deal.value = Money(250'000'000, QStringLiteral("IDR"));
    return book.customers().save(customer).ok() && book.deals().save(deal).ok();
}

// whenModal (below) for the next modal dialog of type T only: a dialog just answered can still
// be the active modal widget for a moment, and must not be taken for the one that follows it.
template<typename T>
QPointer<QTimer> whenModalOf(std::function<void(T *)> action, int timeoutMs = 60000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, action, timeoutMs] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if ((!modal || !modal->isVisible()) && elapsed->elapsed() < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            action(modal);
    });
    timer->start();
    return timer;
}

// Runs action on the next modal dialog once it shows (dialog.exec() blocks the test). The action
// must close the dialog; if it never appears within the timeout, nothing runs. The timeout is
// generous because a loaded machine (parallel builds, ctest -j) can take seconds to show one,
// and a dialog nobody answers blocks the test until ctest kills it. When the dialog may not come
// at all, delete the returned watcher afterwards, so it cannot answer a later test's dialog.
inline QPointer<QTimer> whenModal(std::function<void(QWidget *)> action, int timeoutMs = 60000)
{
    return whenModalOf<QWidget>(std::move(action), timeoutMs);
}

template<typename T>
T *child(QWidget *parent, const char *objectName)
{
    return parent->findChild<T *>(QString::fromLatin1(objectName));
}

} // namespace Sepakat::UiTest
