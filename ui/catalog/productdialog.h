#pragma once

#include "common/fielderrors.h"
#include "domain/product.h"
#include "util/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Sepakat {

// Adds or edits one product. Invalid input is shown next to its field and the dialog stays
// open; so does a refusal from the book (a duplicate SKU), because the dialog saves through
// the submit function before it closes.
class ProductDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const Product &)>;

    ProductDialog(const Product &product, Submit submit, QWidget *parent = nullptr);
    Product product() const { return m_product; }

    void accept() override;

private:
    QLineEdit *moneyEdit(const QString &objectName, const Money &value);

    Product m_product;
    Submit m_submit;
    QLineEdit *m_sku;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QLineEdit *m_price;
    QLineEdit *m_cost;
    QPlainTextEdit *m_benefit;
    QCheckBox *m_active;
    QLabel *m_generalError;
    InlineErrors m_errors;
};

} // namespace Sepakat
