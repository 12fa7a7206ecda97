#include "customers/customerdialog.h"

#include "common/icons.h"
#include "customers/contactsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

// A table that can hand a cell still being typed in to the model: Save must not lose it.
class ContactTableView final : public QTableView
{
public:
    using QTableView::QTableView;

    void commitOpenEditor()
    {
        if (state() != EditingState)
            return;
        const auto editors = viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *editor : editors) {
            if (editor->isVisible())
                commitData(editor);
        }
    }
};

QPlainTextEdit *shortText(const QString &text, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

CustomerDialog::CustomerDialog(const Customer &customer, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_customer(customer)
    , m_submit(std::move(submit))
    , m_name(new QLineEdit(customer.name, this))
    , m_industry(new QLineEdit(customer.industry, this))
    , m_size(new QComboBox(this))
    , m_address(shortText(customer.address, 2, this))
    , m_city(new QLineEdit(customer.city, this))
    , m_country(new QLineEdit(customer.country, this))
    , m_notes(shortText(customer.notes, 2, this))
    , m_contacts(new ContactsModel(this))
    , m_contactTable(new ContactTableView(this))
    , m_addContact(new QPushButton(tr("Add &contact"), this))
    , m_removeContact(new QPushButton(tr("&Remove contact"), this))
    , m_generalError(InlineErrors::makeMessageLabel(this, QStringLiteral("generalError")))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(customer.id.isEmpty() ? tr("Add customer") : tr("Edit customer"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_industry->setObjectName(QStringLiteral("industryEdit"));
    m_size->setObjectName(QStringLiteral("sizeCombo"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_contactTable->setObjectName(QStringLiteral("contactTable"));
    m_addContact->setObjectName(QStringLiteral("addContact"));
    m_removeContact->setObjectName(QStringLiteral("removeContact"));
    Icons::assign(m_addContact, QStringLiteral("user-plus"));
    Icons::assign(m_removeContact, QStringLiteral("trash-2"));

    for (const CompanySize size : {CompanySize::Unknown, CompanySize::Small, CompanySize::Medium,
                                   CompanySize::Large, CompanySize::Enterprise})
        m_size->addItem(companySizeName(size), static_cast<int>(size));
    m_size->setCurrentIndex(m_size->findData(static_cast<int>(customer.size)));
    m_country->setPlaceholderText(tr("e.g. ID, SG"));
    m_notes->setPlaceholderText(tr("Internal: never shown to the customer"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, QStringLiteral("name"), tr("&Name:"), m_name);
    m_errors.addRow(form, QStringLiteral("industry"), tr("&Industry:"), m_industry);
    m_errors.addRow(form, QStringLiteral("size"), tr("Si&ze:"), m_size);
    m_errors.addRow(form, QStringLiteral("address"), tr("A&ddress:"), m_address);
    m_errors.addRow(form, QStringLiteral("city"), tr("Ci&ty:"), m_city);
    m_errors.addRow(form, QStringLiteral("country"), tr("C&ountry:"), m_country);
    m_errors.addRow(form, QStringLiteral("notes"), tr("No&tes:"), m_notes);

    m_contacts->setContacts(customer.contacts);
    m_contactTable->setModel(m_contacts);
    m_contactTable->verticalHeader()->hide();
    m_contactTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    m_contactTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contactTable->setMinimumHeight(m_contactTable->fontMetrics().lineSpacing() * 7);
    m_contactTable->installEventFilter(this);
    QLabel *contactErrors = InlineErrors::makeMessageLabel(this, QStringLiteral("error_contacts"));
    m_errors.addLabel(QStringLiteral("contacts"), contactErrors, m_contactTable);

    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_addContact);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch(1);
    auto *contactsBox = new QGroupBox(tr("Contacts"), this);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->addWidget(m_contactTable, 1);
    contactsLayout->addWidget(contactErrors);
    contactsLayout->addLayout(contactButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    connect(m_addContact, &QPushButton::clicked, this, &CustomerDialog::addContact);
    connect(m_removeContact, &QPushButton::clicked, this, &CustomerDialog::removeContact);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(contactsBox, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(660);
    // Return in a table cell commits the cell; it must not save the whole dialog by accident.
    m_addContact->setAutoDefault(false);
    m_removeContact->setAutoDefault(false);
}

void CustomerDialog::addContact()
{
    const int row = m_contacts->addContact();
    const QModelIndex index = m_contacts->index(row, ContactsModel::Name);
    m_contactTable->setCurrentIndex(index);
    m_contactTable->edit(index);
}

void CustomerDialog::removeContact()
{
    const QModelIndex current = m_contactTable->currentIndex();
    if (current.isValid())
        m_contacts->removeContact(current.row());
}

void CustomerDialog::accept()
{
    static_cast<ContactTableView *>(m_contactTable)->commitOpenEditor();
    Customer edited = m_customer;
    edited.name = m_name->text().trimmed();
    edited.industry = m_industry->text().trimmed();
    edited.size = static_cast<CompanySize>(m_size->currentData().toInt());
    edited.address = m_address->toPlainText().trimmed();
    edited.city = m_city->text().trimmed();
    edited.country = m_country->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    edited.contacts = m_contacts->contacts();
    if (!m_errors.show(edited.validate()))
        return;
    const Status saved = m_submit ? m_submit(edited) : Status::success();
    if (!saved) {
        m_errors.show({FieldError{saved.error().field, saved.errorMessage()}});
        return;
    }
    m_customer = edited;
    QDialog::accept();
}

bool CustomerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_contactTable && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeContact();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Sepakat
