#include "storage/bookcheck.h"

#include "storage/bookfile.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Sepakat {

namespace {

// In the order a reader thinks of a book: who, what, the deals, their worksheets, history.
constexpr const char *kCountedTables[] = {
    "customers",     "contacts",  "products",     "deals",          "needs",       "offers",
    "offer_lines",   "plans",     "objections",   "tradeables",     "concessions", "value_cases",
    "savings_items", "approvals", "audit_events", "currency_rates",
};

Result<BookCheckReport> inspect(const QString &path, QSqlDatabase &db, int schemaVersion)
{
    BookCheckReport report;
    report.schemaVersion = schemaVersion;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return Error{BookFile::failureFromSqlError(path, query.lastError()).message, {}};
    while (query.next())
        tables.append(query.value(0).toString());

    for (const char *table : kCountedTables) {
        const QString name = QLatin1String(table);
        // Older schemas lack the later tables; that is not a fault of the book.
        if (!tables.contains(name))
            continue;
        // Identifiers cannot be bound; the names come from the list above, never from input.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + name) || !query.next())
            return Error{BookFile::failureFromSqlError(path, query.lastError()).message, {}};
        report.counts.append({name, query.value(0).toLongLong()});
    }

    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{BookFile::failureFromSqlError(path, query.lastError()).message, {}};
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    report.integrity = lines.join(QLatin1Char('\n'));
    report.healthy = report.integrity == QLatin1String("ok");
    return report;
}

} // namespace

Result<BookCheckReport> checkBook(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    BookFile::Header header;
    if (OpenFailure refused = BookFile::inspectHeader(absolutePath, &header);
        refused.problem != OpenProblem::None) {
        return Error{refused.message, {}};
    }
    const QString connection = BookFile::uniqueConnectionName();
    int version = 0;
    if (OpenFailure refused = BookFile::openReadOnly(absolutePath, connection, &version);
        refused.problem != OpenProblem::None) {
        return Error{refused.message, {}};
    }
    Result<BookCheckReport> result = Error{};
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        result = inspect(absolutePath, db, version);
    }
    BookFile::removeConnection(connection);
    return result;
}

} // namespace Sepakat
