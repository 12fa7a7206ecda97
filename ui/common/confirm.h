#pragma once

#include <QString>

class QWidget;

namespace Sepakat {

enum class ConfirmDefault { Action, Cancel };

// Asks before an action. The accepting button names the action ("Restore", "Reopen", "Delete")
// instead of saying "Yes", so the answer reads right without going back to the question, as the
// desktop guidelines ask; the other is Cancel (and Escape). Enter chooses defaultButton. True
// when the user chose the action.
bool confirmAction(QWidget *parent, const QString &title, const QString &question,
                   const QString &action, ConfirmDefault defaultButton = ConfirmDefault::Cancel);

} // namespace Sepakat
