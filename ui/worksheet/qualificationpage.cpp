#include "worksheet/qualificationpage.h"

#include "common/bookcommand.h"
#include "common/bookdocument.h"
#include "common/teardown.h"
#include "customers/customerdialog.h"
#include "deal/dealform.h"
#include "negotiation/qualificationverdict.h"
#include "storage/repositories.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

enum ContactColumn { ContactName, ContactRole, ContactColumnCount };

constexpr int kMaximumScore = 3;
constexpr int kPageMaximumWidth = 760;

} // namespace

QualificationPage::~QualificationPage()
{
    // Closing moves the focus out of a note field; that is no edit to save into a half-gone page.
    disconnectFromChildren(this);
}

QualificationPage::QualificationPage(QWidget *parent)
    : QWidget(parent)
    , m_fitBox(new QGroupBox(this))
    , m_fit(new QLabel(m_fitBox))
    , m_verdict(new QLabel(m_fitBox))
    , m_contactsBox(new QGroupBox(this))
    , m_contacts(new QTableWidget(0, ContactColumnCount, m_contactsBox))
    , m_noContacts(new QLabel(m_contactsBox))
    , m_editCustomer(new QPushButton(m_contactsBox))
    , m_dealBox(new QGroupBox(this))
    , m_dealForm(new DealForm(m_dealBox))
{
    m_fit->setObjectName(QStringLiteral("fitScoreLabel"));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_editCustomer->setObjectName(QStringLiteral("editCustomerButton"));
    QFont fitFont = m_fit->font();
    fitFont.setPointSizeF(fitFont.pointSizeF() * 1.6);
    fitFont.setBold(true);
    m_fit->setFont(fitFont);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setWordWrap(true);

    const std::array<std::pair<int Qualification::*, QString Qualification::*>, 4> members{{
        {&Qualification::budget, &Qualification::budgetNote},
        {&Qualification::authority, &Qualification::authorityNote},
        {&Qualification::need, &Qualification::needNote},
        {&Qualification::timing, &Qualification::timingNote},
    }};
    const std::array<QString, 4> names{QStringLiteral("budget"), QStringLiteral("authority"),
                                       QStringLiteral("need"), QStringLiteral("timing")};
    auto *grid = new QGridLayout;
    grid->setColumnStretch(3, 1);
    auto *fitRow = new QHBoxLayout;
    fitRow->addWidget(m_fit);
    fitRow->addWidget(m_verdict, 1);
    auto *fitLayout = new QVBoxLayout(m_fitBox);
    fitLayout->addLayout(fitRow);
    fitLayout->addLayout(grid);
    for (size_t i = 0; i < m_dimensions.size(); ++i) {
        Dimension &d = m_dimensions[i];
        d.label = new QLabel(m_fitBox);
        d.score = new QSpinBox(m_fitBox);
        d.level = new QLabel(m_fitBox);
        d.note = new QLineEdit(m_fitBox);
        d.value = members[i].first;
        d.noteText = members[i].second;
        d.score->setObjectName(names[i] + QStringLiteral("Score"));
        d.note->setObjectName(names[i] + QStringLiteral("Note"));
        d.score->setRange(0, kMaximumScore);
        d.label->setBuddy(d.score);
        d.level->setForegroundRole(QPalette::PlaceholderText);
        d.level->setMinimumWidth(d.level->fontMetrics().horizontalAdvance(QStringLiteral("Confirmed")));
        const int row = static_cast<int>(i);
        grid->addWidget(d.label, row, 0);
        grid->addWidget(d.score, row, 1);
        grid->addWidget(d.level, row, 2);
        grid->addWidget(d.note, row, 3);
        connect(d.score, &QSpinBox::valueChanged, this, [this, member = d.value](int value) {
            if (!m_deal || m_showing)
                return;
            Qualification after = m_deal->qualification;
            after.*member = value;
            saveQualification(after);
        });
        connect(d.note, &QLineEdit::editingFinished, this, [this, &d] {
            if (!m_deal)
                return;
            Qualification after = m_deal->qualification;
            after.*d.noteText = d.note->text().trimmed();
            saveQualification(after);
        });
    }

    m_contacts->verticalHeader()->hide();
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactName,
                                                         QHeaderView::ResizeToContents);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_contacts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_noContacts->setWordWrap(true);
    m_noContacts->setForegroundRole(QPalette::PlaceholderText);
    auto *contactsLayout = new QVBoxLayout(m_contactsBox);
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addWidget(m_noContacts);
    contactsLayout->addWidget(m_editCustomer, 0, Qt::AlignLeft);
    connect(m_contacts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_showing && item->column() == ContactRole)
            saveContactRole(item->row(), item->text().trimmed());
    });
    connect(m_editCustomer, &QPushButton::clicked, this, &QualificationPage::editCustomer);

    auto *dealLayout = new QVBoxLayout(m_dealBox);
    dealLayout->addWidget(m_dealForm);

    auto *content = new QWidget(this);
    content->setMaximumWidth(kPageMaximumWidth);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_fitBox);
    contentLayout->addWidget(m_contactsBox);
    contentLayout->addWidget(m_dealBox);
    contentLayout->addStretch(1);
    auto *holder = new QWidget(this);
    auto *holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(content, 1, Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dealScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setFocusProxy(m_dimensions[0].score);
    retranslate();
}

void QualificationPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    m_deal.reset();
    m_customer.reset();
    m_dealForm->setDocument(document);
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (!m_dealId.isEmpty()
                && (part == BookDocument::Part::Deals || part == BookDocument::Part::Customers))
                reload();
        });
    }
    showDeal();
}

bool QualificationPage::openDeal(const QString &dealId)
{
    if (!m_document || !m_dealForm->openDeal(dealId))
        return false;
    m_dealId = dealId;
    reload();
    return true;
}

void QualificationPage::reload()
{
    m_deal = m_document ? m_document->book().deals().find(m_dealId) : std::nullopt;
    m_customer = m_deal ? m_document->book().customers().find(m_deal->customerId) : std::nullopt;
    if (!m_deal)
        m_dealId.clear();
    showDeal();
}

void QualificationPage::showDeal()
{
    const bool editable = m_deal && m_document && !m_document->isReadOnly();
    m_showing = true;
    const Qualification q = m_deal ? m_deal->qualification : Qualification();
    for (Dimension &d : m_dimensions) {
        d.score->setValue(q.*d.value);
        d.score->setEnabled(editable);
        d.note->setText(q.*d.noteText);
        d.note->setReadOnly(!editable);
        switch (q.*d.value) {
        case 0:
            d.level->setText(tr("Unknown"));
            break;
        case 1:
            d.level->setText(tr("Weak"));
            break;
        case 2:
            d.level->setText(tr("Likely"));
            break;
        default:
            d.level->setText(tr("Confirmed"));
            break;
        }
    }
    const QualificationVerdict verdict = qualificationVerdict(q);
    m_fit->setText(tr("%1 %").arg(verdict.percent));
    m_fit->setToolTip(tr("Fit score %1 of 12").arg(verdict.score));
    m_verdict->setText(verdictText(verdict));
    m_editCustomer->setEnabled(editable && m_customer);
    m_contacts->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                               | QAbstractItemView::EditKeyPressed
                                               | QAbstractItemView::AnyKeyPressed
                                         : QAbstractItemView::NoEditTriggers);
    m_showing = false;
    showContacts();
}

void QualificationPage::showContacts()
{
    m_showing = true;
    const QList<Contact> contacts = m_customer ? m_customer->contacts : QList<Contact>();
    m_contacts->setRowCount(static_cast<int>(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const Contact &contact = contacts.at(row);
        auto *name = new QTableWidgetItem(contact.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setToolTip(QStringList{contact.email, contact.phone}.join(u' ').trimmed());
        m_contacts->setItem(row, ContactName, name);
        m_contacts->setItem(row, ContactRole, new QTableWidgetItem(contact.role));
    }
    m_contacts->setVisible(!contacts.isEmpty());
    m_noContacts->setVisible(contacts.isEmpty());
    m_showing = false;
}

void QualificationPage::saveQualification(const Qualification &after)
{
    if (!m_deal || !m_document || after == m_deal->qualification)
        return;
    const Deal before = *m_deal;
    Deal changed = before;
    changed.qualification = after;
    const Status saved = m_document->execute(BookCommand::saveDeal(m_document, before, changed));
    if (!saved) {
        m_verdict->setText(saved.errorMessage());
        showDeal();
    }
}

void QualificationPage::saveContactRole(int row, const QString &role)
{
    if (!m_customer || !m_document || row < 0 || row >= m_customer->contacts.size()
        || m_customer->contacts.at(row).role == role)
        return;
    const Customer before = *m_customer;
    Customer after = before;
    after.contacts[row].role = role;
    const Status saved = m_document->execute(BookCommand::saveCustomer(m_document, before, after));
    if (!saved) {
        m_noContacts->setText(saved.errorMessage());
        m_noContacts->show();
        showContacts();
    }
}

void QualificationPage::editCustomer()
{
    if (!m_customer || !m_document)
        return;
    CustomerDialog dialog(
        *m_customer,
        saveFromDialog<Customer>(m_document.data(), *m_customer, &BookCommand::saveCustomer),
        this);
    dialog.exec();
}

void QualificationPage::retranslate()
{
    m_fitBox->setTitle(tr("Fit"));
    m_dimensions[0].label->setText(tr("&Budget:"));
    m_dimensions[1].label->setText(tr("&Authority:"));
    m_dimensions[2].label->setText(tr("&Need:"));
    m_dimensions[3].label->setText(tr("T&iming:"));
    m_dimensions[0].note->setPlaceholderText(tr("Is money set aside? How much?"));
    m_dimensions[1].note->setPlaceholderText(tr("Who decides, who signs?"));
    m_dimensions[2].note->setPlaceholderText(tr("What problem must be solved?"));
    m_dimensions[3].note->setPlaceholderText(tr("By when must it be in place?"));
    for (Dimension &d : m_dimensions)
        d.score->setToolTip(tr("0 unknown, 1 weak, 2 likely, 3 confirmed"));
    m_contactsBox->setTitle(tr("Key contacts"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Role in the decision")});
    m_noContacts->setText(tr("No contacts yet: add them to the customer."));
    m_editCustomer->setText(tr("Edit customer and contacts…"));
    m_dealBox->setTitle(tr("Deal"));
    showDeal();
}

void QualificationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
