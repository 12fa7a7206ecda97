#include "report/exportdialog.h"

#include "common/bookdocument.h"
#include "common/exportfolder.h"
#include "common/language.h"
#include "report/proposal.h"
#include "storage/repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sepakat {

PdfExportDialog::PdfExportDialog(BookDocument *document, Report::ReportKind kind,
                                 const QString &dealId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_kind(kind)
    , m_deal(new QComboBox(this))
    , m_round(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool proposal = kind == Report::ReportKind::Proposal;
    setObjectName(QStringLiteral("pdfExportDialog"));
    setWindowTitle(proposal ? tr("Export proposal") : tr("Export internal worksheet"));
    m_deal->setObjectName(QStringLiteral("exportDeal"));
    m_round->setObjectName(QStringLiteral("exportRound"));
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_deal->setMinimumContentsLength(40);
    m_deal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_pageSize->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::UnitedStates || territory == QLocale::Canada)
        m_pageSize->setCurrentIndex(1);

    m_note->setText(proposal ? tr("For the customer: no internal number or note is printed.")
                             : tr("Internal: every page is marked not for the customer."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Deal:"), m_deal);
    form->addRow(tr("Offer &round:"), m_round);
    if (proposal)
        form->addRow(tr("&Language:"), m_language);
    else
        m_language->hide();
    form->addRow(tr("&Paper:"), m_pageSize);

    m_preview = m_buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_export = m_buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportSave"));
    m_export->setDefault(true);
    connect(m_preview, &QPushButton::clicked, this, &PdfExportDialog::preview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportToFile())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    fillDeals(dealId);
    connect(m_deal, &QComboBox::currentIndexChanged, this, &PdfExportDialog::dealChanged);
    dealChanged();
}

void PdfExportDialog::fillDeals(const QString &dealId)
{
    if (!m_document)
        return;
    for (const DealSummary &summary : m_document->book().deals().summaries()) {
        m_deal->addItem(tr("%1 — %2").arg(summary.customerName, summary.deal.title),
                        summary.deal.id);
    }
    const int index = m_deal->findData(dealId);
    m_deal->setCurrentIndex(index >= 0 ? index : 0);
}

void PdfExportDialog::dealChanged()
{
    m_round->clear();
    if (!m_document)
        return;
    const QString dealId = m_deal->currentData().toString();
    const QList<Offer> offers = m_document->book().worksheets().offers(dealId);
    for (const Offer &offer : offers)
        m_round->addItem(tr("Round %1").arg(offer.version), offer.version);
    m_round->setCurrentIndex(m_round->count() - 1);
    if (const std::optional<Deal> deal = m_document->book().deals().find(dealId))
        m_language->setCurrentIndex(std::max(0, m_language->findData(deal->proposalLanguage)));
    const bool hasOffer = !offers.isEmpty();
    m_round->setEnabled(hasOffer);
    m_preview->setEnabled(hasOffer);
    m_export->setEnabled(hasOffer);
    if (!hasOffer && !dealId.isEmpty())
        m_round->addItem(tr("No offer yet: make one on the deal's Offer page"));
}

Report::ExportRequest PdfExportDialog::request() const
{
    Report::ExportRequest request;
    request.dealId = m_deal->currentData().toString();
    request.kind = m_kind;
    if (m_round->currentData().isValid())
        request.round = m_round->currentData().toInt();
    if (m_kind == Report::ReportKind::Proposal)
        request.language = m_language->currentData().toString();
    request.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    return request;
}

std::unique_ptr<Report::ReportDocument> PdfExportDialog::loadOrExplain()
{
    if (!m_document)
        return nullptr;
    auto report = Report::loadReport(m_document->book(), request());
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.errorMessage());
        return nullptr;
    }
    return std::move(report).value();
}

bool PdfExportDialog::preview()
{
    const std::unique_ptr<Report::ReportDocument> report = loadOrExplain();
    if (!report)
        return false;
    const QPageSize::PageSizeId pageSize = request().pageSize;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(report->title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("exportPreviewDialog"));
    dialog.setWindowTitle(report->title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report, pageSize](QPrinter *target) { report->paint(*target, pageSize); });
    dialog.exec();
    return true;
}

QString PdfExportDialog::suggestedFileName() const
{
    const Report::ExportRequest r = request();
    const QString number = proposalNumber(r.dealId, r.round.value_or(1));
    const QString customer = m_deal->currentText().section(QStringLiteral(" — "), 0, 0);
    const QString name = m_kind == Report::ReportKind::Proposal
                             ? tr("Proposal %1 %2").arg(number, customer)
                             : tr("Internal worksheet %1 %2").arg(number, customer);
    return fileNameSafe(name) + QStringLiteral(".pdf");
}

bool PdfExportDialog::exportToFile()
{
    const std::unique_ptr<Report::ReportDocument> report = loadOrExplain();
    if (!report)
        return false;
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), QDir(exportFolder()).filePath(suggestedFileName()),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Status saved = Report::savePdf(*report, request().pageSize, path);
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.errorMessage());
        return false;
    }
    rememberExportFolder(path);
    return true;
}

} // namespace Sepakat
