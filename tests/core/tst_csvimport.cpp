#include "exchange/csvexport.h"
#include "exchange/csvimport.h"
#include "storage/repositories.h"

#include "samples.h"
#include "tempbook.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Exchange;
using namespace Sepakat::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

QString dataFile(const char *name)
{
    return QDir(QStringLiteral(SEPAKAT_IMPORT_DATA)).filePath(QString::fromUtf8(name));
}

ImportFile load(ListKind kind, const char *name)
{
    Result<ImportFile> file = loadImportFile(kind, dataFile(name));
    if (!file)
        qFatal("%s", qPrintable(file.errorMessage()));
    return std::move(file).value();
}

// Plans and runs an import of the named files; the plan comes back for its report.
ImportPlan import(DealBook &book, const QList<std::pair<ListKind, const char *>> &names,
                  const ImportOptions &options = {}, Result<ImportCounts> *counts = nullptr)
{
    QList<ImportFile> files;
    for (const auto &[kind, name] : names)
        files << load(kind, name);
    const ImportPlan plan = planImport(book, files, options);
    const Result<ImportCounts> result = runImport(book, plan, options);
    if (counts)
        *counts = result;
    return plan;
}

QString report(const ImportPlan &plan)
{
    QStringList lines;
    for (const ImportProblem &p : plan.problems)
        lines << p.describe();
    return lines.join(u'\n');
}

Customer customerNamed(DealBook &book, const char *name)
{
    return book.customers().findByName(QString::fromUtf8(name)).value_or(Customer{});
}

Deal dealTitled(DealBook &book, const char *title)
{
    for (const DealSummary &s : book.deals().summaries()) {
        if (s.deal.title == QString::fromUtf8(title))
            return s.deal;
    }
    return {};
}

Product productWithSku(DealBook &book, const char *sku)
{
    for (const Product &p : book.products().all()) {
        if (p.sku == QLatin1String(sku))
            return p;
    }
    return {};
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void headersMapInEitherLanguage_data();
    void headersMapInEitherLanguage();
    void importsEnglishFiles();
    void importsIndonesianFiles();
    void chosenNumberStyleWins();
    void errorKinds_data();
    void errorKinds();
    void datesInEitherForm_data();
    void datesInEitherForm();
    void customersByNameInAnyCaseOrById();
    void allOrNothing();
    void skipInvalidImportsTheRest();
    void duplicatesAreReportedNotDoubled();
    void unknownHeaderNeedsMapping();
    void brokenQuotingNamesRowAndColumn();
    void exportImportsBack_data();
    void exportImportsBack();
    void exportNeutralizesFormulas();
};

void TestCsvImport::headersMapInEitherLanguage_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::newRow("English") << QStringList{u"Title"_s, u"Customer"_s, u"Stage"_s, u"Value"_s, u"Currency"_s,
                                            u"Expected close"_s, u"Owner"_s};
    QTest::newRow("Indonesian") << QStringList{u"Judul"_s, u"Pelanggan"_s, u"Tahap"_s, u"Nilai"_s,
                                               u"Mata uang"_s, u"Perkiraan tutup"_s, u"Pemilik"_s};
    QTest::newRow("any case, spaces") << QStringList{u" TITLE"_s, u"customer "_s, u"sTage"_s, u"VALUE"_s,
                                                     u"mata UANG"_s, u"expected CLOSE"_s, u"pemilik"_s};
}

void TestCsvImport::headersMapInEitherLanguage()
{
    QFETCH(QStringList, header);
    const QList<std::optional<Column>> mapping = mapHeader(ListKind::Deals, header);
    const QList<std::optional<Column>> expected = {Column::Title, Column::Customer,
                                                   Column::Stage, Column::Value,
                                                   Column::Currency, Column::ExpectedClose,
                                                   Column::Owner};
    QCOMPARE(mapping, expected);
}

