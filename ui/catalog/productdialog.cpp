#include "catalog/productdialog.h"

#include "common/language.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sepakat {

ProductDialog::ProductDialog(const Product &product, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_product(product)
    , m_submit(std::move(submit))
    , m_sku(new QLineEdit(product.sku, this))
    , m_name(new QLineEdit(product.name, this))
    , m_unit(new QLineEdit(product.unit, this))
    , m_price(moneyEdit(QStringLiteral("priceEdit"), product.unitPrice))
    , m_cost(moneyEdit(QStringLiteral("costEdit"), product.unitCost))
    , m_benefit(new QPlainTextEdit(product.benefit, this))
    , m_active(new QCheckBox(tr("Active: can be put on new offers"), this))
    , m_generalError(InlineErrors::makeMessageLabel(this, QStringLiteral("generalError")))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product.id.isEmpty() ? tr("Add product") : tr("Edit product"));
    m_sku->setObjectName(QStringLiteral("skuEdit"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_benefit->setObjectName(QStringLiteral("benefitEdit"));
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(product.active);
    m_unit->setPlaceholderText(tr("e.g. licence, hour, unit"));
    m_benefit->setPlaceholderText(tr("What it does for the customer"));
    m_benefit->setTabChangesFocus(true);
    m_benefit->setFixedHeight(m_benefit->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, QStringLiteral("sku"), tr("&SKU:"), m_sku);
    m_errors.addRow(form, QStringLiteral("name"), tr("&Name:"), m_name);
    m_errors.addRow(form, QStringLiteral("unit"), tr("&Unit:"), m_unit);
    const QString currency = product.unitPrice.currency();
    m_errors.addRow(form, QStringLiteral("unitPrice"), tr("Unit &price (%1):").arg(currency),
                    m_price);
    m_errors.addRow(form, QStringLiteral("unitCost"), tr("Unit &cost (%1, internal):").arg(currency),
                    m_cost);
    m_errors.addRow(form, QStringLiteral("benefit"), tr("&Benefit:"), m_benefit);
    form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QLineEdit *ProductDialog::moneyEdit(const QString &objectName, const Money &value)
{
    auto *edit = new QLineEdit(value.formatNumber(Language::locale()), this);
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

void ProductDialog::accept()
{
    const QLocale locale = Language::locale();
    const QString currency = m_product.unitPrice.currency();
    Product edited = m_product;
    edited.sku = m_sku->text().trimmed();
    edited.name = m_name->text().trimmed();
    edited.unit = m_unit->text().trimmed();
    edited.benefit = m_benefit->toPlainText().trimmed();
    edited.active = m_active->isChecked();

    FieldErrors errors;
    const auto price = Money::parse(m_price->text(), currency, locale);
    if (price)
        edited.unitPrice = *price;
    else
        errors << FieldError{QStringLiteral("unitPrice"), price.errorMessage()};
    const auto cost = Money::parse(m_cost->text(), currency, locale);
    if (cost)
        edited.unitCost = *cost;
    else
        errors << FieldError{QStringLiteral("unitCost"), cost.errorMessage()};
    // Money that did not parse keeps its old value, so validate() adds no second message for it.
    errors << edited.validate();
    if (!m_errors.show(errors))
        return;

    const Status saved = m_submit ? m_submit(edited) : Status::success();
    if (!saved) {
        m_errors.show({FieldError{saved.error().field, saved.errorMessage()}});
        return;
    }
    m_product = edited;
    QDialog::accept();
}

} // namespace Sepakat
