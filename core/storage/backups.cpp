#include "storage/backups.h"

#include "storage/bookcheck.h"
#include "storage/bookfile.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Sepakat {

namespace {

// In file names: sorts by time, and has no characters some file systems refuse (':').
const QString kStampFormat = QStringLiteral("yyyy-MM-dd HHmmss");

// VACUUM INTO through a read-only connection of this call's own: a consistent snapshot while
// the book's writer goes on. Written beside the target and renamed, never a partial backup.
Status copyThroughOwnConnection(const QString &bookPath, const QString &target)
{
    const QString connection = BookFile::uniqueConnectionName();
    int version = 0;
    if (OpenFailure refused = BookFile::openReadOnly(bookPath, connection, &version);
        refused.problem != OpenProblem::None) {
        return Error{refused.message, {}};
    }
    const QString temporary = target + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".tmp");
    QString problem;
    {
        QSqlQuery vacuum(QSqlDatabase::database(connection, false));
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(temporary);
        if (!vacuum.exec())
            problem = vacuum.lastError().databaseText();
    }
    BookFile::removeConnection(connection);
    if (problem.isEmpty() && !QFile::rename(temporary, target))
        problem = QCoreApplication::translate("Sepakat::BookBackups", "%1 cannot be written")
                      .arg(QDir::toNativeSeparators(target));
    if (problem.isEmpty())
        return {};
    QFile::remove(temporary);
    return Error{
        QCoreApplication::translate("Sepakat::BookBackups", "No backup was made: %1").arg(problem),
        {}};
}

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

Result<QString> BookBackups::takeDaily() const
{
    if (m_keep <= 0)
        return QString();
    const QList<BookBackup> backups = list();
    if (!backups.isEmpty() && backups.constFirst().takenAt.date() == now().date())
        return QString();
    const Result<QString> path = nextPath();
    if (!path)
        return path;
    if (const Status copied = copyThroughOwnConnection(m_bookPath, *path); !copied)
        return copied.error();
    prune();
    return path;
}

Result<QString> BookBackups::take(DealBook &book) const
{
    const Result<QString> path = nextPath();
    if (!path)
        return path;
    if (const Status saved = book.saveCopyAs(*path); !saved)
        return saved.error();
    prune();
    return path;
}

Result<QString> BookBackups::nextPath() const
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
    return QDir(folder()).filePath(nameFor(takenAt));
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
