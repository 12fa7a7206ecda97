#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sepakat {

class BookDocument;
class ProductFilterModel;
class ProductModel;
struct Product;

// The product catalog: search, add, edit, deactivate. Every change is an undoable command that
// saves to the book at once.
class CatalogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(QWidget *parent = nullptr);
    void setDocument(BookDocument *document);

    void addProduct();
    void editCurrent();
    void deactivateCurrent();

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
    void select(const QString &productId);
    // Returns the id saved, empty when the user cancelled.
    QString runDialog(const Product &product);

    QPointer<BookDocument> m_document;
    bool m_stale = false;
    ProductModel *m_model;
    ProductFilterModel *m_filter;
    QLabel *m_title;
    QLineEdit *m_search;
    QCheckBox *m_showInactive;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_deactivate;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace Sepakat
