#pragma once

#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/product.h"
#include "util/result.h"

#include <QCoreApplication>

namespace Sepakat {

class DealBook;

// Adds new rows that an import has already validated in full: one cached prepared statement
// per table and no per-row lookups or history events, so 100,000 rows take a fraction of a
// second. The caller runs it inside DealBook::transact, checks ids and references itself, and
// records one history event for the lot. Ids must be set; times are stamped when empty.
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

private:
    DealBook &m_book;
    QString m_now;
    qint64 m_cacheSize = 0; // the connection's own setting, restored afterwards
};

} // namespace Sepakat
