#pragma once

// Private to storage: recognising a deal book without ever writing to it. DealBook::open and
// checkBook share these, so both refuse the same files with the same messages.

#include "storage/dealbook.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Sepakat::BookFile {

// What the first 100 bytes of an SQLite file say (https://sqlite.org/fileformat.html).
struct Header
{
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // trustworthy only when pageCountValid
    bool pageCountValid = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

OpenFailure failure(OpenProblem problem, const QString &message);
QString quotedName(const QString &path);
QString newerSchemaMessage(const QString &path, int version);
QString damagedMessage(const QString &path, const QString &detail);
OpenFailure failureFromSqlError(const QString &path, const QSqlError &error);

// Reads the file with plain file I/O: missing, empty, not SQLite, truncated, or (when it says
// it is ours) from a newer schema. SQLite never sees a file refused here.
OpenFailure inspectHeader(const QString &path, Header *header);

QString uniqueConnectionName();

// Opens a read-only connection named connectionName and checks the book through SQLite itself.
// Writes nothing: when no other connection has the book open (no write-ahead log beside it)
// the book is opened immutable, because SQLite would otherwise create -wal and -shm files even
// for a read-only connection (and fail outright in a read-only folder). On failure the
// connection is removed again.
OpenFailure openReadOnly(const QString &path, const QString &connectionName, int *schemaVersion);

// Closes and forgets a connection; all QSqlQuery objects on it must be gone.
void removeConnection(const QString &connectionName);

} // namespace Sepakat::BookFile
