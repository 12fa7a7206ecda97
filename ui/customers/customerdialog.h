#pragma once

#include "common/fielderrors.h"
#include "domain/customer.h"
#include "util/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Sepakat {

class ContactsModel;

// Adds or edits a customer with their contacts. Like the product dialog it saves through the
// submit function and stays open, with the message beside the field, when something is wrong.
class CustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const Customer &)>;

    CustomerDialog(const Customer &customer, Submit submit, QWidget *parent = nullptr);
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addContact();
    void removeContact();

    Customer m_customer;
    Submit m_submit;
    QLineEdit *m_name;
    QLineEdit *m_industry;
    QComboBox *m_size;
    QPlainTextEdit *m_address;
    QLineEdit *m_city;
    QLineEdit *m_country;
    QPlainTextEdit *m_notes;
    ContactsModel *m_contacts;
    QTableView *m_contactTable;
    QPushButton *m_addContact;
    QPushButton *m_removeContact;
    QLabel *m_generalError;
    InlineErrors m_errors;
};

} // namespace Sepakat
