#pragma once

#include "report/pdfexport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Sepakat {

class BookDocument;

// File > Export proposal… and Export internal worksheet…: pick the deal (the open one by
// default), the offer round, the language (a proposal's defaults to the deal's) and the paper,
// look at it in a print preview, and save it as a PDF. The book is only read.
class PdfExportDialog final : public QDialog
{
    Q_OBJECT

public:
    PdfExportDialog(BookDocument *document, Report::ReportKind kind, const QString &dealId,
                    QWidget *parent = nullptr);

    // What the choices ask for now.
    Report::ExportRequest request() const;
    // Shows the report in a print preview (modal); false after explaining why it cannot.
    bool preview();
    // Asks where to save it and saves it; true once a file was written.
    bool exportToFile();

private:
    void fillDeals(const QString &dealId);
    void dealChanged();
    // Loads the report; on an error tells the user and returns null.
    std::unique_ptr<Report::ReportDocument> loadOrExplain();
    QString suggestedFileName() const;

    QPointer<BookDocument> m_document;
    Report::ReportKind m_kind;
    QComboBox *m_deal;
    QComboBox *m_round;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QLabel *m_note;
    QPushButton *m_preview;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
};

} // namespace Sepakat