void TestCsvImport::importsEnglishFiles()
{
    TempBook temp;
    Result<ImportCounts> counts = Error{};
    const ImportPlan plan = import(temp.book(),
                                   {{ListKind::Customers, "customers_en.csv"},
                                    {ListKind::Products, "products_en.csv"},
                                    {ListKind::Deals, "deals_en.csv"}},
                                   {}, &counts);
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage() + u'\n' + report(plan)));
    QVERIFY2(plan.problems.isEmpty(), qPrintable(report(plan)));
    QCOMPARE(counts->customers, 3);
    QCOMPARE(counts->products, 2);
    QCOMPARE(counts->deals, 3);

    const Customer sinar = customerNamed(temp.book(), "PT Sinar Jaya, Tbk");
    QCOMPARE(sinar.notes, QStringLiteral("Owner decides.\r\nPays in 30 days."));
    QCOMPARE(sinar.contacts.size(), 2);
    QCOMPARE(sinar.contacts.at(1).name, QStringLiteral("Siti Rahman"));
    QCOMPARE(customerNamed(temp.book(), "CV \"Maju\" Bersama").notes,
             QStringLiteral("She said \"call me\" twice"));

    const Product crm = productWithSku(temp.book(), "SPK-CRM");
    QCOMPARE(crm.unitPrice, Money(125'000'050, u"USD"_s));
    QCOMPARE(crm.unitCost, Money(40'000'000, u"USD"_s));
    QVERIFY(crm.active);
    QVERIFY(!productWithSku(temp.book(), "SPK-TRN").active);

    const Deal crmDeal = dealTitled(temp.book(), "CRM roll-out");
    QCOMPARE(crmDeal.customerId, sinar.id);
    QCOMPARE(crmDeal.stage, Stage::Qualified);
    QCOMPARE(crmDeal.value, Money(480'000'000, u"IDR"_s));
    QCOMPARE(crmDeal.expectedClose, QDate(2025, 9, 30));
    const Deal pos = dealTitled(temp.book(), "POS upgrade");
    QCOMPARE(pos.stage, Stage::Negotiation);
    QCOMPARE(pos.value, Money(1'250'075, u"USD"_s));
    QCOMPARE(pos.expectedClose, QDate(2025, 12, 31));
    const Deal loyalty = dealTitled(temp.book(), "Loyalty app");
    QCOMPARE(loyalty.stage, Stage::Prospect);
    QCOMPARE(loyalty.value, Money(0, u"IDR"_s)); // the book's currency when none is given
    QVERIFY(!loyalty.expectedClose.isValid());
}

void TestCsvImport::importsIndonesianFiles()
{
    TempBook temp;
    Result<ImportCounts> counts = Error{};
    // deals_id.csv names "CV "Maju" Bersama", so its customer comes from the English file.
    const ImportPlan plan = import(temp.book(),
                                   {{ListKind::Customers, "customers_id.csv"},
                                    {ListKind::Customers, "customers_en.csv"},
                                    {ListKind::Products, "products_id.csv"},
                                    {ListKind::Deals, "deals_id.csv"}},
                                   {}, &counts);
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage() + u'\n' + report(plan)));
    // "PT Sinar Jaya, Tbk" is in both customer files: the English file's rows add its
    // contacts to the one customer instead of making a second.
    QVERIFY2(plan.problems.isEmpty(), qPrintable(report(plan)));
    QCOMPARE(counts->customers, 4);
    QCOMPARE(customerNamed(temp.book(), "PT Sinar Jaya, Tbk").contacts.size(), 2);
    QCOMPARE(customerNamed(temp.book(), "Toko Sejahtera; Cabang 2").city, QStringLiteral("Medan"));
    QCOMPARE(productWithSku(temp.book(), "SPK-CRM").unitPrice, Money(125'000'050, u"USD"_s));
    QCOMPARE(productWithSku(temp.book(), "SPK-CRM").unitCost, Money(40'000'000, u"USD"_s));
    QCOMPARE(productWithSku(temp.book(), "SPK-TRN").unitPrice, Money(4'800'000, u"IDR"_s));
    QVERIFY(!productWithSku(temp.book(), "SPK-TRN").active);
    QCOMPARE(dealTitled(temp.book(), "CRM roll-out").value, Money(480'000'000, u"IDR"_s));
    QCOMPARE(dealTitled(temp.book(), "CRM roll-out").stage, Stage::Qualified);
    QCOMPARE(dealTitled(temp.book(), "CRM roll-out").expectedClose, QDate(2025, 9, 30));
    QCOMPARE(dealTitled(temp.book(), "POS upgrade").value, Money(1'250'075, u"USD"_s));
    QCOMPARE(dealTitled(temp.book(), "POS upgrade").stage, Stage::Negotiation);
}

