#pragma once

#include "common/fielderrors.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Sepakat {

class BookDocument;
class CustomerPicker;

// Adds a deal to the book: customer (or a new one), title, currency, value, expected close and
// owner. Saves as one undoable command and stays open, the message under the field, when
// something is wrong.
class NewDealDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewDealDialog(BookDocument *document, QWidget *parent = nullptr);
    void accept() override;

    // The deal saved by accept(); empty until then.
    QString dealId() const { return m_dealId; }

private:
    BookDocument *m_document;
    CustomerPicker *m_customer;
    QLineEdit *m_title;
    QComboBox *m_currency;
    QLineEdit *m_value;
    QDateEdit *m_expectedClose;
    QLineEdit *m_owner;
    QLabel *m_generalError;
    InlineErrors m_errors;
    QString m_dealId;
};

} // namespace Sepakat
