#include "storage/dealbook.h"

#include "storage/bookfile.h"
#include "storage/repositories.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QUuid>
#include <filesystem>
#include <system_error>

namespace Sepakat {

namespace {

// Long enough for another process's single write to finish, short enough to report a stuck one.
constexpr int kBusyTimeoutMs = 5000;

QString lockFilePath(const QString &bookPath)
{
    return bookPath + QStringLiteral(".lock");
}

QString sqliteText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *answer = nullptr)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma))
        return false;
    if (answer && query.next())
        *answer = query.value(0).toString();
    return true;
}

// Applies the connection settings every writer relies on. Returns SQLite's complaint, if any.
QString configureWriter(QSqlDatabase &db)
{
    QString journalMode;
    if (!execPragma(db, QStringLiteral("PRAGMA journal_mode=WAL"), &journalMode))
        return sqliteText(db.lastError());
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return QCoreApplication::translate("Sepakat::DealBook",
                                           "the file system does not support SQLite's "
                                           "write-ahead log (journal mode stays %1)")
            .arg(journalMode);
    }
    for (const auto &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
          QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs)}) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return sqliteText(query.lastError());
    }
    return {};
}

int readUserVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

// Runs each pending step in its own transaction, so an interrupted upgrade leaves the book at
// the last complete version rather than half-way between two.
QString migrate(QSqlDatabase &db, int fromVersion)
{
    for (const Migration &step : migrations()) {
        if (step.version <= fromVersion)
            continue;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqliteText(query.lastError());
        QString problem;
        for (const QString &sql : step.statements) {
            if (!query.prepare(sql) || !query.exec()) {
                problem = sqliteText(query.lastError());
                break;
            }
        }
        if (problem.isEmpty() &&
            !query.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version))) {
            problem = sqliteText(query.lastError());
        }
        if (problem.isEmpty() && !query.exec(QStringLiteral("COMMIT")))
            problem = sqliteText(query.lastError());
        if (!problem.isEmpty()) {
            query.exec(QStringLiteral("ROLLBACK"));
            return QCoreApplication::translate("Sepakat::DealBook", "step to schema %1: %2")
                .arg(step.version)
                .arg(problem);
        }
    }
    return {};
}

} // namespace

DealBook::~DealBook()
{
    m_statements.clear();
    if (!m_connectionName.isEmpty())
        BookFile::removeConnection(m_connectionName);
    // Only after SQLite has closed (and checkpointed) the file may another writer come in.
    m_lock.reset();
}

int DealBook::currentSchemaVersion()
{
    return migrations().constLast().version;
}

QString DealBook::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

int DealBook::schemaVersion() const
{
    return readUserVersion(database());
}

QSqlDatabase DealBook::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

// Takes the writer's lock beside the book. QLockFile removes a lock left by a process that no
// longer runs (same host, pid gone or reused by another program, or an earlier boot).
OpenFailure takeLock(const QString &path, std::unique_ptr<QLockFile> *lock)
{
    auto candidate = std::make_unique<QLockFile>(lockFilePath(path));
    // A book stays open for hours: its lock must never age into "stale".
    candidate->setStaleLockTime(0);
    if (candidate->tryLock(0)) {
        *lock = std::move(candidate);
        return {};
    }
    if (candidate->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        candidate->getLockInfo(&pid, &host, &application);
        return BookFile::failure(
            OpenProblem::LockedByOther,
            QCoreApplication::translate("Sepakat::DealBook",
                                        "%1 is open for writing in another Sepakat (process %2 "
                                        "on %3). You can open it read-only.")
                .arg(BookFile::quotedName(path))
                .arg(pid)
                .arg(host.isEmpty() ? QStringLiteral("?") : host));
    }
    return BookFile::failure(
        OpenProblem::Io,
        QCoreApplication::translate("Sepakat::DealBook", "%1 cannot be locked for writing: the "
                                                         "lock file %2 cannot be created.")
            .arg(BookFile::quotedName(path), QDir::toNativeSeparators(lockFilePath(path))));
}

OpenFailure writerFailure(const QString &path, const QString &problem)
{
    return BookFile::failure(
        OpenProblem::Io,
        QCoreApplication::translate("Sepakat::DealBook", "%1 cannot be opened for writing: %2")
            .arg(BookFile::quotedName(path), problem));
}

// Why a book that is asked for writing can only be read; empty when it can be written.
QString readOnlyReasonFor(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isWritable())
        return QCoreApplication::translate("Sepakat::DealBook", "The file is read-only.");
    // SQLite writes its log and the lock file beside the book.
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable()) {
        return QCoreApplication::translate("Sepakat::DealBook",
                                           "The folder %1 cannot be written to.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    return {};
}

void report(OpenFailure *out, const OpenFailure &failure)
{
    if (out)
        *out = failure;
}

} // namespace

