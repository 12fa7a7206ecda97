#include "deal/customerpicker.h"

#include "common/bookcommand.h"
#include "common/icons.h"
#include "customers/customerdialog.h"
#include "storage/repositories.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Sepakat {

CustomerPicker::CustomerPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_newCustomer(new QPushButton(this))
{
    setObjectName(QStringLiteral("customerPicker"));
    m_combo->setObjectName(QStringLiteral("customerCombo"));
    m_newCustomer->setObjectName(QStringLiteral("newCustomerButton"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(15);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Customers are found by any part of their name ("sinar" finds "PT Sinar Distribusi").
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_newCustomer->setAutoDefault(false);
    Icons::assign(m_newCustomer, QStringLiteral("user-plus"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_newCustomer);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::activated, this, [this] {
        const QString id = customerId();
        if (!id.isEmpty())
            emit customerChosen(id);
    });
    connect(m_newCustomer, &QPushButton::clicked, this, &CustomerPicker::addCustomer);
    retranslate();
}

void CustomerPicker::setDocument(BookDocument *document)
{
    m_document = document;
    m_newCustomer->setEnabled(m_document && !m_document->isReadOnly());
    reload();
}

void CustomerPicker::reload()
{
    if (isVisible())
        load();
    else
        m_stale = true;
}

void CustomerPicker::showEvent(QShowEvent *event)
{
    if (m_stale)
        load();
    QWidget::showEvent(event);
}

void CustomerPicker::load()
{
    m_stale = false;
    const QString selected = customerId();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_document) {
        const QList<Customer> customers = m_document->book().customers().all();
        for (const Customer &customer : customers)
            m_combo->addItem(customer.name, customer.id);
    }
    setCustomerId(selected);
}

QString CustomerPicker::customerId() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || m_combo->currentText().trimmed() != m_combo->itemText(index))
        return {};
    return m_combo->itemData(index).toString();
}

void CustomerPicker::setCustomerId(const QString &id)
{
    if (m_stale)
        load();
    const QSignalBlocker blocker(m_combo);
    const int index = id.isEmpty() ? -1 : m_combo->findData(id);
    m_combo->setCurrentIndex(index);
    if (index < 0)
        m_combo->setEditText(QString());
}

void CustomerPicker::addCustomer()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Customer customer;
    // What the user typed and did not find is most likely the new customer's name.
    if (customerId().isEmpty())
        customer.name = m_combo->currentText().trimmed();
    QString addedId;
    CustomerDialog dialog(
        customer,
        saveFromDialog<Customer>(m_document.data(), std::nullopt, &BookCommand::saveCustomer,
                                 &addedId),
        this);
    if (dialog.exec() != QDialog::Accepted || addedId.isEmpty())
        return;
    load();
    setCustomerId(addedId);
    emit customerChosen(addedId);
}

void CustomerPicker::retranslate()
{
    m_newCustomer->setText(tr("New customer…"));
    m_combo->lineEdit()->setPlaceholderText(tr("Type to find a customer"));
}

void CustomerPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
