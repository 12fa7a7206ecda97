#include "common/confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace Sepakat {

bool confirmAction(QWidget *parent, const QString &title, const QString &question,
                   const QString &action, ConfirmDefault defaultButton)
{
    // The Yes button keeps its role (and what tests and accessibility tools look for); only
    // its words change.
    QMessageBox box(QMessageBox::Question, title, question,
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Yes)->setText(action);
    box.setDefaultButton(defaultButton == ConfirmDefault::Action ? QMessageBox::Yes
                                                                  : QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace Sepakat
