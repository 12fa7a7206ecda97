#pragma once

#include <QString>

class QWidget;

namespace Sepakat {

class BookDocument;

// A deal handed over as one file, with its whole worksheet (docs/deal-json.md): File > Export
// deal file… and Import deal file…, the same files as `sepakat export-deal` and `import-deal`.
namespace DealFiles {

// Asks where to save dealId, then writeDealFile. The path written; empty when the user
// cancelled or the deal could not be written (the user has been told why).
QString exportDeal(QWidget *parent, BookDocument &document, const QString &dealId);
// Writes dealId to path, atomically; on failure tells the user why.
bool writeDealFile(QWidget *parent, BookDocument &document, const QString &dealId,
                   const QString &path);

// Asks for a deal file, then importDealFile.
QString importDeal(QWidget *parent, BookDocument &document);
// Adds the deal in path to the book, all or nothing. The new deal's id; empty when the file
// was refused (the user has been told why, and the book is as it was).
QString importDealFile(QWidget *parent, BookDocument &document, const QString &path);

} // namespace DealFiles

} // namespace Sepakat
