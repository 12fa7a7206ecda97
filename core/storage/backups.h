#pragma once

#include "storage/dealbook.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sepakat {

struct BookBackup
{
    QString path;
    QDateTime takenAt; // local time, to the second, as in the file name
    qint64 bytes = 0;
};

// Dated copies of one deal book, made with SQLite's own VACUUM INTO (a consistent snapshot even
// while the book is open and being written), in a folder beside the book so they travel with
// it: "Acme deals.sepakat" keeps "Acme deals backups/Acme deals 2026-11-27 093015.sepakat".
// Only files named that way count as backups; anything else in the folder is left alone. The
// newest `keep` are kept, older ones removed; keep 0 turns backups off.
class BookBackups
{
public:
    static constexpr int kDefaultKeep = 7;

    explicit BookBackups(const QString &bookPath, int keep = kDefaultKeep);

    QString folder() const;
    QList<BookBackup> list() const; // newest first

    // The backup made when a book is opened for writing: at most one a day (a large book is
    // copied once a day, not on every opening). Reads the book through a read-only connection
    // of its own, so it may run on another thread while the book is open and written. Returns
    // the new backup's path, or an empty string when there is one from today already or
    // backups are off.
    Result<QString> takeDaily() const;
    // A backup of the open book now, whatever was taken today.
    Result<QString> take(DealBook &book) const;

private:
    void prune() const;
    QString nameFor(const QDateTime &takenAt) const;
    // A free name for a backup taken now, its folder made; an error when it cannot be made.
    Result<QString> nextPath() const;

    QString m_bookPath;
    QString m_baseName;
    int m_keep;
};

// Brings a backup back in place of the open book: checks the backup is a healthy deal book
// this Sepakat can open, keeps the book's current state as a backup of its own first (nothing
// is lost), then replaces the file and goes on with it. Returns where the previous state was
// kept.
Result<QString> restoreBackup(DealBook &book, const QString &backupPath);

} // namespace Sepakat
