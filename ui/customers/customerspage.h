#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sepakat {

class BookDocument;
class CustomerFilterModel;
class CustomerModel;
struct Customer;

// Customers and their contacts: search, add, edit, delete (refused while deals refer to one).
class CustomersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(QWidget *parent = nullptr);
    void setDocument(BookDocument *document);

    void addCustomer();
    void editCurrent();
    void deleteCurrent();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Loads now when shown, else on the next show: a hidden page costs nothing at book open.
    void reloadWhenShown();
    void reload();
    void retranslate();
    void updateActions();
    int currentSourceRow() const;
    void select(const QString &customerId);
    QString runDialog(const Customer &customer);

    QPointer<BookDocument> m_document;
    bool m_stale = false;
    CustomerModel *m_model;
    CustomerFilterModel *m_filter;
    QLabel *m_title;
    QLineEdit *m_search;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace Sepakat