std::unique_ptr<DealBook> DealBook::open(const QString &path, Access access, OpenFailure *failure)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    BookFile::Header header;
    if (OpenFailure refused = BookFile::inspectHeader(absolutePath, &header);
        refused.problem != OpenProblem::None) {
        report(failure, refused);
        return nullptr;
    }

    const QString reason =
        access == Access::ReadWrite ? readOnlyReasonFor(absolutePath) : QString();
    std::unique_ptr<DealBook> book(new DealBook);
    book->m_path = absolutePath;
    book->m_connectionName = BookFile::uniqueConnectionName();

    // Every book is first looked at through a read-only connection, so a foreign, damaged or
    // newer file is refused before SQLite could write a single byte to it.
    int version = 0;
    if (OpenFailure refused =
            BookFile::openReadOnly(absolutePath, book->m_connectionName, &version);
        refused.problem != OpenProblem::None) {
        book->m_connectionName.clear();
        report(failure, refused);
        return nullptr;
    }

    if (access == Access::ReadOnly || !reason.isEmpty()) {
        book->m_readOnly = true;
        // Asked for reading only, there is no reason to give beyond the asking.
        book->m_readOnlyReason = reason;
        QSqlDatabase db = book->database();
        execPragma(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        report(failure, {});
        return book;
    }

    BookFile::removeConnection(book->m_connectionName);
    if (OpenFailure locked = takeLock(absolutePath, &book->m_lock);
        locked.problem != OpenProblem::None) {
        book->m_connectionName.clear();
        report(failure, locked);
        return nullptr;
    }

    if (const QString problem = book->connectWriter(); !problem.isEmpty()) {
        report(failure, writerFailure(absolutePath, problem));
        return nullptr;
    }
    report(failure, {});
    return book;
}

QString DealBook::connectWriter()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return sqliteText(db.lastError());
    if (QString problem = configureWriter(db); !problem.isEmpty())
        return problem;
    const int version = readUserVersion(db);
    return version < currentSchemaVersion() ? migrate(db, version) : QString();
}

Status DealBook::replaceFileWith(const QString &replacementPath)
{
    if (m_readOnly || !m_lock || inTransaction()) {
        return Error{QCoreApplication::translate("Sepakat::DealBook",
                                                 "%1 cannot be replaced now: it is read-only "
                                                 "or in the middle of a change.")
                         .arg(BookFile::quotedName(m_path)),
                     {}};
    }
    // Closing the only connection checkpoints the write-ahead log into the file and removes
    // it. The lock stays held throughout, so no other Sepakat comes in between.
    m_statements.clear();
    BookFile::removeConnection(m_connectionName);
    // A log left beside the file would be replayed into the replacement and ruin it.
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(replacementPath.toStdU16String()),
                            std::filesystem::path(m_path.toStdU16String()), error);
    QString problem = error ? QString::fromStdString(error.message()) : QString();
    // Open whatever is in place now: the replacement, or the book as it was.
    if (const QString reopened = connectWriter(); problem.isEmpty())
        problem = reopened;
    if (problem.isEmpty())
        return {};
    return Error{QCoreApplication::translate("Sepakat::DealBook", "%1 could not be replaced: %2")
                     .arg(BookFile::quotedName(m_path), problem),
                 {}};
}

std::unique_ptr<DealBook> DealBook::create(const QString &path, OpenFailure *failure)
{
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    if (info.exists() && (info.isDir() || info.size() > 0)) {
        report(failure, BookFile::failure(OpenProblem::Io,
                                          QCoreApplication::translate(
                                              "Sepakat::DealBook", "%1 already exists: a new deal "
                                                                   "book needs a new file.")
                                              .arg(BookFile::quotedName(absolutePath))));
        return nullptr;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        report(failure, BookFile::failure(OpenProblem::Io,
                                          QCoreApplication::translate(
                                              "Sepakat::DealBook", "The folder %1 does not exist.")
                                              .arg(QDir::toNativeSeparators(info.absolutePath()))));
        return nullptr;
    }

    std::unique_ptr<DealBook> book(new DealBook);
    book->m_path = absolutePath;
    if (OpenFailure locked = takeLock(absolutePath, &book->m_lock);
        locked.problem != OpenProblem::None) {
        report(failure, locked);
        return nullptr;
    }
    const bool existedEmpty = info.exists();
    book->m_connectionName = BookFile::uniqueConnectionName();

    QString problem;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), book->m_connectionName);
        db.setDatabaseName(absolutePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            problem = sqliteText(db.lastError());
        if (problem.isEmpty() &&
            !execPragma(db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))) {
            problem = sqliteText(db.lastError());
        }
        if (problem.isEmpty())
            problem = configureWriter(db);
        if (problem.isEmpty())
            problem = migrate(db, 0);
    }
    if (!problem.isEmpty()) {
        book.reset();
        // Half a book is worse than none: remove what this call made.
        if (!existedEmpty)
            QFile::remove(absolutePath);
        QFile::remove(absolutePath + QStringLiteral("-wal"));
        QFile::remove(absolutePath + QStringLiteral("-shm"));
        report(failure, BookFile::failure(OpenProblem::Io,
                                          QCoreApplication::translate("Sepakat::DealBook",
                                                                      "%1 could not be created: %2")
                                              .arg(BookFile::quotedName(absolutePath), problem)));
        return nullptr;
    }
    report(failure, {});
    return book;
}

