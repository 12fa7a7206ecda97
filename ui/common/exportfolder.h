#pragma once

#include <QString>

namespace Sepakat {

// The folder the user last exported a file to (PDFs, deal files), the Documents folder at
// first, so each save dialog opens where the last one left off.
QString exportFolder();
void rememberExportFolder(const QString &writtenFile);

// A name fit for a file on any system: characters no file system takes become a space.
QString fileNameSafe(QString text);

} // namespace Sepakat
