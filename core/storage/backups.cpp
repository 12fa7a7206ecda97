#include "storage/backups.h"

#include "storage/bookcheck.h"
#include "storage/bookfile.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace Sepakat {

namespace {

// In file names: sorts by time, and has no characters some file systems refuse (':').
const QString kStampFormat = QStringLiteral("yyyy-MM-dd HHmmss");

QDateTime now()
{
    const QDateTime local = Clock::current().now().toLocalTime();
    return local.addMSecs(-local.time().msec()); // names have whole seconds
}

} // namespace

BookBackups::BookBackups(const QString &bookPath, int keep)
    : m_bookPath(QFileInfo(bookPath).absoluteFilePath())
    , m_baseName(QFileInfo(bookPath).completeBaseName())
    , m_keep(keep)
{
}

QString BookBackups::folder() const
{
    // Not translated: the folder must be found again whatever the language of the day.
    return QFileInfo(m_bookPath).absolutePath() + QLatin1Char('/') + m_baseName +
           QStringLiteral(" backups");
}

QString BookBackups::nameFor(const QDateTime &takenAt) const
{
    return m_baseName + QLatin1Char(' ') + takenAt.toString(kStampFormat) + QLatin1Char('.') +
           DealBook::fileSuffix();
}

QList<BookBackup> BookBackups::list() const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1 (\\d{4}-\\d\\d-\\d\\d \\d{6})\\.%2$")
            .arg(QRegularExpression::escape(m_baseName), DealBook::fileSuffix()));
    QList<BookBackup> backups;
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime takenAt = QDateTime::fromString(match.captured(1), kStampFormat);
        if (takenAt.isValid())
            backups.append({file.absoluteFilePath(), takenAt, file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BookBackup &a, const BookBackup &b) { return a.takenAt > b.takenAt; });
    return backups;
}

Result<QString> BookBackups::takeDaily(DealBook &book) const
{
    if (m_keep <= 0)
        return QString();
    const QList<BookBackup> backups = list();
    if (!backups.isEmpty() && backups.constFirst().takenAt.date() == now().date())
        return QString();
    return take(book);
}

Result<QString> BookBackups::take(DealBook &book) const
{
    if (!QDir().mkpath(folder())) {
        return Error{QCoreApplication::translate("Sepakat::BookBackups",
                                                 "No backup was made: the folder %1 cannot be "
                                                 "created.")
                         .arg(QDir::toNativeSeparators(folder())),
                     {}};
    }
    QDateTime takenAt = now();
    // Two backups within a second (a restore right after opening) get the next free second.
    while (QFileInfo::exists(QDir(folder()).filePath(nameFor(takenAt))))
        takenAt = takenAt.addSecs(1);
    const QString path = QDir(folder()).filePath(nameFor(takenAt));
    if (const Status saved = book.saveCopyAs(path); !saved)
        return saved.error();
    prune();
    return path;
}

void BookBackups::prune() const
{
    const QList<BookBackup> backups = list();
    for (qsizetype i = std::max(m_keep, 1); i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

Result<QString> restoreBackup(DealBook &book, const QString &backupPath)
{
    const auto refused = [&](const QString &why) {
        return Error{QCoreApplication::translate("Sepakat::BookBackups",
                                                 "The backup %1 was not restored: %2")
                         .arg(BookFile::quotedName(backupPath), why),
                     {}};
    };
    if (book.isReadOnly()) {
        return refused(QCoreApplication::translate("Sepakat::BookBackups",
                                                   "the deal book is open read-only."));
    }
    // Checking writes nothing to the backup; a copy of it goes in place, so the backup itself
    // stays as it was (opening an older one upgrades its schema).
    const Result<BookCheckReport> check = checkBook(backupPath);
    if (!check)
        return refused(check.errorMessage());
    if (!check->healthy) {
        return refused(QCoreApplication::translate("Sepakat::BookBackups", "it is damaged (%1).")
                           .arg(check->integrity));
    }
    const QFileInfo target(book.path());
    const QString copy = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                         QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128) +
                         QStringLiteral(".restoring");
    if (!QFile::copy(backupPath, copy)) {
        return refused(QCoreApplication::translate("Sepakat::BookBackups",
                                                   "it cannot be copied beside the book."));
    }
    const Result<QString> kept = BookBackups(book.path()).take(book);
    if (!kept) {
        QFile::remove(copy);
        return refused(kept.errorMessage());
    }
    if (const Status replaced = book.replaceFileWith(copy); !replaced) {
        QFile::remove(copy);
        return refused(replaced.errorMessage());
    }
    return kept;
}

} // namespace Sepakat
