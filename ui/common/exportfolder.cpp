#include "common/exportfolder.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Sepakat {

namespace {

const QString kFolderKey = QStringLiteral("export/folder");

} // namespace

QString exportFolder()
{
    return QSettings()
        .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberExportFolder(const QString &writtenFile)
{
    QSettings().setValue(kFolderKey, QFileInfo(writtenFile).absolutePath());
}

QString fileNameSafe(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    return text.replace(unsafe, QStringLiteral(" ")).simplified();
}

} // namespace Sepakat
