#include "pipeline/lostreasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sepakat {

LostReasonDialog::LostReasonDialog(int dealCount, QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Lost reason"));
    m_prompt->setText(dealCount == 1 ? tr("Why was this deal lost?")
                                     : tr("Why were these %n deals lost?", nullptr, dealCount));
    m_prompt->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("lostReasonEdit"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({QString(), tr("Price too high"), tr("Chose a competitor"),
                        tr("No budget"), tr("No decision"), tr("Timing: project postponed")});
    m_reason->lineEdit()->setPlaceholderText(tr("Required, e.g. chose a competitor"));
    m_reason->setMinimumContentsLength(32);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::editTextChanged, this, &LostReasonDialog::updateOk);
    updateOk();
}

QString LostReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void LostReasonDialog::setReason(const QString &reason)
{
    m_reason->setEditText(reason);
}

void LostReasonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace Sepakat
