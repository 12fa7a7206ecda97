#include "storage/demo.h"

#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/valuecase.h"
#include "storage/dealbook.h"
#include "storage/demotext.h"
#include "storage/demowriter.h"
#include "storage/repositories.h"
#include "storage/rowvalues.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>


// The demo writes rows straight through the book's cached prepared statements: validating every
// row through the repositories would make 100,000 deals take minutes instead of seconds. What it
// writes follows the same rules (the demo test loads a sample back and validates it).

namespace Sepakat {

using namespace Rows;
using namespace DemoText;

namespace Demo {

Status DemoWriter::writeSettings()
{
    BookSettings settings;
    settings.companyName = QStringLiteral("PT Sepakat Solusi Nusantara");
    settings.companyAddress = QStringLiteral("Jl. Jenderal Sudirman Kav. 52–53\nJakarta Selatan 12190\nIndonesia");
    settings.companyTaxNumber = QStringLiteral("01.234.567.8-901.000");
    for (const auto &r : kRates)
        settings.ratesMicro.insert(QString::fromLatin1(r.code), r.rateMicro);
    return SettingsRepository(m_book).save(settings);
}

Status DemoWriter::writeProducts()
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO products (id, sku, name, unit, currency, unit_price, unit_cost, benefit,"
        " active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    for (int i = 0; i < int(std::size(kProducts)); ++i) {
        const ProductText &p = kProducts[i];
        const DemoProduct product{m_dice.uuid(), i};
        if (!run(insert, {product.id, text(p.sku), text(p.name), text(p.unit),
                          QStringLiteral("IDR"), p.price, p.cost, text(p.benefit)}))
            return fail(tr("Writing the demo catalog"), insert);
        m_products << product;
    }
    return Status::success();
}

Status DemoWriter::writeCustomers(int count)
{
    QSqlQuery &customer = m_book.statement(QStringLiteral(
        "INSERT INTO customers (id, name, industry, size, address, city, country, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &contact = m_book.statement(QStringLiteral(
        "INSERT INTO contacts (id, customer_id, position, name, role, email, phone)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        DemoCustomer c;
        c.id = m_dice.uuid();
        QString industry;
        QString notes;
        if (i < int(std::size(kNamedCustomers))) {
            const NamedCustomer &named = kNamedCustomers[i];
            c.name = text(named.name);
            c.city = named.city;
            c.size = named.size;
            industry = text(named.industry);
            notes = text(named.notes);
        } else {
            c.city = m_dice.index(kCities);
            c.size = m_dice.between(1, 4);
            const auto &ind = m_dice.pick(kIndustries);
            industry = text(ind[0]);
            const City &city = kCities[c.city];
            // Two different words: "PT Coral Coral Logistik" reads like a typo, not a company.
            const auto *firstWord = &m_dice.pick(kNameWords);
            const auto *secondWord = &m_dice.pick(kNameWords);
            while (secondWord == firstWord)
                secondWord = &m_dice.pick(kNameWords);
            QString core = text(*firstWord) + u' ' + text(*secondWord) + u' '
                           + text(city.prefix[0] ? ind[1] : ind[0]);
            c.name = city.prefix[0] ? text(city.prefix) + u' ' + core
                                    : core + u' ' + text(city.suffix);
            if (m_dice.chance(20))
                notes = text(m_dice.pick(kCustomerNotes));
        }
        for (int n = 2; names.contains(c.name); ++n)
            c.name = c.name.section(QStringLiteral(" #"), 0, 0) + QStringLiteral(" #%1").arg(n);
        names.insert(c.name);
        const City &city = kCities[c.city];
        const QString address = text(city.street) + u' ' + QString::number(m_dice.between(1, 220));
        if (!run(customer, {c.id, c.name, industry,
                            companySizeKey(static_cast<CompanySize>(c.size)), address,
                            text(city.city), text(city.country), notes}))
            return fail(tr("Writing the demo customers"), customer);

        const bool indonesian = qstrcmp(city.country, "ID") == 0;
        QString slug = c.name.toLower();
        slug.removeIf([](QChar ch) { return !(ch >= u'a' && ch <= u'z'); });
        slug = slug.left(18);
        const int contacts = m_dice.between(1, 3);
        for (int k = 0; k < contacts; ++k) {
            const QString first = text(indonesian ? m_dice.pick(kFirstNamesId)
                                                  : m_dice.pick(kFirstNamesIntl));
            const QString last = text(indonesian ? m_dice.pick(kLastNamesId)
                                                 : m_dice.pick(kLastNamesIntl));
            QString local = first.toLower();
            local.removeIf([](QChar ch) { return !(ch >= u'a' && ch <= u'z'); });
            const QString email = local + u'@' + slug + u'.' + text(city.domain);
            const QString phone = text(city.phone) + QStringLiteral(" %1 %2")
                                                         .arg(m_dice.between(100, 999))
                                                         .arg(m_dice.between(1000, 9999));
            if (!run(contact, {m_dice.uuid(), c.id, qint64(k), QString(first + u' ' + last),
                               text(m_dice.pick(kRoles)), email, phone}))
                return fail(tr("Writing the demo contacts"), contact);
            }
        m_customers << c;
    }
    return Status::success();
}

Status DemoWriter::writeAudit(const QDateTime &at, const QString &who, const QString &entity,
                              const QString &entityId, const QString &dealId,
                              const QString &action, const QString &detail)
{
    QSqlQuery &insert = m_book.statement(QStringLiteral(
        "INSERT INTO audit_events (at, who, entity, entity_id, deal_id, action, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!run(insert, {timeText(at), who, entity, entityId, dealId, action, detail}))
        return fail(tr("Writing the demo history"), insert);
    return Status::success();
}

Status DemoWriter::write()
{
    if (Status s = writeSettings(); !s)
        return s;
    if (Status s = writeProducts(); !s)
        return s;
    const int deals = qMax(m_options.deals, 0);
    if (Status s = writeCustomers(qMax(8, deals / 4)); !s)
        return s;
    for (int i = 0; i < deals; ++i) {
        if (Status s = writeDeal(i); !s)
            return s;
    }
    return writeAudit(m_now, QString(), QStringLiteral("book"), QString(), QString(),
                      QStringLiteral("demo-written"),
                      QStringLiteral("%1 deals, seed %2").arg(deals).arg(m_options.seed));
}

} // namespace Demo

Status writeDemoBook(const QString &path, const DemoOptions &options)
{
    if (QFileInfo::exists(path))
        return Status(Error{tr("%1 already exists; the demo writes only new files.")
                                .arg(QDir::toNativeSeparators(path)), {}});
    if (options.deals < 0)
        return Status(Error{tr("The number of demo deals cannot be negative."), {}});
    OpenFailure failure;
    std::unique_ptr<DealBook> book = DealBook::create(path, &failure);
    if (!book)
        return Status(Error{failure.message, {}});
    // The demo fills a dozen tables at once in random-key order; SQLite's default 2 MB page
    // cache would evict and re-read pages all the time. The setting lasts as long as this
    // connection, which closes with the demo.
    QSqlQuery cache(book->database());
    cache.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    Demo::DemoWriter writer(*book, options);
    return book->transact([&] { return writer.write(); });
}

} // namespace Sepakat