void TestCsvImport::chosenNumberStyleWins()
{
    TempBook temp;
    const QByteArray csv = "SKU,Name,Price,Currency\nA,Alpha,\"1.250,50\",USD\n";
    Result<ImportFile> file = importFileFrom(ListKind::Products, u"p.csv"_s, csv);
    QVERIFY(file.ok());
    // By the separator the file is dot-decimal, and "1.250,50" is no amount.
    QVERIFY(planImport(temp.book(), {*file}, {}).hasInvalid());
    ImportOptions comma;
    comma.numbers = NumberStyle::CommaDecimal;
    const ImportPlan plan = planImport(temp.book(), {*file}, comma);
    QVERIFY2(!plan.hasInvalid(), qPrintable(report(plan)));
    QCOMPARE(plan.products.first().unitPrice, Money(125'050, u"USD"_s));
}

void TestCsvImport::errorKinds_data()
{
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("required value missing") << qint64(3) << u"Title"_s << u"required"_s;
    QTest::newRow("unknown customer") << qint64(4) << u"Customer"_s << u"PT Tidak Ada"_s;
    QTest::newRow("unknown stage") << qint64(5) << u"Stage"_s << u"Almost won"_s;
    QTest::newRow("not a number") << qint64(6) << u"Value"_s << u"12x"_s;
    QTest::newRow("too many decimals") << qint64(7) << u"Value"_s << u"no decimals"_s;
    QTest::newRow("negative amount") << qint64(8) << u"Value"_s << u"negative"_s;
    QTest::newRow("unknown currency") << qint64(9) << u"Currency"_s << u"RUPIAH"_s;
    QTest::newRow("not a date") << qint64(10) << u"Expected close"_s << u"31/13/2025"_s;
    QTest::newRow("too many cells") << qint64(11) << u""_s << u"8 cells"_s;
}

void TestCsvImport::errorKinds()
{
    QFETCH(qint64, row);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    TempBook temp;
    import(temp.book(), {{ListKind::Customers, "customers_en.csv"}});
    const ImportPlan plan =
        planImport(temp.book(), {load(ListKind::Deals, "deals_errors.csv")}, {});
    QList<ImportProblem> atRow;
    for (const ImportProblem &p : plan.problems) {
        if (p.row == row)
            atRow << p;
    }
    QVERIFY2(atRow.size() == 1, qPrintable(report(plan)));
    const ImportProblem &problem = atRow.first();
    QCOMPARE(problem.kind, ImportProblem::Kind::Invalid);
    QCOMPARE(problem.file, QStringLiteral("deals_errors.csv"));
    QCOMPARE(problem.column, column);
    QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
    QVERIFY(problem.describe().startsWith(
        column.isEmpty() ? QStringLiteral("deals_errors.csv row %1: ").arg(row)
                         : QStringLiteral("deals_errors.csv row %1, column %2: ").arg(row).arg(column)));
    // Only the row that is fine is ready; every other row has exactly one problem.
    QCOMPARE(plan.deals.size(), 1);
    QCOMPARE(plan.invalidRows(), 9);
}

void TestCsvImport::datesInEitherForm_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QDate>("date"); // invalid: the cell is refused
    QTest::newRow("ISO") << u"2025-03-31"_s << QDate(2025, 3, 31);
    QTest::newRow("dd/mm/yyyy") << u"31/03/2025"_s << QDate(2025, 3, 31);
    QTest::newRow("one-digit day and month") << u"1/3/2025"_s << QDate(2025, 3, 1);
    QTest::newRow("no such day") << u"31/02/2025"_s << QDate();
    QTest::newRow("no such month") << u"01/13/2025"_s << QDate();
    QTest::newRow("two-digit year") << u"01/02/25"_s << QDate();
    QTest::newRow("three-digit day") << u"001/02/2025"_s << QDate();
    QTest::newRow("empty month") << u"1//2025"_s << QDate();
    QTest::newRow("a fourth part") << u"1/2/2025/3"_s << QDate();
    QTest::newRow("letters") << u"aa/bb/cccc"_s << QDate();
    QTest::newRow("a sign") << u"+1/02/2025"_s << QDate();
    QTest::newRow("ISO out of range") << u"2025-02-30"_s << QDate();
}

void TestCsvImport::datesInEitherForm()
{
    QFETCH(QString, cell);
    QFETCH(QDate, date);
    TempBook temp;
    import(temp.book(), {{ListKind::Customers, "customers_en.csv"}});
    const QByteArray csv = "Title,Customer,Expected close\nRoll-out,Kopi Nusantara Café," + cell.toUtf8()
                           + '\n';
    const Result<ImportFile> file = importFileFrom(ListKind::Deals, u"d.csv"_s, csv);
    QVERIFY(file.ok());
    const ImportPlan plan = planImport(temp.book(), {*file}, {});
    if (date.isValid()) {
        QVERIFY2(!plan.hasInvalid(), qPrintable(report(plan)));
        QCOMPARE(plan.deals.first().expectedClose, date);
    } else {
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().column, u"Expected close"_s);
    }
}

