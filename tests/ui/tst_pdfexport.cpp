#include "common/language.h"
#include "negotiation/offertotals.h"
#include "proposalfixture.h"
#include "report/pdfexport.h"
#include "storage/repositories.h"
#include "tempbook.h"
#include "uitest.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Report;
using Sepakat::Testing::ProposalFixture;

// Exports real PDFs and reads them back with poppler's pdftotext and pdfinfo, as a customer's
// viewer would: what is printed, in which language and format, and what must never be.
class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proposalShowsCustomerLinesTotalsAndTerms_data();
    void proposalShowsCustomerLinesTotalsAndTerms();
    void proposalNeverShowsInternalNumbersOrNotes_data();
    void proposalNeverShowsInternalNumbersOrNotes();
    void proposalLanguageIsIndependentOfTheInterface();
    void proposalMetadataAndPageSize_data();
    void proposalMetadataAndPageSize();
    void proposalIsVectorGraphicsOnly();
    void longProposalRepeatsTheTableHeaderAndKeepsRowsWhole();
    void worksheetShowsEverythingMarkedInternalOnEveryPage();
    void earlierRoundCanBeExported();
    void unknownDealNoOfferAndMissingRoundAreRefused();
    void unapprovedOfferGetsNoProposalButAWorksheet();
    void unwritablePathIsRefusedAndLeavesNothing();

private:
    QString exportPdf(const ExportRequest &request, const QString &name);
    // Whitespace collapsed; page 0 is all pages. Layout keeps each printed line together (a
    // table row's cells in a row); raw reading order keeps each cell's wrapped text together.
    enum class Order { Layout, Raw };
    QString pdfText(const QString &path, int page = 0, Order order = Order::Layout);
    QString pdfInfo(const QString &path);
    int pageCount(const QString &path);

    QTemporaryDir m_dir;
    Testing::TempBook m_book;
    ProposalFixture m_fixture;
    QString m_pdftotext;
    QString m_pdfinfo;
};

QString TestPdfExport::exportPdf(const ExportRequest &request, const QString &name)
{
    const auto report = loadReport(m_book.book(), request);
    if (!report) {
        qWarning("loadReport: %s", qPrintable(report.errorMessage()));
        return {};
    }
    const QString path = m_dir.filePath(name);
    const Status saved = savePdf(**report, request.pageSize, path);
    if (!saved) {
        qWarning("savePdf: %s", qPrintable(saved.errorMessage()));
        return {};
    }
    return path;
}

QString TestPdfExport::pdfText(const QString &path, int page, Order order)
{
    QStringList arguments = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (order == Order::Layout)
        arguments << QStringLiteral("-layout");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(m_pdftotext, arguments);
    process.waitForFinished(60'000);
    // NFKC reads the "fi" ligature as two letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QString TestPdfExport::pdfInfo(const QString &path)
{
    QProcess process;
    process.start(m_pdfinfo, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path});
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestPdfExport::pageCount(const QString &path)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                           QRegularExpression::MultilineOption)
            .match(pdfInfo(path));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestPdfExport::initTestCase()
{
    UiTest::isolateSettings();
    Language::install(QStringLiteral("en"));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdfinfo.isEmpty(),
             "pdftotext and pdfinfo (poppler-utils; tools/test installs them) are needed");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_book.isValid());
    m_fixture = Testing::writeProposalFixture(m_book.book());
    QVERIFY(!m_fixture.dealId.isEmpty());
}

