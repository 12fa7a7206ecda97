#pragma once

#include <QString>

class QWidget;

namespace Sepakat {

class BookDocument;

// A deal handed over as one file, with its whole worksheet (docs/deal-json.md): File > Export
// deal file… and Import deal file…, the same files as `sepakat export-deal` and `import-deal`.
namespace DealFiles {

// Asks where to save dealId and writes it there, atomically. The path written; empty when the
// user cancelled or the deal could not be written (the user has been told why).
QString exportDeal(QWidget *parent, BookDocument &document, const QString &dealId);

// Asks for a deal file and adds its deal to the book, all or nothing. The new deal's id; empty
// when the user cancelled or the file was refused (the user has been told why, and the book is
// as it was).
QString importDeal(QWidget *parent, BookDocument &document);

} // namespace DealFiles

} // namespace Sepakat
