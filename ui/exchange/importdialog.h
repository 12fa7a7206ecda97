#pragma once

#include "exchange/csvimport.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Sepakat {

class BookDocument;

// File > Import…: choose CSV files of customers, products and deals; map the columns Sepakat
// does not know by their header; see every problem by file, row, column and reason before
// anything is written; import all or nothing (or the valid rows only) in one transaction.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(BookDocument &document, QWidget *parent = nullptr);

    // Loads a file into a list's slot, as choosing it does (tests and drag and drop).
    void setFile(Exchange::ListKind kind, const QString &path);
    const Exchange::ImportPlan &plan() const { return m_plan; }

private:
    static constexpr int kLists = 3;
    struct Slot
    {
        QLineEdit *path = nullptr;
        std::optional<Exchange::ImportFile> file;
    };

    void chooseFile(Exchange::ListKind kind);
    void rebuildMapping();
    void replan();
    void showPlan();
    void runImport();
    Exchange::ImportOptions options() const;

    BookDocument &m_document;
    std::array<Slot, kLists> m_slots;
    QComboBox *m_numbers = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_mappingHint = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Exchange::ImportPlan m_plan;
};

} // namespace Sepakat
