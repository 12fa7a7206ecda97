#include "exchange/importdialog.h"

#include "common/bookdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sepakat {

using namespace Exchange;

namespace {

constexpr ListKind kKinds[] = {ListKind::Customers, ListKind::Products, ListKind::Deals};

int slotOf(ListKind kind)
{
    return int(kind);
}

QString listKey(ListKind kind)
{
    switch (kind) {
    case ListKind::Customers:
        return QStringLiteral("customers");
    case ListKind::Products:
        return QStringLiteral("products");
    case ListKind::Deals:
        break;
    }
    return QStringLiteral("deals");
}

} // namespace

ImportDialog::ImportDialog(BookDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from CSV files"));

    auto *files = new QGroupBox(tr("Files"), this);
    auto *form = new QFormLayout(files);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ListKind kind : kKinds) {
        Slot &slot = m_slots[size_t(slotOf(kind))];
        slot.path = new QLineEdit(this);
        slot.path->setObjectName(listKey(kind) + QStringLiteral("PathEdit"));
        slot.path->setReadOnly(true);
        slot.path->setPlaceholderText(tr("No file chosen"));
        auto *choose = new QPushButton(tr("Choose…"), this);
        choose->setObjectName(listKey(kind) + QStringLiteral("ChooseButton"));
        connect(choose, &QPushButton::clicked, this, [this, kind] { chooseFile(kind); });
        auto *row = new QHBoxLayout;
        row->addWidget(slot.path, 1);
        row->addWidget(choose);
        form->addRow(listName(kind) + u':', row);
    }
    m_numbers = new QComboBox(this);
    m_numbers->setObjectName(QStringLiteral("numbersCombo"));
    m_numbers->addItem(tr("As the file is separated (semicolon: 1.250.000,50)"),
                       int(NumberStyle::FromFile));
    m_numbers->addItem(tr("1,250,000.50 (decimal point)"), int(NumberStyle::DotDecimal));
    m_numbers->addItem(tr("1.250.000,50 (decimal comma)"), int(NumberStyle::CommaDecimal));
    form->addRow(tr("&Numbers:"), m_numbers);
    m_skipInvalid = new QCheckBox(tr("&Skip invalid rows and import the rest"), this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    form->addRow(QString(), m_skipInvalid);

    auto *columns = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columns);
    m_mappingHint = new QLabel(this);
    m_mappingHint->setWordWrap(true);
    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setHorizontalHeaderLabels({tr("File"), tr("Column in the file"), tr("Imports as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Small minimums so a small window still shows the summary lines whole.
    m_mapping->setMinimumHeight(fontMetrics().height() * 4);
    columnsLayout->addWidget(m_mappingHint);
    columnsLayout->addWidget(m_mapping);

    auto *preview = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(preview);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 4); // two lines on a narrow window
    m_problems = new QTableWidget(0, 4, this);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->setMinimumHeight(fontMetrics().height() * 4);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(files);
    layout->addWidget(columns, 1);
    layout->addWidget(preview, 2);
    layout->addWidget(m_buttons);

    connect(m_numbers, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportDialog::showPlan);
    resize(860, 640);
    rebuildMapping();
    replan();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.numbers = NumberStyle(m_numbers->currentData().toInt());
    options.skipInvalid = m_skipInvalid->isChecked();
    return options;
}

void ImportDialog::chooseFile(ListKind kind)
{
    const QString folder = QFileInfo(m_document.book().path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the CSV file of %1").arg(listName(kind).toLower()), folder,
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(kind, path);
}

void ImportDialog::setFile(ListKind kind, const QString &path)
{
    Slot &slot = m_slots[size_t(slotOf(kind))];
    Result<ImportFile> file = loadImportFile(kind, path);
    if (!file) {
        QMessageBox::warning(this, tr("File not read"), file.errorMessage());
        return;
    }
    slot.path->setText(QDir::toNativeSeparators(path));
    slot.file = std::move(file).value();
    rebuildMapping();
    replan();
}

void ImportDialog::rebuildMapping()
{
    m_mapping->setRowCount(0);
    int unknown = 0;
    for (Slot &slot : m_slots) {
        if (!slot.file)
            continue;
        ImportFile &file = *slot.file;
        for (qsizetype i = 0; i < file.table.header.size(); ++i) {
            const int row = m_mapping->rowCount();
            m_mapping->insertRow(row);
            m_mapping->setItem(row, 0, new QTableWidgetItem(file.name));
            m_mapping->setItem(row, 1, new QTableWidgetItem(file.table.header.at(i)));
            auto *combo = new QComboBox(m_mapping);
            combo->addItem(tr("(not imported)"), -1);
            for (const ColumnSpec &spec : columnsOf(file.kind))
                combo->addItem(columnTitle(spec.column), int(spec.column));
            const std::optional<Column> mapped = file.mapping.at(i);
            combo->setCurrentIndex(mapped ? combo->findData(int(*mapped)) : 0);
            if (!mapped) {
                ++unknown;
                QFont font = m_mapping->item(row, 1)->font();
                font.setBold(true);
                m_mapping->item(row, 1)->setFont(font);
            }
            connect(combo, &QComboBox::currentIndexChanged, this, [this, &file, i, combo] {
                const int column = combo->currentData().toInt();
                file.mapping[i] = column < 0 ? std::nullopt : std::optional(Column(column));
                replan();
            });
            m_mapping->setCellWidget(row, 2, combo);
        }
    }
    m_mappingHint->setText(
        m_mapping->rowCount() == 0
            ? tr("Choose at least one file. Columns are matched by their header, in English or "
                 "Indonesian.")
        : unknown > 0 ? tr("%n column(s) in bold have a header Sepakat does not know: choose what "
                           "each holds, or leave it out.",
                           nullptr, unknown)
                      : tr("Every column was recognised by its header."));
}

void ImportDialog::replan()
{
    QList<ImportFile> files;
    for (const Slot &slot : m_slots) {
        if (slot.file)
            files << *slot.file;
    }
    m_plan = files.isEmpty() ? ImportPlan{} : planImport(m_document.book(), files, options());
    showPlan();
}

void ImportDialog::showPlan()
{
    m_problems->setRowCount(int(m_plan.problems.size()));
    for (int i = 0; i < m_plan.problems.size(); ++i) {
        const ImportProblem &p = m_plan.problems.at(i);
        const QString reason = p.kind == ImportProblem::Kind::Duplicate
                                   ? tr("Left out: %1").arg(p.reason)
                                   : p.reason;
        const QStringList cells = {p.file, p.row > 0 ? QString::number(p.row) : QString(),
                                   p.column, reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(p.describe());
            if (p.kind == ImportProblem::Kind::Duplicate) // not a fault: shown quieter
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_problems->setItem(i, c, item);
        }
    }
    m_problems->resizeRowsToContents();

    const qint64 ready = m_plan.customers.size() + m_plan.products.size() + m_plan.deals.size();
    const qint64 invalid = m_plan.invalidRows();
    const bool blocked = invalid > 0 && !m_skipInvalid->isChecked();
    QString summary = tr("%1 rows read. Ready to import: %2 customers, %3 products, %4 deals.")
                          .arg(m_plan.rowsRead)
                          .arg(m_plan.customers.size())
                          .arg(m_plan.products.size())
                          .arg(m_plan.deals.size());
    if (invalid > 0)
        summary += u' '
                   + (blocked ? tr("%n row(s) have problems: correct them in the file, or skip "
                                   "invalid rows.",
                                   nullptr, int(invalid))
                              : tr("%n row(s) with problems will be left out.", nullptr,
                                   int(invalid)));
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready > 0 && !blocked
                                                        && !m_document.isReadOnly());
}

void ImportDialog::runImport()
{
    const Result<ImportCounts> counts = Exchange::runImport(m_document.book(), m_plan, options());
    if (!counts) {
        QMessageBox::warning(this, tr("Nothing imported"), counts.errorMessage());
        return;
    }
    if (counts->customers > 0)
        m_document.notifyChanged(BookDocument::Part::Customers);
    if (counts->products > 0)
        m_document.notifyChanged(BookDocument::Part::Products);
    if (counts->deals > 0)
        m_document.notifyChanged(BookDocument::Part::Deals);
    accept();
}

} // namespace Sepakat