Status DealBook::transact(const std::function<Status()> &work)
{
    if (m_readOnly) {
        const QString message =
            QCoreApplication::translate("Sepakat::DealBook", "%1 is open read-only, so nothing "
                                                             "can be saved.")
                .arg(BookFile::quotedName(m_path));
        return Error{m_readOnlyReason.isEmpty() ? message
                                                : message + QLatin1Char(' ') + m_readOnlyReason,
                     {}};
    }
    if (m_transactionDepth == 0) {
        QSqlQuery &begin = statement(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begin.exec()) {
            return sqlError(QCoreApplication::translate("Sepakat::DealBook", "Starting to save"),
                            begin);
        }
        m_rollbackRequested = false;
        m_firstFailure = {};
    }

    ++m_transactionDepth;
    Status result;
    try {
        result = work();
    } catch (...) {
        --m_transactionDepth;
        if (m_transactionDepth == 0)
            statement(QStringLiteral("ROLLBACK")).exec();
        else
            m_rollbackRequested = true;
        throw;
    }
    --m_transactionDepth;

    if (!result.ok() && !m_rollbackRequested) {
        m_rollbackRequested = true;
        m_firstFailure = result.error();
    }
    if (m_transactionDepth > 0)
        return result;

    if (m_rollbackRequested) {
        m_rollbackRequested = false;
        statement(QStringLiteral("ROLLBACK")).exec();
        return Status(std::exchange(m_firstFailure, {}));
    }
    QSqlQuery &commit = statement(QStringLiteral("COMMIT"));
    if (!commit.exec()) {
        const Status failed =
            sqlError(QCoreApplication::translate("Sepakat::DealBook", "Saving"), commit);
        statement(QStringLiteral("ROLLBACK")).exec();
        return failed;
    }
    return result;
}

QSqlQuery &DealBook::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    // A statement that failed to prepare (or to run) is prepared afresh: the failure may have
    // been a schema change or a busy database, and reusing it would only repeat the error.
    if (it == m_statements.end() || it->second.lastError().isValid()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(sql);
        it = m_statements.insert_or_assign(sql, std::move(query)).first;
    } else {
        it->second.finish();
    }
    return it->second;
}

Status DealBook::sqlError(const QString &what, const QSqlQuery &query) const
{
    return Error{QCoreApplication::translate("Sepakat::DealBook", "%1 failed: %2")
                     .arg(what, sqliteText(query.lastError())),
                 {}};
}

CustomerRepository DealBook::customers()
{
    return CustomerRepository(*this);
}

ProductRepository DealBook::products()
{
    return ProductRepository(*this);
}

DealRepository DealBook::deals()
{
    return DealRepository(*this);
}

WorksheetRepository DealBook::worksheets()
{
    return WorksheetRepository(*this);
}

SettingsRepository DealBook::settings()
{
    return SettingsRepository(*this);
}

AuditLog DealBook::audit()
{
    return AuditLog(*this);
}

Status DealBook::saveCopyAs(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QString absoluteTarget = target.absoluteFilePath();
    const QFileInfo self(m_path);
    const bool sameFile =
        absoluteTarget == self.absoluteFilePath() ||
        (target.exists() && target.canonicalFilePath() == self.canonicalFilePath());
    if (sameFile) {
        return Error{QCoreApplication::translate("Sepakat::DealBook",
                                                 "A copy cannot be saved over the book itself."),
                     {}};
    }
    if (inTransaction()) {
        return Error{QCoreApplication::translate("Sepakat::DealBook",
                                                 "A copy cannot be saved in the middle of a "
                                                 "change."),
                     {}};
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Error{
            QCoreApplication::translate("Sepakat::DealBook", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(target.absolutePath())),
            {}};
    }

    // VACUUM INTO writes a consistent snapshot even while others write the book; writing it
    // beside the target and renaming it into place means the target is never a partial file.
    const QString temporary = target.absolutePath() + QLatin1Char('/') + QLatin1Char('.') +
                              target.fileName() + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".tmp");
    QSqlQuery &vacuum = statement(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(temporary);
    if (!vacuum.exec()) {
        const Status failed =
            sqlError(QCoreApplication::translate("Sepakat::DealBook", "Saving a copy as %1")
                         .arg(QDir::toNativeSeparators(absoluteTarget)),
                     vacuum);
        vacuum.finish();
        QFile::remove(temporary);
        return failed;
    }
    vacuum.finish();

    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(absoluteTarget.toStdU16String()), error);
    if (error) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("Sepakat::DealBook",
                                                 "The copy could not be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(absoluteTarget),
                              QString::fromStdString(error.message())),
                     {}};
    }
    return {};
}

} // namespace Sepakat
