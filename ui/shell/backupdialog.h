#pragma once

#include "storage/backups.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Sepakat {

// File > Restore from backup…: the book's backups, newest first, to choose one from. Says what
// restoring does before the user commits to it.
class BackupDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(const QList<BookBackup> &backups, const QString &folder,
                 QWidget *parent = nullptr);

    QString chosenPath() const;
    // How a backup is named to the user: its date and time in the current language, and size.
    static QString describe(const BookBackup &backup);

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Sepakat
