#pragma once

#include "domain/customer.h"
#include "domain/deal.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Sepakat {

class BookDocument;
class DealForm;

// Worksheet page 1: how well the prospect fits (budget, authority, need, timing, each 0..3 with
// a note), the verdict core draws from it, the customer's key contacts with their role in the
// decision, and the deal's own fields. Every edit is one undoable command, saved at once.
class QualificationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit QualificationPage(QWidget *parent = nullptr);
    ~QualificationPage() override;

    void setDocument(BookDocument *document);
    bool openDeal(const QString &dealId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Dimension
    {
        QLabel *label;
        QSpinBox *score;
        QLabel *level;
        QLineEdit *note;
        int Qualification::*value;
        QString Qualification::*noteText;
    };

    void reload();
    void showDeal();
    void showContacts();
    void retranslate();
    void saveQualification(const Qualification &after);
    void saveContactRole(int row, const QString &role);
    void editCustomer();

    QPointer<BookDocument> m_document;
    QString m_dealId;
    std::optional<Deal> m_deal;
    std::optional<Customer> m_customer;
    bool m_showing = false;

    QGroupBox *m_fitBox;
    QLabel *m_fit;
    QLabel *m_verdict;
    std::array<Dimension, 4> m_dimensions;
    QGroupBox *m_contactsBox;
    QTableWidget *m_contacts;
    QLabel *m_noContacts;
    QPushButton *m_editCustomer;
    QGroupBox *m_dealBox;
    DealForm *m_dealForm;
};

} // namespace Sepakat
