#pragma once

#include <QString>

class QApplication;

namespace Sepakat {

// Runs the desktop application until the user quits; returns the exit code. bookPath empty
// reopens the book used last, or on the very first start creates an empty "Sepakat.sepakat" in
// the user's data folder. The caller has set the organisation and application names.
int runGui(QApplication &app, const QString &bookPath);

// Where the first start puts its book.
QString defaultBookPath();

} // namespace Sepakat
