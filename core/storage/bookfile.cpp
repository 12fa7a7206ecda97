#include "storage/bookfile.h"

#include "storage/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QtEndian>

namespace Sepakat::BookFile {

namespace {

constexpr int kHeaderSize = 100;
const QByteArray kMagic("SQLite format 3\0", 16);

// Primary SQLite result codes that mean "this is not a readable database".
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

quint16 readU16(const char *bytes)
{
    return qFromBigEndian<quint16>(bytes);
}

quint32 readU32(const char *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

// The tables that make a database a deal book even without our application id (a book
// rebuilt with the sqlite3 shell's .dump loses it).
bool hasDealBookTables(const QStringList &tables)
{
    for (const auto *name : {"settings", "customers", "products", "deals"}) {
        if (!tables.contains(QLatin1String(name)))
            return false;
    }
    return true;
}

} // namespace

OpenFailure failure(OpenProblem problem, const QString &message)
{
    return OpenFailure{problem, message};
}

QString quotedName(const QString &path)
{
    return QStringLiteral("“%1”").arg(QFileInfo(path).fileName());
}

QString newerSchemaMessage(const QString &path, int version)
{
    return QCoreApplication::translate(
               "Sepakat::DealBook",
               "%1 was made by a newer Sepakat (schema %2, this version knows %3)")
        .arg(quotedName(path))
        .arg(version)
        .arg(DealBook::currentSchemaVersion());
}

QString damagedMessage(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("Sepakat::DealBook",
                                       "%1 is damaged and cannot be opened (%2). The file was "
                                       "left as it is.")
        .arg(quotedName(path), detail);
}

OpenFailure failureFromSqlError(const QString &path, const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (code == kSqliteCorrupt || code == kSqliteNotADb)
        return failure(OpenProblem::Damaged, damagedMessage(path, text));
    return failure(OpenProblem::Io,
                   QCoreApplication::translate("Sepakat::DealBook", "%1 cannot be read: %2")
                       .arg(quotedName(path), text));
}

OpenFailure inspectHeader(const QString &path, Header *header)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(OpenProblem::NotFound,
                       QCoreApplication::translate("Sepakat::DealBook", "%1 does not exist.")
                           .arg(QDir::toNativeSeparators(path)));
    }
    if (info.isDir()) {
        return failure(OpenProblem::Io, QCoreApplication::translate(
                                            "Sepakat::DealBook", "%1 is a folder, not a deal book.")
                                            .arg(quotedName(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(OpenProblem::Io,
                       QCoreApplication::translate("Sepakat::DealBook", "%1 cannot be read: %2")
                           .arg(quotedName(path), file.errorString()));
    }
    header->fileSize = file.size();
    if (header->fileSize == 0) {
        return failure(OpenProblem::EmptyFile,
                       QCoreApplication::translate("Sepakat::DealBook",
                                                   "%1 is empty: it is not a Sepakat deal book.")
                           .arg(quotedName(path)));
    }
    const QByteArray bytes = file.read(kHeaderSize);
    if (!bytes.startsWith(kMagic)) {
        return failure(OpenProblem::NotSqlite,
                       QCoreApplication::translate("Sepakat::DealBook",
                                                   "%1 is not a Sepakat deal book (it is not "
                                                   "an SQLite database).")
                           .arg(quotedName(path)));
    }
    if (bytes.size() < kHeaderSize) {
        return failure(
            OpenProblem::Damaged,
            damagedMessage(path, QCoreApplication::translate("Sepakat::DealBook",
                                                             "the file ends inside its header")));
    }

    const char *raw = bytes.constData();
    const quint16 storedPageSize = readU16(raw + 16);
    header->pageSize = storedPageSize == 1 ? 65536u : storedPageSize;
    const bool pageSizeValid = header->pageSize >= 512 && header->pageSize <= 65536 &&
                               (header->pageSize & (header->pageSize - 1)) == 0;
    const auto writeVersion = static_cast<quint8>(raw[18]);
    const auto readVersion = static_cast<quint8>(raw[19]);
    // Fixed payload fractions: SQLite itself refuses a file where these differ.
    const bool fractionsValid = raw[21] == 64 && raw[22] == 32 && raw[23] == 32;
    if (!pageSizeValid || writeVersion < 1 || writeVersion > 2 || readVersion < 1 ||
        readVersion > 2 || !fractionsValid) {
        return failure(
            OpenProblem::Damaged,
            damagedMessage(path, QCoreApplication::translate("Sepakat::DealBook",
                                                             "its SQLite header is not valid")));
    }
    header->pageCount = readU32(raw + 28);
    header->pageCountValid = header->pageCount > 0 && readU32(raw + 24) == readU32(raw + 92);
    header->userVersion = static_cast<qint32>(readU32(raw + 60));
    header->applicationId = static_cast<qint32>(readU32(raw + 68));

    // A write-ahead log with frames in it holds the newest page count, and a checkpoint in
    // progress may briefly leave the main file shorter than its header says; only judge the
    // main file alone when no log with content is beside it.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walHasContent = wal.exists() && wal.size() > 0;
    const qint64 expectedSize = qint64(header->pageCount) * header->pageSize;
    if (header->pageCountValid && !walHasContent && header->fileSize < expectedSize) {
        return failure(OpenProblem::Damaged,
                       damagedMessage(path, QCoreApplication::translate(
                                                "Sepakat::DealBook",
                                                "it is shorter than its header says: %L1 of "
                                                "%L2 bytes; it was probably cut off")
                                                .arg(header->fileSize)
                                                .arg(expectedSize)));
    }
    if (header->applicationId == kApplicationId &&
        header->userVersion > DealBook::currentSchemaVersion()) {
        return failure(OpenProblem::NewerSchema, newerSchemaMessage(path, header->userVersion));
    }
    return {};
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sepakat-book-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

void removeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

namespace {

OpenFailure probe(const QString &path, QSqlDatabase &db, int *schemaVersion)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failureFromSqlError(path, query.lastError());
    const qint32 applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failureFromSqlError(path, query.lastError());
    const int version = query.value(0).toInt();
    // Reading the schema is what makes SQLite look past the header at the pages themselves.
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failureFromSqlError(path, query.lastError());
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (query.lastError().isValid())
        return failureFromSqlError(path, query.lastError());

    if (applicationId != kApplicationId && !hasDealBookTables(tables)) {
        return failure(OpenProblem::NotDealBook,
                       QCoreApplication::translate("Sepakat::DealBook",
                                                   "%1 is an SQLite database, but not a "
                                                   "Sepakat deal book.")
                           .arg(quotedName(path)));
    }
    if (version > DealBook::currentSchemaVersion())
        return failure(OpenProblem::NewerSchema, newerSchemaMessage(path, version));
    *schemaVersion = version;
    return {};
}

} // namespace

OpenFailure openReadOnly(const QString &path, const QString &connectionName, int *schemaVersion)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    // A log with frames means a writer has the book open (or crashed with changes in the log),
    // and an empty log beside a lock file means a writer has just opened it: read through the
    // log and share its locks. Otherwise nobody writes the book now.
    const bool writerLock = QFileInfo::exists(path + QStringLiteral(".lock"));
    const bool shareWithWriter = wal.exists() && (wal.size() > 0 || writerLock);
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(shareWithWriter ? QStringLiteral("mode=ro")
                                 : QStringLiteral("mode=ro&immutable=1"));

    OpenFailure result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open())
            result = failureFromSqlError(path, db.lastError());
        else
            result = probe(path, db, schemaVersion);
    }
    if (result.problem != OpenProblem::None)
        removeConnection(connectionName);
    return result;
}

} // namespace Sepakat::BookFile
