#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Sepakat {

// Asks why deals were lost before they move to Lost. The reason is required: OK stays disabled
// until there is one. Common reasons are offered, any text may be typed.
class LostReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LostReasonDialog(int dealCount, QWidget *parent = nullptr);
    QString reason() const;
    void setReason(const QString &reason);

private:
    void updateOk();

    QLabel *m_prompt;
    QComboBox *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace Sepakat