// Each customer cell is resolved once and remembered: the same name in another case, and an id,
// must still find the right customer, and an unknown name must fail on every row naming it.
void TestCsvImport::customersByNameInAnyCaseOrById()
{
    TempBook temp;
    import(temp.book(), {{ListKind::Customers, "customers_en.csv"}});
    const Customer kopi = customerNamed(temp.book(), "Kopi Nusantara Café");
    QVERIFY(!kopi.id.isEmpty());
    const QByteArray csv = "Title,Customer\nOne,Kopi Nusantara Café\nTwo,KOPI NUSANTARA CAFÉ\n"
                           "Three,"
                           + kopi.id.toUtf8()
                           + "\nFour,PT Tidak Ada\nFive,PT Tidak Ada\nSix,Kopi Nusantara Café\n";
    const Result<ImportFile> file = importFileFrom(ListKind::Deals, u"d.csv"_s, csv);
    QVERIFY(file.ok());
    const ImportPlan plan = planImport(temp.book(), {*file}, {});
    QCOMPARE(plan.deals.size(), 4);
    for (const Deal &d : plan.deals)
        QCOMPARE(d.customerId, kopi.id);
    QCOMPARE(plan.problems.size(), 2);
    QCOMPARE(plan.problems.at(0).row, 5);
    QCOMPARE(plan.problems.at(1).row, 6);
    QCOMPARE(plan.problems.at(1).column, u"Customer"_s);
}

void TestCsvImport::allOrNothing()
{
    TempBook temp;
    import(temp.book(), {{ListKind::Customers, "customers_en.csv"}});
    const qint64 events = temp.book().audit().count();
    Result<ImportCounts> counts = ImportCounts{};
    import(temp.book(), {{ListKind::Products, "products_en.csv"}, {ListKind::Deals, "deals_errors.csv"}},
           {}, &counts);
    QVERIFY(!counts.ok());
    QVERIFY2(counts.errorMessage().contains(QStringLiteral("9")), qPrintable(counts.errorMessage()));
    QCOMPARE(temp.book().deals().count(), 0);
    QCOMPARE(temp.book().products().count(), 0);
    QCOMPARE(temp.book().audit().count(), events);
}

void TestCsvImport::skipInvalidImportsTheRest()
{
    TempBook temp;
    import(temp.book(), {{ListKind::Customers, "customers_en.csv"}});
    ImportOptions options;
    options.skipInvalid = true;
    Result<ImportCounts> counts = Error{};
    const ImportPlan plan = import(temp.book(), {{ListKind::Deals, "deals_errors.csv"}}, options,
                                   &counts);
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
    QCOMPARE(counts->deals, 1);
    QCOMPARE(plan.invalidRows(), 9);
    QCOMPARE(temp.book().deals().summaries().first().deal.title, QStringLiteral("Fine deal"));
}

void TestCsvImport::duplicatesAreReportedNotDoubled()
{
    TempBook temp;
    import(temp.book(), {{ListKind::Customers, "customers_en.csv"}});
    Result<ImportCounts> counts = Error{};
    ImportPlan plan = import(temp.book(), {{ListKind::Deals, "deals_duplicates.csv"}}, {}, &counts);
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
    QCOMPARE(counts->deals, 2);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().kind, ImportProblem::Kind::Duplicate);
    QCOMPARE(plan.problems.first().row, 3);
    QVERIFY(plan.problems.first().reason.contains(QStringLiteral("row 2")));

    // The same files again: everything is already there, nothing doubles.
    plan = import(temp.book(), {{ListKind::Customers, "customers_en.csv"},
                                {ListKind::Deals, "deals_duplicates.csv"}},
                  {}, &counts);
    QVERIFY(counts.ok());
    QCOMPARE(counts->total(), 0);
    QCOMPARE(temp.book().customers().count(), 3);
    QCOMPARE(temp.book().deals().count(), 2);
    for (const ImportProblem &p : std::as_const(plan.problems))
        QCOMPARE(p.kind, ImportProblem::Kind::Duplicate);
    QCOMPARE(plan.problems.size(), 4 + 3); // 4 customer rows (3 customers), 3 deal rows
}

