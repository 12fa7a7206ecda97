#include "shell/recentbooks.h"

#include <QFileInfo>
#include <QSettings>

namespace Sepakat::RecentBooks {

namespace {

const QString kKey = QStringLiteral("books/recent");

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

QStringList list()
{
    return QSettings().value(kKey).toStringList();
}

void add(const QString &path)
{
    const QString entry = canonical(path);
    QStringList paths = list();
    paths.removeAll(entry);
    paths.prepend(entry);
    while (paths.size() > kMaximum)
        paths.removeLast();
    store(paths);
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(path);
    paths.removeAll(canonical(path));
    store(paths);
}

QString last()
{
    const QStringList paths = list();
    return paths.isEmpty() ? QString() : paths.first();
}

} // namespace Sepakat::RecentBooks
