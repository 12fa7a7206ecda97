#include "shell/backupdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sepakat {

BackupDialog::BackupDialog(const QList<BookBackup> &backups, const QString &folder, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Restore from backup"));

    auto *intro = new QLabel(
        tr("Choose the backup to bring back. The deal book goes back to how it was then; its "
           "current state is kept as a backup first, so nothing is lost."),
        this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    for (const BookBackup &backup : backups) {
        auto *item = new QListWidgetItem(describe(backup), m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    m_list->setCurrentRow(0);

    auto *where = new QLabel(tr("Backups are kept in %1: one a day, made when the book is "
                                "opened for writing.")
                                 .arg(QDir::toNativeSeparators(folder)),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_restore->setEnabled(current != nullptr); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(where);
    layout->addWidget(buttons);
    resize(520, 380);
}

QString BackupDialog::chosenPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString BackupDialog::describe(const BookBackup &backup)
{
    const QLocale locale;
    return tr("%1, %2 (%3)")
        .arg(locale.toString(backup.takenAt.date(), QLocale::LongFormat),
             locale.toString(backup.takenAt.time(), QLocale::ShortFormat),
             locale.formattedDataSize(backup.bytes));
}

} // namespace Sepakat
