#pragma once

// Private to the demo writer (demo.cpp writes the book, its customers and catalog; demodeal.cpp
// writes each deal with its worksheet).

#include "domain/money.h"
#include "domain/offer.h"
#include "storage/dealbook.h"
#include "storage/demo.h"
#include "storage/rowvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <random>

namespace Sepakat::Demo {

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Deterministic randomness. Plain arithmetic on mt19937_64 output (not the standard
// distributions, whose results differ between standard libraries), so a seed means the same
// book everywhere.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}

    quint64 raw() { return m_engine(); }
    int between(int low, int high) // inclusive
    {
        return low + int(raw() % quint64(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[raw() % N];
    }
    template<typename T, std::size_t N>
    int index(const T (&)[N])
    {
        return int(raw() % N);
    }

    // A version 4 UUID drawn from the seeded engine instead of the system's randomness.
    QString uuid()
    {
        const quint64 high = (raw() & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
        const quint64 low = (raw() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
        static constexpr char hex[] = "0123456789abcdef";
        QString id(36, Qt::Uninitialized);
        QChar *out = id.data();
        int written = 0;
        const auto put = [&](quint64 value, int nibbles) {
            for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4) {
                if (written == 8 || written == 13 || written == 18 || written == 23)
                    out[written++] = u'-';
                out[written++] = QLatin1Char(hex[(value >> shift) & 0xF]);
            }
        };
        put(high, 16);
        put(low, 16);
        return id;
    }

private:
    std::mt19937_64 m_engine;
};

struct CurrencyRate
{
    const char *code;
    qint64 rateMicro; // book currency (IDR) per unit, in millionths
};

inline constexpr CurrencyRate kRates[] = {
    {"USD", 15'800'000'000}, {"SGD", 11'750'000'000}, {"MYR", 3'350'000'000},
    {"AUD", 10'300'000'000}, {"EUR", 17'100'000'000},
};

inline qint64 rateFor(const QString &currency)
{
    for (const auto &r : kRates) {
        if (currency == QLatin1String(r.code))
            return r.rateMicro;
    }
    return 0;
}

// An IDR amount in the deal's currency, rounded to whole units as a price list would be.
inline qint64 convert(qint64 idr, const QString &currency)
{
    const qint64 rate = rateFor(currency);
    if (rate == 0)
        return idr;
    const qint64 unit = 100; // every demo foreign currency has two decimals
    const Arithmetic::Wide whole = (Arithmetic::Wide(idr) * 1'000'000 + rate / 2) / rate;
    return qint64(whole) * unit;
}

inline qint64 percentOf(qint64 amount, qint64 basisPoints)
{
    return qint64((Arithmetic::Wide(amount) * basisPoints + 5000) / 10000);
}

struct DemoCustomer
{
    QString id;
    QString name;
    int city = 0;
    int size = 2;
};

struct DemoProduct
{
    QString id;
    int index = 0;
};

// What the parts of one deal need to know of each other while it is written.
struct DealDraft
{
    QString id;
    QString currency;
    QString owner;
    Stage stage = Stage::Prospect;
    int size = 2;
    QDateTime createdAt;
    QDateTime stageChangedAt;
    QList<int> needs;          // indexes into DemoText::kNeeds
    QStringList needIds;
    QList<int> products;       // indexes into DemoText::kProducts
    QList<qint64> quantities;  // milli-units, one per product
    QList<qint64> offerTotals; // net of discounts, before tax, one per version
    QList<qint64> lineDiscounts; // basis points, one per version: each round gives a little more
    qint64 documentDiscount = 0; // basis points, on the last version only
    QList<QDate> offerDates;
    QStringList tradeableIds;
    qint64 listTotal = 0;
    qint64 value = 0;
};

class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Storage) // the context Rows::tr looks up

public:
    DemoWriter(DealBook &book, const DemoOptions &options)
        : m_book(book), m_dice(options.seed), m_options(options), m_now(Rows::now().toUTC()),
          m_today(m_now.date())
    {
    }

    Status write();

private:
    Status fail(const QString &what, const QSqlQuery &query) { return m_book.sqlError(what, query); }
    Status writeSettings();
    Status writeProducts();
    Status writeCustomers(int count);
    Status writeDeal(int number);
    Status writeNeeds(DealDraft &deal);
    Status writeOffers(DealDraft &deal, int versions);
    // The last round as an Offer, to judge it against the policy and hash its content.
    Offer demoOffer(const DealDraft &deal, const QString &offerId, const QList<QString> &lineIds,
                    int v, qint64 documentDiscount, qint64 tax, int paymentDays, int deliveryDays,
                    int contractMonths, const QDate &offerDate) const;
    Status writePlan(const DealDraft &deal);
    Status writeTradeables(DealDraft &deal);
    Status writeConcessions(const DealDraft &deal);
    Status writeValueCase(const DealDraft &deal);
    Status writeAudit(const QDateTime &at, const QString &who, const QString &entity,
                      const QString &entityId, const QString &dealId, const QString &action,
                      const QString &detail);
    QDateTime daysAgo(int days) { return m_now.addSecs(-qint64(days) * 86400 - m_dice.between(0, 86399)); }

    DealBook &m_book;
    Dice m_dice;
    DemoOptions m_options;
    QDateTime m_now;
    QDate m_today;
    QList<DemoCustomer> m_customers;
    QList<DemoProduct> m_products;
};

} // namespace Sepakat::Demo
