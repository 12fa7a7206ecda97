#pragma once

#include <QString>

#include <functional>

class QApplication;
class QWidget;

namespace Sepakat {

// Runs the desktop application until the user quits; returns the exit code. bookPath empty
// reopens the book used last, or on the very first start creates an empty "Sepakat.sepakat" in
// the user's data folder. The caller has set the organisation and application names.
int runGui(QApplication &app, const QString &bookPath);

// Where the first start puts its book.
QString defaultBookPath();

// Runs task on the event-loop turn after window has first painted (or shortly after show() when
// it never paints): the book opens behind a window the user already sees.
void whenFirstPainted(QWidget *window, std::function<void()> task);

} // namespace Sepakat
