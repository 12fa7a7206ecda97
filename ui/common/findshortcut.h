#pragma once

class QLineEdit;
class QWidget;

namespace Sepakat {

// Ctrl+F (the platform's Find keys) anywhere in the window, while page is in view, puts the
// cursor in page's search field with what the field holds selected, so typing starts a new
// search at once.
void addFindShortcut(QWidget *page, QLineEdit *search);

} // namespace Sepakat