void TestPdfExport::proposalShowsCustomerLinesTotalsAndTerms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{
                               QStringLiteral("Order desk modernisation"),
                               QStringLiteral("PT Kontrak Maju Bersama"),
                               QStringLiteral("Attn. Budi Santoso, Finance Director"),
                               QStringLiteral("Orders are typed twice, from e-mail into the ERP"),
                               QStringLiteral("Orders flow from the customer portal straight"),
                               QStringLiteral("CRM licence, per user per year 25 IDR 4,800,000 "
                                              "10 % IDR 108,000,000"),
                               QStringLiteral("On-site training (2 days) 2 IDR 12,500,000 IDR "
                                              "25,000,000"),
                               QStringLiteral("Subtotal IDR 166,250,000"),
                               QStringLiteral("Discount 2 % -IDR 3,325,000"),
                               QStringLiteral("Total before tax IDR 162,925,000"),
                               QStringLiteral("Tax 11 % IDR 17,921,750"),
                               QStringLiteral("Total IDR 180,846,750"),
                               QStringLiteral("Within 30 days of the invoice"),
                               QStringLiteral("Within 14 days of signing"),
                               QStringLiteral("Priority support, fastest response"),
                               QStringLiteral("24 months"),
                               QStringLiteral("36 months"),
                               QStringLiteral("2 December 2026"),
                               QStringLiteral("Q-"),
                               QStringLiteral("Page 1 of"),
                               QStringLiteral("Expected scenario"),
                               QStringLiteral("Savings to date"), // the chart's legend
                               QStringLiteral("Prices include installation at your Surabaya"),
                           };
    QTest::newRow("id") << QStringLiteral("id")
                        << QStringList{
                               QStringLiteral("Order desk modernisation"),
                               QStringLiteral("CRM licence, per user per year 25 Rp 4.800.000 "
                                              "10 % Rp 108.000.000"),
                               QStringLiteral("On-site training (2 days) 2 Rp 12.500.000 Rp "
                                              "25.000.000"),
                               QStringLiteral("Subtotal Rp 166.250.000"),
                               QStringLiteral("Diskon 2 % -Rp 3.325.000"),
                               QStringLiteral("Total sebelum pajak Rp 162.925.000"),
                               QStringLiteral("Pajak 11 % Rp 17.921.750"),
                               QStringLiteral("Total Rp 180.846.750"),
                               QStringLiteral("Paling lambat 30 hari setelah faktur"),
                               QStringLiteral("Paling lambat 14 hari setelah penandatanganan"),
                               QStringLiteral("Dukungan prioritas"),
                               QStringLiteral("24 bulan"),
                               QStringLiteral("36 bulan"),
                               QStringLiteral("2 Desember 2026"),
                               QStringLiteral("Halaman 1 dari"),
                               QStringLiteral("Skenario yang diharapkan"),
                               QStringLiteral("Penghematan sampai saat ini"),
                           };
}

void TestPdfExport::proposalShowsCustomerLinesTotalsAndTerms()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    request.language = language;
    const QString path = exportPdf(request, QStringLiteral("proposal-%1.pdf").arg(language));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    // Typed as a name, printed as a name: not markup, nothing loaded, nothing escaped.
    QVERIFY2(text.contains(m_fixture.customerName), qPrintable(text.left(600)));
    QVERIFY(!text.contains(QStringLiteral("&amp;")));
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" in: ") + text));
}

void TestPdfExport::proposalNeverShowsInternalNumbersOrNotes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("id") << QStringLiteral("id");
}

void TestPdfExport::proposalNeverShowsInternalNumbersOrNotes()
{
    QFETCH(QString, language);
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    request.language = language;
    const QString path = exportPdf(request, QStringLiteral("internal-%1.pdf").arg(language));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("180")));

    const std::optional<Offer> offer = m_book.book().worksheets().offers(m_fixture.dealId).last();
    const Result<OfferTotals> totals = computeTotals(*offer);
    QVERIFY(totals && totals->marginBasisPoints);
    QList<Money> amounts = m_fixture.internalAmounts;
    amounts << totals->cost;
    const QList<QLocale> locales = {Language::localeFor(QStringLiteral("en")),
                                    Language::localeFor(QStringLiteral("id")), QLocale::c()};
    for (const Money &amount : std::as_const(amounts)) {
        QStringList forms = {amount.toPlainString()};
        for (const QLocale &locale : locales)
            forms << amount.format(locale) << amount.formatNumber(locale);
        for (const QString &form : std::as_const(forms))
            QVERIFY2(!text.contains(form), qPrintable(form));
    }
    for (const QLocale &locale : locales) {
        const QString margin = formatBasisPoints(*totals->marginBasisPoints, locale);
        QVERIFY2(!text.contains(margin), qPrintable(margin));
    }
    for (const QString &secret : std::as_const(m_fixture.internalTexts))
        QVERIFY2(!text.contains(secret), qPrintable(secret));
    // Approval reasons and the reviewer are the manager's business too.
    QVERIFY(!text.contains(QStringLiteral("Hendra Wijaya")));
    QVERIFY(!text.contains(QStringLiteral("exceeds")));
}

