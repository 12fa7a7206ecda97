#include "common/findshortcut.h"

#include <QKeySequence>
#include <QLineEdit>
#include <QShortcut>

namespace Sepakat {

void addFindShortcut(QWidget *page, QLineEdit *search)
{
    auto *shortcut = new QShortcut(QKeySequence::Find, page);
    // From anywhere in the window (the navigation list included), while the page is the one
    // in view: Qt ignores the shortcuts of hidden pages, so each page can have its own.
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
}

} // namespace Sepakat
