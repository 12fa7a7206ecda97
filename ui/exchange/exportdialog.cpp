#include "exchange/exportdialog.h"

#include "common/confirm.h"
#include "exchange/csvexport.h"
#include "storage/dealbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sepakat {

using namespace Exchange;

namespace {

constexpr ListKind kKinds[] = {ListKind::Customers, ListKind::Products, ListKind::Deals};

} // namespace

ExportDialog::ExportDialog(DealBook &book, QWidget *parent) : QDialog(parent), m_book(book)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to CSV files"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *lists = new QVBoxLayout;
    for (const ListKind kind : kKinds) {
        auto *check = new QCheckBox(listName(kind), this);
        check->setObjectName(QStringLiteral("exportList%1").arg(int(kind)));
        check->setChecked(true);
        lists->addWidget(check);
        m_lists[int(kind)] = check;
    }
    form->addRow(tr("Lists:"), lists);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("English headers, comma-separated, 1250000.50"), false);
    m_format->addItem(tr("Indonesian headers, semicolon-separated, 1250000,50 (Excel in "
                         "Indonesian)"),
                      true);
    form->addRow(tr("&Format:"), m_format);
    m_folder = new QLineEdit(QFileInfo(book.path()).absolutePath(), this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("F&older:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::runExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QStringList ExportDialog::targetPaths() const
{
    QStringList paths;
    const QDir folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    const QString book = QFileInfo(m_book.path()).completeBaseName();
    for (const ListKind kind : kKinds) {
        if (m_lists[int(kind)]->isChecked())
            paths << folder.filePath(tr("%1 %2.csv").arg(book, listName(kind).toLower()));
    }
    return paths;
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into folder"),
                                                             m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void ExportDialog::runExport()
{
    const QStringList paths = targetPaths();
    if (paths.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to export"), tr("Choose at least one list."));
        return;
    }
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing << QDir::toNativeSeparators(path);
    }
    if (!existing.isEmpty()
        && !confirmAction(this, tr("Replace files?"),
                          tr("These files exist and will be replaced:\n%1")
                              .arg(existing.join(u'\n')),
                          tr("Replace")))
        return;
    ExportOptions options;
    options.indonesian = m_format->currentData().toBool();
    qsizetype next = 0;
    for (const ListKind kind : kKinds) {
        if (!m_lists[int(kind)]->isChecked())
            continue;
        const Status written = writeFileAtomically(paths.at(next++), exportCsv(m_book, kind, options));
        if (!written) {
            QMessageBox::warning(this, tr("Export failed"), written.errorMessage());
            return;
        }
    }
    accept();
}

} // namespace Sepakat
