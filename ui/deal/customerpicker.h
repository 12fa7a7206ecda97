#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace Sepakat {

class BookDocument;

// Chooses a deal's customer: a combo the user can type into (any part of the name finds it) and
// "New customer…", which adds one through the customer dialog and selects it.
class CustomerPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPicker(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    // Reloads the customers from the book, keeping the selection when it still exists; while
    // hidden, on the next show or setCustomerId() instead, so a hidden picker costs nothing.
    void reload();

    // Empty unless the text names a customer of the book exactly (typing alone chooses nothing).
    QString customerId() const;
    void setCustomerId(const QString &id);
    QComboBox *combo() const { return m_combo; }

signals:
    // The user chose a customer (from the list or by adding one).
    void customerChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addCustomer();
    void retranslate();
    void load();

    QPointer<BookDocument> m_document;
    QComboBox *m_combo;
    QPushButton *m_newCustomer;
    bool m_stale = false;
};

} // namespace Sepakat