void TestCsvImport::unknownHeaderNeedsMapping()
{
    TempBook temp;
    import(temp.book(), {{ListKind::Customers, "customers_en.csv"}});
    ImportFile file = load(ListKind::Deals, "deals_unknown_header.csv");
    QCOMPARE(file.mapping.at(0), std::nullopt);
    ImportPlan plan = planImport(temp.book(), {file}, {});
    QVERIFY(plan.hasInvalid());
    QCOMPARE(plan.problems.first().row, 0);
    QVERIFY2(plan.problems.first().reason.contains(QStringLiteral("Title")), qPrintable(report(plan)));
    // What the dialog's mapping step does.
    file.mapping[0] = Column::Title;
    file.mapping[1] = Column::Customer;
    plan = planImport(temp.book(), {file}, {});
    QVERIFY2(!plan.hasInvalid(), qPrintable(report(plan)));
    QCOMPARE(plan.deals.size(), 1);
}

void TestCsvImport::brokenQuotingNamesRowAndColumn()
{
    const Result<ImportFile> file = loadImportFile(ListKind::Customers, dataFile("broken_quote.csv"));
    QVERIFY(!file.ok());
    QVERIFY2(file.errorMessage().startsWith(QStringLiteral("broken_quote.csv: Row 3, column 1")),
             qPrintable(file.errorMessage()));
}

void TestCsvImport::exportImportsBack_data()
{
    QTest::addColumn<bool>("indonesian");
    QTest::newRow("English") << false;
    QTest::newRow("Indonesian") << true;
}

void TestCsvImport::exportImportsBack()
{
    QFETCH(bool, indonesian);
    TempBook source;
    import(source.book(), {{ListKind::Customers, "customers_en.csv"},
                           {ListKind::Products, "products_en.csv"},
                           {ListKind::Deals, "deals_en.csv"}});
    ExportOptions options;
    options.indonesian = indonesian;
    TempBook target;
    QList<ImportFile> files;
    QList<QByteArray> exported;
    for (const ListKind kind : {ListKind::Customers, ListKind::Products, ListKind::Deals}) {
        exported << exportCsv(source.book(), kind, options);
        QVERIFY(exported.last().startsWith("\xEF\xBB\xBF"));
        Result<ImportFile> file = importFileFrom(kind, u"export.csv"_s, exported.last());
        QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
        QCOMPARE(file->table.separator, indonesian ? QChar(u';') : QChar(u','));
        files << *file;
    }
    const ImportPlan plan = planImport(target.book(), files, {});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(report(plan)));
    const Result<ImportCounts> ran = runImport(target.book(), plan, {});
    QVERIFY2(ran.ok(), qPrintable(ran.errorMessage()));
    // Ids travel in the files, so the second export is the first byte for byte.
    qsizetype i = 0;
    for (const ListKind kind : {ListKind::Customers, ListKind::Products, ListKind::Deals})
        QCOMPARE(exportCsv(target.book(), kind, options), exported.at(i++));
}

void TestCsvImport::exportNeutralizesFormulas()
{
    TempBook temp;
    Customer evil = sampleCustomer(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    evil.contacts.clear();
    evil.city = QStringLiteral("+62 Jakarta");
    evil.notes = QStringLiteral("@SUM(1)");
    evil.industry = QStringLiteral("-2+3");
    SEPAKAT_VERIFY_OK(temp.book().customers().save(evil));
    const QString csv = QString::fromUtf8(exportCsv(temp.book(), ListKind::Customers));
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral(",'-2+3,")));
    QVERIFY(csv.contains(QStringLiteral(",'+62 Jakarta,")));
    QVERIFY(csv.contains(QStringLiteral(",'@SUM(1),")));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
