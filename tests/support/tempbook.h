#pragma once

#include "storage/dealbook.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Sepakat::Testing {

// A fresh deal book in its own temporary folder, removed with the fixture.
class TempBook
{
public:
    TempBook();
    bool isValid() const { return m_book != nullptr; }
    DealBook &book() { return *m_book; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sepakat")); }
    QString dir() const { return m_dir.path(); }
    void close() { m_book.reset(); }
    bool reopen(Access access = Access::ReadWrite);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DealBook> m_book;
};

// The bytes of a file, for "left unmodified" checks.
QByteArray fileBytes(const QString &path);

// Runs statements on a database file through a connection of its own, outside DealBook: for
// making files DealBook would never write (old or newer schemas, foreign databases). Returns
// the first error's text, empty on success.
QString runSqlOn(const QString &path, const QStringList &statements);

// The names in a folder, sorted: for "nothing left behind" checks (-wal, -shm, .lock).
QStringList folderEntries(const QString &dir);

} // namespace Sepakat::Testing
