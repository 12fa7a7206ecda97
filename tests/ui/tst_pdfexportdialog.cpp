#include "common/bookdocument.h"
#include "common/language.h"
#include "proposalfixture.h"
#include "report/exportdialog.h"
#include "uitest.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>

using namespace Sepakat;

// File > Export proposal… and Export internal worksheet…: the choices it offers and the file
// it writes, driven through its real widgets.
class TestPdfExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersTheDealsRoundsAndItsLanguage();
    void exportWritesTheChosenFile();
    void refusedOfferIsExplainedAndNothingWritten();
    void previewShowsEveryPage();
    void worksheetHasNoLanguageChoice();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    Testing::ProposalFixture m_fixture;
};

void TestPdfExportDialog::initTestCase()
{
    UiTest::isolateSettings();
    Language::install(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    auto book = UiTest::createBook(m_dir, QStringLiteral("export"));
    QVERIFY(book);
    m_fixture = Testing::writeProposalFixture(*book);
    QVERIFY(!m_fixture.dealId.isEmpty());
    m_document = std::make_unique<BookDocument>(std::move(book));
}

void TestPdfExportDialog::offersTheDealsRoundsAndItsLanguage()
{
    PdfExportDialog dialog(m_document.get(), Report::ReportKind::Proposal, m_fixture.dealId);
    auto *deal = UiTest::child<QComboBox>(&dialog, "exportDeal");
    auto *round = UiTest::child<QComboBox>(&dialog, "exportRound");
    auto *language = UiTest::child<QComboBox>(&dialog, "exportLanguage");
    QVERIFY(deal && round && language);
    QCOMPARE(deal->count(), 3);
    QCOMPARE(deal->currentData().toString(), m_fixture.dealId);
    QCOMPARE(round->count(), 2);
    QCOMPARE(round->currentData().toInt(), 2); // the latest
    QCOMPARE(language->currentData().toString(), QStringLiteral("id")); // the deal's choice
    QVERIFY(language->isVisibleTo(&dialog));

    // A deal without an offer: nothing to export, and it says why.
    deal->setCurrentIndex(deal->findData(m_fixture.emptyDealId));
    QVERIFY(!UiTest::child<QPushButton>(&dialog, "exportSave")->isEnabled());
    QVERIFY(!UiTest::child<QPushButton>(&dialog, "exportPreview")->isEnabled());
    QVERIFY(round->currentText().contains(QStringLiteral("No offer")));
}

void TestPdfExportDialog::exportWritesTheChosenFile()
{
    PdfExportDialog dialog(m_document.get(), Report::ReportKind::Proposal, m_fixture.dealId);
    auto *language = UiTest::child<QComboBox>(&dialog, "exportLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QCOMPARE(dialog.request().language, QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("chosen.pdf"));
    QString suggested;
    UiTest::whenModal([&](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        QVERIFY(files);
        suggested = files->selectedFiles().value(0);
        files->selectFile(path);
        QMetaObject::invokeMethod(files, &QDialog::accept);
    });
    QVERIFY(dialog.exportToFile());
    QVERIFY(QFileInfo(suggested).fileName().startsWith(QStringLiteral("Proposal Q-")));
    QVERIFY(QFileInfo(suggested).fileName().endsWith(QStringLiteral("Co.pdf")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestPdfExportDialog::refusedOfferIsExplainedAndNothingWritten()
{
    PdfExportDialog dialog(m_document.get(), Report::ReportKind::Proposal,
                           m_fixture.unapprovedDealId);
    QString message;
    UiTest::whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    QVERIFY(!dialog.exportToFile());
    QVERIFY2(message.contains(QStringLiteral("approval")), qPrintable(message));
}

void TestPdfExportDialog::previewShowsEveryPage()
{
    PdfExportDialog dialog(m_document.get(), Report::ReportKind::Proposal, m_fixture.dealId);
    int pages = 0;
    UiTest::whenModal([&](QWidget *modal) {
        auto *preview = modal->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() > 0);
        pages = preview->pageCount();
        QMetaObject::invokeMethod(modal, "reject");
    });
    QVERIFY(dialog.preview());
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
}

void TestPdfExportDialog::worksheetHasNoLanguageChoice()
{
    PdfExportDialog dialog(m_document.get(), Report::ReportKind::Worksheet, m_fixture.dealId);
    QVERIFY(!UiTest::child<QComboBox>(&dialog, "exportLanguage")->isVisibleTo(&dialog));
    QVERIFY(UiTest::child<QLabel>(&dialog, "exportNote")->text().contains(QStringLiteral("Internal")));
    QVERIFY(dialog.request().language.isEmpty());
    QCOMPARE(dialog.request().kind, Report::ReportKind::Worksheet);
}

QTEST_MAIN(TestPdfExportDialog)
#include "tst_pdfexportdialog.moc"
