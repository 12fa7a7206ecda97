#pragma once

#include <QList>
#include <QString>

namespace Sepakat {

// One broken rule: which field (a stable key such as "name" or "lines[2].quantity") and a
// translated message that names the field in words.
// Keys are the member's name ("unitPrice", "validUntil"), with these exceptions: percentages drop
// "BasisPoints" ("discount", "documentDiscount", "tax", "realization", "probability"), milli-unit
// amounts drop "Milli" ("quantity", "painHours", "hoursPerMonth"); the value case uses "horizon",
// "discountRate", "upfront" and "scenarios"; parts are "lines[i].", "contacts[i].", "items[i].",
// "qualification.", "terms.".
struct FieldError
{
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};
using FieldErrors = QList<FieldError>;

// All messages joined for a dialog or the command line.
QString joinMessages(const FieldErrors &errors);

} // namespace Sepakat
