#pragma once

#include "storage/dealbook.h"

#include <QList>
#include <QString>

namespace Sepakat::Testing {

// One file of the damaged deal-book corpus (issue 8): what it is, and what opening or checking
// it must say. Every test that reads a deal book from outside (checkBook, DealBook::open,
// `sepakat check`, the main window) runs over the same corpus.
struct DamagedBook
{
    QString name; // a test row name: "truncated at 4096 bytes"
    QString path;
    // The problem DealBook::open reports. None for files whose damage may go unseen until a
    // damaged page is read (bit flips): those must open or be refused cleanly, either way.
    OpenProblem problem = OpenProblem::None;
    QString messagePart; // part of the message, when problem is not None
    // Made unreadable with permissions; root reads it anyway, so tests skip it as root.
    bool unreadable = false;
};

// Writes the corpus into folder (one file or folder per entry) from a real demo book of a few
// dozen deals, and returns it; empty when the source book could not be made. Made files are
// never written again by the corpus, so their bytes are the "before" of every check.
QList<DamagedBook> writeDamagedBooks(const QString &folder);

// True when the process can read a file whatever its permissions (root).
bool permissionsAreIgnored(const QString &unreadablePath);

} // namespace Sepakat::Testing