void TestPdfExport::proposalLanguageIsIndependentOfTheInterface()
{
    // The deal says Indonesian; the window speaks English.
    QCOMPARE(Language::current(), QStringLiteral("en"));
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    const QString path = exportPdf(request, QStringLiteral("deal-language.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Rp 180.846.750")));
    QVERIFY(text.contains(QStringLiteral("Halaman 1 dari")));
    QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
    QCOMPARE(Language::current(), QStringLiteral("en"));
}

void TestPdfExport::proposalMetadataAndPageSize_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("sizeLine");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void TestPdfExport::proposalMetadataAndPageSize()
{
    QFETCH(int, pageSize);
    QFETCH(QString, sizeLine);
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    request.language = QStringLiteral("en");
    request.pageSize = QPageSize::PageSizeId(pageSize);
    const QString path = exportPdf(request, QStringLiteral("metadata-%1.pdf").arg(pageSize));
    QVERIFY(!path.isEmpty());
    const QString info = pdfInfo(path);
    const QString number = QStringLiteral("Q-") + m_fixture.dealId.left(8).toUpper()
                           + QStringLiteral("-2");
    QVERIFY2(info.contains(QStringLiteral("Title:           Proposal %1: Order desk "
                                          "modernisation\n")
                               .arg(number)),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Author:          PT Kontrak Maju Bersama\n")),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Subject:         Proposal for %1\n")
                               .arg(m_fixture.customerName)),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Creator:         Sepakat")), qPrintable(info));
    QVERIFY2(info.contains(sizeLine), qPrintable(info));
    // Cover; summary and needs; value case; pricing, terms and acceptance.
    const int pages = pageCount(path);
    QVERIFY2(pages >= 3 && pages <= 5, qPrintable(QString::number(pages)));
    const QString last = pdfText(path, pages);
    QVERIFY2(last.contains(QStringLiteral("Page %1 of %1").arg(pages)), qPrintable(last));
    QVERIFY(last.contains(QStringLiteral("Signature")));
}

void TestPdfExport::proposalIsVectorGraphicsOnly()
{
    // Text, tables and the chart stay sharp at any zoom: not one raster image in the file.
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    const QString path = exportPdf(request, QStringLiteral("vector.pdf"));
    QVERIFY(!path.isEmpty());
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    QVERIFY(!pdfimages.isEmpty());
    QProcess process;
    process.start(pdfimages, {QStringLiteral("-list"), path});
    QVERIFY(process.waitForFinished(60'000));
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the column titles and their rule, no image
}

void TestPdfExport::longProposalRepeatsTheTableHeaderAndKeepsRowsWhole()
{
    Testing::TempBook longBook;
    QVERIFY(longBook.isValid());
    Testing::ProposalFixtureOptions options;
    options.language = QStringLiteral("en");
    options.extraLines = 100;
    const ProposalFixture fixture = Testing::writeProposalFixture(longBook.book(), options);
    QVERIFY(!fixture.dealId.isEmpty());
    ExportRequest request;
    request.dealId = fixture.dealId;
    const auto report = loadReport(longBook.book(), request);
    QVERIFY(report);
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(savePdf(**report, QPageSize::A4, path));

    const int pages = pageCount(path);
    QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
    QSet<int> seen;
    int tablePages = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(text.right(200)));
        const QRegularExpression row(QStringLiteral(
            "Branch roll-out (\\d+): set-up, data and two hours of training on site 1 IDR "
            "2,750,000 IDR 2,750,000"));
        QRegularExpressionMatchIterator it = row.globalMatch(pdfText(path, page, Order::Raw));
        if (!it.hasNext())
            continue;
        ++tablePages;
        // Every page the table runs on starts with its header.
        QVERIFY2(text.contains(QStringLiteral("# Description Quantity Unit price Discount "
                                              "Subtotal")),
                 qPrintable(text.left(400)));
        while (it.hasNext())
            seen.insert(it.next().captured(1).toInt());
    }
    QVERIFY(tablePages >= 3);
    // Each row whole, on one page, each once.
    QCOMPARE(seen.size(), 100);
}

