#pragma once

#include "storage/dealbook.h"

#include <QList>
#include <QPair>

namespace Sepakat {

// What `sepakat check` reports. Made without ever writing to the file.
struct BookCheckReport
{
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> counts; // entity name ("customers", ...) and rows
    QString integrity;                    // SQLite's integrity_check answer, "ok" when healthy
    bool healthy = false;
};

// Fails with the same problems and messages as DealBook::open.
Result<BookCheckReport> checkBook(const QString &path);

} // namespace Sepakat
