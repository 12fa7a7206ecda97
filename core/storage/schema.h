#pragma once

#include <QList>
#include <QStringList>

namespace Sepakat {

// Identifies a Sepakat deal book among SQLite files (PRAGMA application_id): "SPKT".
inline constexpr qint32 kApplicationId = 0x53504B54;

// One step of the schema: the statements that take a book from version - 1 to version. Each
// step runs in its own transaction and ends by setting PRAGMA user_version = version.
// Statements are kept one per list entry, never split from a script on ';'.
struct Migration
{
    int version;
    const char *summary;
    QStringList statements;
};

// All steps in order; the last one's version is the current schema version.
const QList<Migration> &migrations();

} // namespace Sepakat
