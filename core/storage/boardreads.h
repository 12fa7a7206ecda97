#pragma once

#include "storage/repositories.h"

#include <QHash>
#include <QString>

#include <future>
#include <optional>

namespace Sepakat {

class DealBook;

// Reads WorksheetRepository::latestOfferBadges on a thread and a read-only connection of its
// own, so that opening the board reads the deals and the offers at the same time: the badges
// are the largest of the board's reads (offer lines joined to plans), and a laptop has a
// second core. When the book is inside a transaction (which another connection cannot see) or
// a second connection cannot be opened, take() reads them on the book's own connection.
class OfferBadgeRead
{
public:
    explicit OfferBadgeRead(DealBook &book);
    ~OfferBadgeRead(); // waits for the thread
    OfferBadgeRead(const OfferBadgeRead &) = delete;
    OfferBadgeRead &operator=(const OfferBadgeRead &) = delete;

    // The badges of the deals that have any; waits for the thread. Call once.
    QHash<QString, OfferBadges> take();
    // Whether the read ran on a connection of its own (for tests and benchmarks).
    bool ranInBackground() const { return m_ranInBackground; }

private:
    DealBook &m_book;
    std::future<std::optional<QHash<QString, OfferBadges>>> m_background;
    bool m_ranInBackground = false;
};

} // namespace Sepakat
