#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Sepakat {

class DealBook;

// File > Export…: writes the chosen lists (customers, products, deals) as CSV files into a
// folder, in English or in the form Excel in Indonesian expects; asks before replacing files.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(DealBook &book, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    // The files the export writes with the current choices.
    QStringList targetPaths() const;

private:
    void chooseFolder();
    void runExport();

    DealBook &m_book;
    QCheckBox *m_lists[3] = {};
    QComboBox *m_format = nullptr;
    QLineEdit *m_folder = nullptr;
};

} // namespace Sepakat