void TestPdfExport::worksheetShowsEverythingMarkedInternalOnEveryPage()
{
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    request.kind = ReportKind::Worksheet;
    const QString path = exportPdf(request, QStringLiteral("worksheet.pdf"));
    QVERIFY(!path.isEmpty());
    const int pages = pageCount(path);
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(pdfText(path, page).contains(QStringLiteral("INTERNAL: not for the customer")),
                 qPrintable(QString::number(page)));
    const QString text = pdfText(path);
    for (const QString &phrase :
         {QStringLiteral("IDR 126,813,579"), QStringLiteral("IDR 271,828,182"),
          QStringLiteral("IDR 314,159,265"), QStringLiteral("SECRET-PLAN-NOTE"),
          QStringLiteral("SECRET-BATNA"), QStringLiteral("SECRET-OBJECTION"),
          QStringLiteral("SECRET-CONCESSION"), QStringLiteral("SECRET-APPROVAL-"),
          QStringLiteral("SECRET-CUSTOMER-NOTE"), QStringLiteral("IDR 1,357,913"),
          QStringLiteral("Hendra"), QStringLiteral("Margin")})
        QVERIFY2(text.contains(phrase), qPrintable(phrase + u' ' + text.right(900)));
    QVERIFY(pdfInfo(path).contains(QStringLiteral("Title:           Internal deal worksheet")));
}

void TestPdfExport::earlierRoundCanBeExported()
{
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    request.language = QStringLiteral("en");
    request.round = 1;
    const QString path = exportPdf(request, QStringLiteral("round1.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("IDR 5,200,000")));
    QVERIFY(!text.contains(QStringLiteral("On-site training")));
}

void TestPdfExport::unknownDealNoOfferAndMissingRoundAreRefused()
{
    ExportRequest request;
    request.dealId = QStringLiteral("no-such-deal");
    auto report = loadReport(m_book.book(), request);
    QVERIFY(!report);
    QVERIFY(report.errorMessage().contains(QStringLiteral("no-such-deal")));

    request.dealId = m_fixture.emptyDealId;
    report = loadReport(m_book.book(), request);
    QVERIFY(!report);
    QVERIFY(report.errorMessage().contains(QStringLiteral("no offer")));

    request.dealId = m_fixture.dealId;
    request.round = 9;
    report = loadReport(m_book.book(), request);
    QVERIFY(!report);
    QVERIFY(report.errorMessage().contains(QStringLiteral("round 9")));
}

void TestPdfExport::unapprovedOfferGetsNoProposalButAWorksheet()
{
    ExportRequest request;
    request.dealId = m_fixture.unapprovedDealId;
    const auto proposal = loadReport(m_book.book(), request);
    QVERIFY(!proposal);
    QVERIFY2(proposal.errorMessage().contains(QStringLiteral("approval")),
             qPrintable(proposal.errorMessage()));
    // Managers review exactly these offers: the internal worksheet is always there.
    request.kind = ReportKind::Worksheet;
    QVERIFY(loadReport(m_book.book(), request));
}

void TestPdfExport::unwritablePathIsRefusedAndLeavesNothing()
{
    ExportRequest request;
    request.dealId = m_fixture.dealId;
    const auto report = loadReport(m_book.book(), request);
    QVERIFY(report);
    const QString missingFolder = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    const Status refused = savePdf(**report, QPageSize::A4, missingFolder);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("no-such-folder")));
    QVERIFY(!QFile::exists(missingFolder));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
