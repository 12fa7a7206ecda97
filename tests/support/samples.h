#pragma once

// Small, valid entities for repository tests: each test changes what it is about and keeps the
// rest plausible.

#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/product.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"

#include <QSqlQuery>

// QVERIFY for a Status that shows the message when it fails.
#define SEPAKAT_VERIFY_OK(expression) \
    do { \
        const ::Sepakat::Status status_ = (expression); \
        QVERIFY2(status_.ok(), qPrintable(status_.errorMessage())); \
    } while (false)

namespace Sepakat::Testing {

inline Customer sampleCustomer(const QString &name = QStringLiteral("PT Sinar Jaya Distribusi"))
{
    Customer c;
    c.name = name;
    c.industry = QStringLiteral("Distribution");
    c.size = CompanySize::Large;
    c.address = QStringLiteral("Jl. Raya Darmo 12");
    c.city = QStringLiteral("Surabaya");
    c.country = QStringLiteral("ID");
    c.notes = QStringLiteral("Family business; the owner decides.");
    c.contacts = {
        Contact{{}, QStringLiteral("Budi Santoso"), QStringLiteral("Finance Director"),
                QStringLiteral("budi@sinarjaya.co.id"), QStringLiteral("+62 31 555 1234")},
        Contact{{}, QStringLiteral("Siti Rahman"), QStringLiteral("Procurement Manager"),
                QStringLiteral("siti@sinarjaya.co.id"), {}},
    };
    return c;
}

inline Product sampleProduct(const QString &sku = QStringLiteral("SPK-CRM-USR"))
{
    Product p;
    p.sku = sku;
    p.name = QStringLiteral("CRM licence, per user per year");
    p.unit = QStringLiteral("user/year");
    p.unitPrice = Money(4'800'000, QStringLiteral("IDR"));
    p.unitCost = Money(900'000, QStringLiteral("IDR"));
    p.benefit = QStringLiteral("One view of every customer.");
    return p;
}

inline Deal sampleDeal(const QString &customerId, Stage stage = Stage::Qualified)
{
    Deal d;
    d.customerId = customerId;
    d.title = QStringLiteral("CRM roll-out");
    d.stage = stage;
    d.value = Money(480'000'000, QStringLiteral("IDR"));
    d.expectedClose = QDate(2025, 9, 30);
    d.owner = QStringLiteral("Dewi Lestari");
    d.qualification.budget = 2;
    d.qualification.authority = 1;
    d.qualification.need = 3;
    d.qualification.timing = 1;
    d.qualification.needNote = QStringLiteral("Re-typing orders costs them two people");
    return d;
}

// One number from SQL run outside the repositories, to see what really is in the file.
inline qint64 countRows(DealBook &book, const QString &sql)
{
    QSqlQuery query(book.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace Sepakat::Testing
