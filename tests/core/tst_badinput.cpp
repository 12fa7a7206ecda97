// Bad input at every door (issue 8): what a user can type or a file can hold reaches the domain
// rules and the deal book, and comes back either refused with a clear message or stored exactly
// as given. Never a wrong number, never a crash, never SQL run from the text.

#include "domain/customer.h"
#include "domain/money.h"
#include "domain/offer.h"
#include "domain/product.h"
#include "negotiation/offertotals.h"
#include "storage/bookcheck.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QTest>

#include <limits>

using namespace Sepakat;
using namespace Sepakat::Testing;

namespace {

const QString kIdr = QStringLiteral("IDR");

Offer offerWith(qint64 unitPriceMinor, qint64 quantityMilli, qint64 discount)
{
    Offer offer;
    offer.id = QStringLiteral("o-1");
    offer.dealId = QStringLiteral("d-1");
    offer.currency = kIdr;
    offer.offerDate = QDate(2026, 11, 27);
    offer.validUntil = QDate(2026, 12, 27);
    OfferLine line;
    line.id = QStringLiteral("l-1");
    line.description = QStringLiteral("Forklift");
    line.quantityMilli = quantityMilli;
    line.unitPrice = Money(unitPriceMinor, kIdr);
    line.discountBasisPoints = discount;
    offer.lines.append(line);
    return offer;
}

bool hasField(const FieldErrors &errors, const QString &field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const FieldError &error) { return error.field == field; });
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void hugeAmountsAreRefusedNotWrapped_data();
    void hugeAmountsAreRefusedNotWrapped();
    void hugeTotalsReportOverflow();
    void discountsOutsideZeroToHundredAreRefused_data();
    void discountsOutsideZeroToHundredAreRefused();
    void strangeNamesAreStoredVerbatim_data();
    void strangeNamesAreStoredVerbatim();
};

void TestBadInput::hugeAmountsAreRefusedNotWrapped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one past qint64") << QStringLiteral("9223372036854775808");
    QTest::newRow("forty digits") << QString(40, QLatin1Char('9'));
    QTest::newRow("grouped, too large") << QStringLiteral("99.999.999.999.999.999.999");
    QTest::newRow("negative, too large") << QStringLiteral("-9223372036854775809");
    QTest::newRow("exponent") << QStringLiteral("1e30");
    QTest::newRow("not a number") << QStringLiteral("Rp satu juta");
}

void TestBadInput::hugeAmountsAreRefusedNotWrapped()
{
    QFETCH(QString, text);
    const Result<Money> parsed = Money::parse(text, kIdr, QLocale(QLocale::Indonesian));
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->toPlainString() : QString()));
    QVERIFY(!parsed.errorMessage().isEmpty());
}

void TestBadInput::hugeTotalsReportOverflow()
{
    const qint64 huge = std::numeric_limits<qint64>::max() / 2;
    const Result<Money> sum = Money(huge, kIdr).plus(Money(huge, kIdr));
    QVERIFY(sum.ok()); // still fits
    const Result<Money> over = sum->plus(Money(huge, kIdr));
    QVERIFY(!over.ok());
    QVERIFY(!over.errorMessage().isEmpty());
    QVERIFY(!Money(std::numeric_limits<qint64>::min(), kIdr).negated().ok());
    QVERIFY(!Money(huge, kIdr).timesQuantity(1'000'000).ok());

    // A line of 1,000,000 units at nearly the largest price: a clear error, not a wrong total.
    const Result<OfferTotals> totals = computeTotals(offerWith(huge, 1'000'000'000, 0));
    QVERIFY(!totals.ok());
    QVERIFY(!totals.errorMessage().isEmpty());
}

void TestBadInput::discountsOutsideZeroToHundredAreRefused_data()
{
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<bool>("valid");
    QTest::newRow("-1 %") << qint64(-100) << false;
    QTest::newRow("-0.01 %") << qint64(-1) << false;
    QTest::newRow("0 %") << qint64(0) << true;
    QTest::newRow("100 %") << qint64(10000) << true;
    QTest::newRow("100.01 %") << qint64(10001) << false;
    QTest::newRow("150 %") << qint64(15000) << false;
    QTest::newRow("largest number") << std::numeric_limits<qint64>::max() << false;
}

void TestBadInput::discountsOutsideZeroToHundredAreRefused()
{
    QFETCH(qint64, basisPoints);
    QFETCH(bool, valid);
    const FieldErrors lineErrors = offerWith(1'000'000, 1000, basisPoints).validate();
    QCOMPARE(hasField(lineErrors, QStringLiteral("lines[0].discount")), !valid);
    Offer document = offerWith(1'000'000, 1000, 0);
    document.documentDiscountBasisPoints = basisPoints;
    QCOMPARE(hasField(document.validate(), QStringLiteral("documentDiscount")), !valid);
    for (const QString &text : {QStringLiteral("-5"), QStringLiteral("-5 %"),
                                QStringLiteral("150%"), QStringLiteral("100,01")}) {
        const Result<qint64> parsed = parseBasisPoints(text, QLocale(QLocale::Indonesian));
        QVERIFY2(!parsed.ok() || *parsed < 0 || *parsed > 10000, qPrintable(text));
        if (parsed.ok()) // read as a number: the rule above refuses it
            QVERIFY(hasField(offerWith(1'000'000, 1000, *parsed).validate(),
                             QStringLiteral("lines[0].discount")));
    }
}

void TestBadInput::strangeNamesAreStoredVerbatim_data()
{
    QTest::addColumn<QString>("name");
    QString longName;
    while (longName.size() < 10'000)
        longName += QStringLiteral("PT Sinar Jaya Abadi ");
    QTest::newRow("10,000 characters") << longName.left(10'000);
    QTest::newRow("emoji") << QStringLiteral("Kopi ☕ Nusantara 🇮🇩 👩🏽‍💼");
    QTest::newRow("right to left") << QStringLiteral("شركة الأمل للتجارة \u200F(Dubai)");
    QTest::newRow("mixed directions") << QStringLiteral("\u202Eevil\u202C שלום PT Maju");
    QTest::newRow("sql-looking") << QStringLiteral("Robert'); DROP TABLE customers; --");
    QTest::newRow("quotes and wildcards") << QStringLiteral("\"100%\" _x_ \\ ' ` ;");
    QTest::newRow("control characters") << QStringLiteral("Tab\there\nNew line\r");
}

void TestBadInput::strangeNamesAreStoredVerbatim()
{
    QFETCH(QString, name);
    TempBook temp;
    DealBook &book = temp.book();

    Customer customer;
    customer.name = name;
    customer.notes = name;
    QVERIFY(customer.validate().isEmpty());
    const Status saved = book.customers().save(customer);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

    Product product;
    product.sku = QStringLiteral("SKU-1");
    product.name = name;
    product.unit = QStringLiteral("unit");
    product.unitPrice = Money(1'000'000, kIdr);
    const Status productSaved = book.products().save(product);
    QVERIFY2(productSaved.ok(), qPrintable(productSaved.errorMessage()));

    // Read back through a fresh connection: exactly the same text, and nothing else changed.
    temp.close();
    QVERIFY(temp.reopen(Access::ReadOnly));
    const QList<Customer> customers = temp.book().customers().all();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.first().name, name);
    QCOMPARE(customers.first().notes, name);
    const QList<Product> products = temp.book().products().all();
    QCOMPARE(products.size(), 1);
    QCOMPARE(products.first().name, name);
    temp.close();
    const Result<BookCheckReport> report = checkBook(temp.path());
    QVERIFY2(report.ok() && report->healthy, qPrintable(report.errorMessage()));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
