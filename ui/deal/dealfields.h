#pragma once

#include "domain/deal.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QDateEdit;

// What the new-deal dialog and the deal page share: the same inputs read and checked alike.
namespace Sepakat::DealFields {

// Fills a combo with the known currency codes and selects current (added when unknown).
void fillCurrencies(QComboBox *combo, const QString &current);
// A date input with a calendar, in the locale's short date format.
void setUpDateEdit(QDateEdit *edit);
// Reads the value the user typed, in the UI locale, for currency; empty text is an error too.
Result<Money> readValue(const QString &text, const QString &currency);
// Checks beyond Deal::validate that a person entering a deal must meet: someone owns it.
FieldErrors checkEntry(const Deal &deal);
// Whether field appears among errors (by key).
bool hasField(const FieldErrors &errors, const QString &field);

} // namespace Sepakat::DealFields
