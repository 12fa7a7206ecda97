#pragma once

// The repositories of a deal book. Each is a light handle on a DealBook (cheap to make, made by
// DealBook::customers() and friends). Every write runs in DealBook::transact, so it joins the
// caller's transaction or makes its own, and appends its audit event in the same transaction.
// Reads return empty/nullopt when nothing matches; writes return a Status whose message the user
// can read. All SQL is prepared with bound values.

#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/product.h"
#include "domain/valuecase.h"
#include "storage/booksettings.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace Sepakat {

class DealBook;

// Every repository's messages share the translation context Sepakat::Storage with the storage
// helpers (Rows::tr), so that lupdate files them under the context they are looked up in.

class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage)

public:
    explicit CustomerRepository(DealBook &book)
        : m_book(book)
    {
    }
    QList<Customer> all() const; // by name, with contacts
    std::optional<Customer> find(const QString &id) const;
    std::optional<Customer> findByName(const QString &name) const; // case-insensitive
    // Contact names per customer id, in one query (the board searches them for 100,000 deals).
    QHash<QString, QStringList> contactNamesByCustomer() const;
    Status save(const Customer &customer); // insert or update, contacts replaced
    Status remove(const QString &id);      // refused while deals refer to it
    qint64 count() const;

private:
    DealBook &m_book;
};

class ProductRepository
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage)

public:
    explicit ProductRepository(DealBook &book)
        : m_book(book)
    {
    }
    QList<Product> all() const; // by name
    std::optional<Product> find(const QString &id) const;
    Status save(const Product &product); // insert or update; SKU must be unique
    Status remove(const QString &id);    // products on offers are deactivated, not deleted
    qint64 count() const;

private:
    DealBook &m_book;
};

// One row per deal for lists and boards: what they need without loading whole worksheets.
struct DealSummary
{
    Deal deal;
    QString customerName;
};

// What tells deals apart on import: the id, and the title within a customer.
struct DealKey
{
    QString id;
    QString customerId;
    QString title;
};

class DealRepository
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage)

public:
    explicit DealRepository(DealBook &book)
        : m_book(book)
    {
    }
    QList<DealSummary> summaries() const; // all deals with their customer's name
    QList<DealKey> keys() const;           // all deals, three columns: cheap on a large book
    std::optional<Deal> find(const QString &id) const;
    Status save(const Deal &deal);    // insert or update; records stage changes in the audit
    Status remove(const QString &id); // the deal and its whole worksheet
    qint64 count() const;

private:
    DealBook &m_book;
};

// What a pipeline card shows of a deal's worksheet: the latest approval of its latest offer and
// whether that offer's net (before tax) is below the plan's walk-away. Read for every deal at
// once, so the board never queries per card.
struct OfferBadges
{
    std::optional<ApprovalStatus> approval; // nullopt: the latest offer was never sent for approval
    bool belowWalkAway = false;             // only when offer and plan share a currency
    friend bool operator==(const OfferBadges &, const OfferBadges &) = default;
};

// Everything of a deal beyond its own row: needs, offer rounds, plan, tradeables, concessions,
// value case, approvals.
class WorksheetRepository
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage)

public:
    explicit WorksheetRepository(DealBook &book)
        : m_book(book)
    {
    }

    QList<Need> needs(const QString &dealId) const;                    // by position
    Status saveNeeds(const QString &dealId, const QList<Need> &needs); // replaces the list

    QList<Offer> offers(const QString &dealId) const; // by version, with lines
    std::optional<Offer> offer(const QString &offerId) const;
    // A new offer is saved with its status. An existing one keeps its stored status (moves go
    // through ApprovalFlow), except that a change of its content (offerContentHash) after Draft
    // returns it to Draft and voids its pending or granted approvals ("approval-voided").
    Status saveOffer(const Offer &offer);
    Status removeOffer(const QString &offerId); // a round and its lines and approvals (undo)

    std::optional<Plan> plan(const QString &dealId) const;
    Status savePlan(const Plan &plan);

    QList<Tradeable> tradeables(const QString &dealId) const;
    Status saveTradeable(const Tradeable &tradeable);
    Status removeTradeable(const QString &id);
    QList<Concession> concessions(const QString &dealId) const; // by round, then time
    Status addConcession(const Concession &concession);
    Status removeConcession(const QString &id); // takes back a logged one (undo)

    std::optional<ValueCaseInputs> valueCase(const QString &dealId) const;
    Status saveValueCase(const ValueCaseInputs &inputs);
    // The deal's value case and its savings items (undoing the first save); none is no error.
    Status removeValueCase(const QString &dealId);

    QList<Approval> approvals(const QString &offerId) const; // oldest first
    // Per deal id: the badges of its latest offer, for deals that have one (two bulk queries in
    // all). See storage/boardreads.h for reading them beside other reads.
    QHash<QString, OfferBadges> latestOfferBadges() const;
    Status saveApproval(const Approval &approval);

private:
    Status voidLiveApprovals(const Offer &offer);

    DealBook &m_book;
};

class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage)

public:
    explicit SettingsRepository(DealBook &book)
        : m_book(book)
    {
    }
    BookSettings load() const;
    Status save(const BookSettings &settings);

private:
    DealBook &m_book;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage)

public:
    explicit AuditLog(DealBook &book)
        : m_book(book)
    {
    }
    // Appends; the book fills in sequence, time (Clock) and who when they are empty.
    Status append(AuditEvent event);
    QList<AuditEvent> forDeal(const QString &dealId) const; // newest first
    QList<AuditEvent> recent(int limit) const;              // newest first
    qint64 count() const;

private:
    DealBook &m_book;
};

} // namespace Sepakat
