#include "customers/customerspage.h"

#include "common/bookcommand.h"
#include "common/confirm.h"
#include "common/findshortcut.h"
#include "common/tableselection.h"
#include "common/bookdocument.h"
#include "common/icons.h"
#include "customers/customerdialog.h"
#include "customers/customermodel.h"
#include "storage/repositories.h"

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

CustomersPage::CustomersPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomerModel(this))
    , m_filter(new CustomerFilterModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    addFindShortcut(this, m_search);
    m_search->addAction(Icons::icon(QStringLiteral("search"), palette()),
                        QLineEdit::LeadingPosition);
    m_add->setObjectName(QStringLiteral("addCustomer"));
    m_edit->setObjectName(QStringLiteral("editCustomer"));
    m_delete->setObjectName(QStringLiteral("deleteCustomer"));
    Icons::assign(m_add, QStringLiteral("user-plus"));
    Icons::assign(m_edit, QStringLiteral("pencil"));
    Icons::assign(m_delete, QStringLiteral("trash-2"));

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CustomerModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(CustomerModel::Contacts, QHeaderView::Stretch);
    header->resizeSection(CustomerModel::Industry, 160);
    header->resizeSection(CustomerModel::City, 130);
    header->resizeSection(CustomerModel::Country, 80);
    m_table->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    setTabOrder(m_search, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_delete);
    setTabOrder(m_delete, m_table);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateActions();
    });
    connect(m_add, &QPushButton::clicked, this, &CustomersPage::addCustomer);
    connect(m_edit, &QPushButton::clicked, this, &CustomersPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CustomersPage::deleteCurrent);
    connect(m_table, &QTableView::activated, this, &CustomersPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateActions);

    setFocusProxy(m_search);
    retranslate();
}

void CustomersPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (part == BookDocument::Part::Customers)
                reloadWhenShown();
        });
    }
    reloadWhenShown();
}

void CustomersPage::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void CustomersPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void CustomersPage::reload()
{
    m_stale = false;
    const int row = currentSourceRow();
    const QString currentId = row >= 0 ? m_model->customer(row).id : QString();
    m_model->setCustomers(m_document ? m_document->book().customers().all() : QList<Customer>());
    select(currentId);
    updateActions();
}

void CustomersPage::retranslate()
{
    m_title->setText(tr("Customers"));
    m_search->setPlaceholderText(tr("Search name, city, industry or contact"));
    m_add->setText(tr("&Add customer…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_add->setToolTip(tr("Add a customer (Insert)"));
    m_delete->setToolTip(tr("Delete the selected customer (Delete)"));
    m_model->retranslate();
    updateActions();
}

void CustomersPage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool selected = currentSourceRow() >= 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);

    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_document)
        m_summary->setText(tr("No deal book is open."));
    else if (total == 0)
        m_summary->setText(writable ? tr("No customers yet. Add the first one.")
                                    : tr("No customers yet."));
    else if (shown == total)
        m_summary->setText(tr("%n customer(s)", nullptr, total));
    else
        m_summary->setText(tr("%1 of %n customer(s) shown", nullptr, total).arg(shown));
}

int CustomersPage::currentSourceRow() const
{
    return selectedSourceRow(m_table, m_filter);
}

void CustomersPage::select(const QString &customerId)
{
    const int row = customerId.isEmpty() ? -1 : m_model->rowOf(customerId);
    if (row >= 0)
        selectSourceIndex(m_table, m_filter, m_model->index(row, CustomerModel::Name));
}

QString CustomersPage::runDialog(const Customer &customer)
{
    std::optional<Customer> before;
    if (!customer.id.isEmpty())
        before = customer;
    QString savedId;
    CustomerDialog dialog(
        customer, saveFromDialog(m_document.data(), before, &BookCommand::saveCustomer, &savedId),
        this);
    dialog.exec();
    return savedId;
}

void CustomersPage::addCustomer()
{
    if (!m_document || m_document->isReadOnly())
        return;
    select(runDialog(Customer{}));
}

void CustomersPage::editCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_document || m_document->isReadOnly())
        return;
    runDialog(m_model->customer(row));
}

void CustomersPage::deleteCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_document || m_document->isReadOnly())
        return;
    const Customer customer = m_model->customer(row);
    if (!confirmAction(
            this, tr("Delete customer"),
            tr("Delete “%1” and their contacts? You can undo this with Ctrl+Z.").arg(customer.name),
            tr("Delete")))
        return;
    const Status status = m_document->execute(BookCommand::removeCustomer(m_document, customer));
    if (!status)
        QMessageBox::information(this, tr("Customer not deleted"), status.errorMessage());
}

void CustomersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        Icons::refresh(this);
    QWidget::changeEvent(event);
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
        if (key == Qt::Key_Insert) {
            addCustomer();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Sepakat
