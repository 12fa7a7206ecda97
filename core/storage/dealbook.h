#pragma once

#include "domain/stage.h"
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

class QLockFile;

namespace Sepakat {

class CustomerRepository;
class ProductRepository;
class DealRepository;
class WorksheetRepository;
class SettingsRepository;
class AuditLog;

// Why a book could not be opened as asked; the UI offers a way out for some of them.
enum class OpenProblem {
    None,
    NotFound,
    EmptyFile,       // zero bytes: not a deal book (SQLite would happily make one of it)
    NotSqlite,       // some other kind of file
    NotDealBook,     // an SQLite database, but not Sepakat's
    Damaged,         // truncated or corrupt
    NewerSchema,     // made by a newer Sepakat
    LockedByOther,   // open for writing in another Sepakat process: offer read-only
    Io,              // cannot read or create the file
};

struct OpenFailure
{
    OpenProblem problem = OpenProblem::None;
    QString message; // translated, names the file
};

enum class Access { ReadWrite, ReadOnly };

// One deal book: one SQLite file (.sepakat). Owns the connection and the writer's lock file.
// Not copyable; one per open book per thread.
class DealBook
{
public:
    ~DealBook();
    DealBook(const DealBook &) = delete;
    DealBook &operator=(const DealBook &) = delete;

    static int currentSchemaVersion();
    static QString fileSuffix() { return QStringLiteral("sepakat"); }

    // Opens an existing book. ReadWrite falls back to nothing: when the file or its folder is
    // read-only the book opens read-only and readOnlyReason() says why; when another process
    // holds the lock the call fails with LockedByOther so the caller can ask the user first.
    // Damaged, foreign and newer-schema files are refused and left byte-for-byte unchanged.
    static std::unique_ptr<DealBook> open(const QString &path, Access access, OpenFailure *failure);
    // Makes a new, empty book at path (which must not exist or be empty of content).
    static std::unique_ptr<DealBook> create(const QString &path, OpenFailure *failure);

    QString path() const { return m_path; }
    QString displayName() const; // file name without folder or suffix
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    // Who the audit log names for changes made through this book (the user profile).
    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }

    // Runs work inside one transaction: all of it is committed or none of it. Nested calls join
    // the outer transaction, so a user action composed of several saves stays one transaction.
    Status transact(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // While off, repository saves append no history events of their own: importing a deal
    // that brings its history along restores that history as it was instead of adding one
    // event per saved part. AuditLog::append still records. On by default; see HistoryPause.
    void setRecordingHistory(bool on) { m_recordingHistory = on; }
    bool recordsHistory() const { return m_recordingHistory; }

    CustomerRepository customers();
    ProductRepository products();
    DealRepository deals();
    WorksheetRepository worksheets();
    SettingsRepository settings();
    AuditLog audit();

    // Copies the book, consistent even while open, to another file (File > Save a copy as).
    Status saveCopyAs(const QString &targetPath);
    // Puts another deal book file in place of this one's and goes on with it, upgraded to the
    // current schema (restoring a backup: see storage/backups.h). Keeps the writer's lock
    // throughout. The replacement must be a checked copy beside the book; it is moved, not
    // copied. When it cannot be moved into place, the book goes on as it was.
    Status replaceFileWith(const QString &replacementPath);

    // For repositories and tests.
    QSqlDatabase database() const;
    // A prepared statement for this SQL, prepared once per book and reused (bulk writes such
    // as the demo and imports depend on it). Bind values, exec(); do not keep it across calls
    // that may use the same SQL.
    QSqlQuery &statement(const QString &sql);
    // A failure naming what was being done and SQLite's own words.
    Status sqlError(const QString &what, const QSqlQuery &query) const;

private:
    DealBook() = default;
    // Opens the read-write connection on m_path and upgrades an older schema; returns SQLite's
    // complaint, if any.
    QString connectWriter();

    QString m_path;
    QString m_connectionName;
    QString m_userName;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    // Node-based, so a reference from statement() survives later insertions; QSqlQuery cannot
    // be copied, which QHash would need.
    std::unordered_map<QString, QSqlQuery> m_statements;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_recordingHistory = true;
    bool m_rollbackRequested = false;
    Error m_firstFailure; // what made a nested transact fail, returned by the outermost one
};

// Turns the repositories' own history events off for a scope (see setRecordingHistory).
class HistoryPause
{
public:
    explicit HistoryPause(DealBook &book) : m_book(book), m_was(book.recordsHistory())
    {
        m_book.setRecordingHistory(false);
    }
    ~HistoryPause() { m_book.setRecordingHistory(m_was); }
    HistoryPause(const HistoryPause &) = delete;
    HistoryPause &operator=(const HistoryPause &) = delete;

private:
    DealBook &m_book;
    bool m_was;
};

} // namespace Sepakat
