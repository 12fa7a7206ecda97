#pragma once

#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/product.h"
#include "util/result.h"

#include <QCoreApplication>

#include <functional>

class QSqlQuery;

namespace Sepakat {

class DealBook;

// Adds new rows that an import has already validated in full: one cached prepared statement
// per table, values bound by name, and no per-row lookups or history events. The caller runs it
// inside DealBook::transact, checks ids and references itself, and records one history event for
// the lot. Ids must be set; times are stamped when empty.
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage) // the context Rows::tr looks up

public:
    explicit BulkInsert(DealBook &book);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;
    Status customer(const Customer &customer); // with its contacts
    Status product(const Product &product);
    Status deal(const Deal &deal);
    // Runs addDeals, which adds `count` deals. When they are 1,000 or more and at least double
    // the deals table, its secondary indexes are dropped first and built again afterwards with
    // one sort each, instead of being updated one random insert at a time (a third of writing
    // 100,000 deals). All in the caller's transaction: a failure or a crash leaves the indexes
    // as they were.
    Status addingDeals(qint64 count, const std::function<Status()> &addDeals);

private:
    DealBook &m_book;
    QString m_now;
    qint64 m_cacheSize = 0; // the connection's own setting, restored afterwards
    QSqlQuery *m_dealInsert = nullptr; // from DealBook::statement, kept while the rows go in
};

} // namespace Sepakat
