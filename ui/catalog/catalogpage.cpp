#include "catalog/catalogpage.h"

#include "catalog/productdialog.h"
#include "catalog/productmodel.h"
#include "common/bookcommand.h"
#include "common/findshortcut.h"
#include "common/tableselection.h"
#include "common/bookdocument.h"
#include "common/icons.h"
#include "storage/repositories.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sepakat {

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProductModel(this))
    , m_filter(new ProductFilterModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_showInactive(new QCheckBox(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("catalogPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setClearButtonEnabled(true);
    addFindShortcut(this, m_search);
    m_search->addAction(Icons::icon(QStringLiteral("search"), palette()),
                        QLineEdit::LeadingPosition);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_showInactive->setChecked(true);
    m_add->setObjectName(QStringLiteral("addProduct"));
    m_edit->setObjectName(QStringLiteral("editProduct"));
    m_deactivate->setObjectName(QStringLiteral("deactivateProduct"));
    Icons::assign(m_add, QStringLiteral("plus"));
    Icons::assign(m_edit, QStringLiteral("pencil"));
    Icons::assign(m_deactivate, QStringLiteral("circle-off"));

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProductModel::Name, QHeaderView::Stretch);
    m_table->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_showInactive);
    bar->addSpacing(12);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_deactivate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    setTabOrder(m_search, m_showInactive);
    setTabOrder(m_showInactive, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_deactivate);
    setTabOrder(m_deactivate, m_table);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ProductFilterModel::setSearchText);
    connect(m_showInactive, &QCheckBox::toggled, m_filter, &ProductFilterModel::setShowInactive);
    connect(m_add, &QPushButton::clicked, this, &CatalogPage::addProduct);
    connect(m_edit, &QPushButton::clicked, this, &CatalogPage::editCurrent);
    connect(m_deactivate, &QPushButton::clicked, this, &CatalogPage::deactivateCurrent);
    connect(m_table, &QTableView::activated, this, &CatalogPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CatalogPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CatalogPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CatalogPage::updateActions);

    setFocusProxy(m_search);
    retranslate();
    updateActions();
}

void CatalogPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (part == BookDocument::Part::Products)
                reloadWhenShown();
        });
    }
    reloadWhenShown();
}

void CatalogPage::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void CatalogPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void CatalogPage::reload()
{
    m_stale = false;
    const int row = currentSourceRow();
    const QString currentId = row >= 0 ? m_model->product(row).id : QString();
    m_model->setProducts(m_document ? m_document->book().products().all() : QList<Product>());
    select(currentId);
    updateActions();
}

void CatalogPage::retranslate()
{
    m_title->setText(tr("Catalog"));
    m_search->setPlaceholderText(tr("Search SKU, name, unit or benefit"));
    m_showInactive->setText(tr("Show &inactive"));
    m_add->setText(tr("&Add product…"));
    m_edit->setText(tr("&Edit…"));
    m_deactivate->setText(tr("&Deactivate"));
    m_add->setToolTip(tr("Add a product to the catalog (Insert)"));
    m_deactivate->setToolTip(
        tr("Inactive products stay on existing offers but are not offered any more (Delete)"));
    m_model->retranslate();
    updateActions();
}

void CatalogPage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const int row = currentSourceRow();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && row >= 0);
    m_deactivate->setEnabled(writable && row >= 0 && m_model->product(row).active);

    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_document)
        m_summary->setText(tr("No deal book is open."));
    else if (total == 0)
        m_summary->setText(writable ? tr("The catalog is empty. Add the products you sell.")
                                    : tr("The catalog is empty."));
    else if (shown == total)
        m_summary->setText(tr("%n product(s)", nullptr, total));
    else
        m_summary->setText(tr("%1 of %n product(s) shown", nullptr, total).arg(shown));
}

int CatalogPage::currentSourceRow() const
{
    return selectedSourceRow(m_table, m_filter);
}

void CatalogPage::select(const QString &productId)
{
    const int row = productId.isEmpty() ? -1 : m_model->rowOf(productId);
    if (row >= 0)
        selectSourceIndex(m_table, m_filter, m_model->index(row, ProductModel::Name));
}

QString CatalogPage::runDialog(const Product &product)
{
    std::optional<Product> before;
    if (!product.id.isEmpty())
        before = product;
    QString savedId;
    ProductDialog dialog(
        product, saveFromDialog(m_document.data(), before, &BookCommand::saveProduct, &savedId),
        this);
    dialog.exec();
    return savedId;
}

void CatalogPage::addProduct()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString currency = m_document->book().settings().load().currency;
    Product product;
    product.unitPrice = Money::zero(currency);
    product.unitCost = Money::zero(currency);
    select(runDialog(product));
}

void CatalogPage::editCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_document || m_document->isReadOnly())
        return;
    runDialog(m_model->product(row));
}

void CatalogPage::deactivateCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_document || m_document->isReadOnly())
        return;
    const Product before = m_model->product(row);
    if (!before.active)
        return;
    Product after = before;
    after.active = false;
    const Status status = m_document->execute(BookCommand::saveProduct(m_document, before, after));
    if (!status)
        QMessageBox::warning(this, tr("Product not deactivated"), status.errorMessage());
}

void CatalogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        Icons::refresh(this);
    QWidget::changeEvent(event);
}

bool CatalogPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            deactivateCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addProduct();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Sepakat
