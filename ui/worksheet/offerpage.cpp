#include "worksheet/offerpage.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "common/teardown.h"
#include "deal/dealfields.h"
#include "negotiation/roundcomparison.h"
#include "storage/repositories.h"
#include "util/clock.h"
#include "util/uuid.h"
#include "worksheet/offercommand.h"
#include "worksheet/offerlinesmodel.h"
#include "worksheet/offerstatusbar.h"
#include "worksheet/offertotalspanel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Sepakat {

namespace {

const QString kLines = QStringLiteral("lines");
const QString kDocumentDiscount = QStringLiteral("documentDiscount");
const QString kTax = QStringLiteral("tax");
const QString kPaymentDays = QStringLiteral("terms.paymentDays");
const QString kDeliveryDays = QStringLiteral("terms.deliveryDays");
const QString kSupport = QStringLiteral("terms.support");
const QString kWarranty = QStringLiteral("terms.warrantyMonths");
const QString kContract = QStringLiteral("terms.contractMonths");
const QString kValidUntil = QStringLiteral("validUntil");

constexpr SupportLevel kSupportLevels[] = {SupportLevel::None, SupportLevel::Standard,
                                           SupportLevel::Priority, SupportLevel::Dedicated};
// A new offer is valid this long unless the salesperson says otherwise.
constexpr int kDefaultValidityDays = 30;
// Below this width the totals go under the terms instead of beside them.
constexpr int kTwoColumnWidth = 760;

QSpinBox *termSpin(QWidget *parent, const QString &objectName)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 3650);
    spin->setKeyboardTracking(false);
    return spin;
}

} // namespace

OfferPage::OfferPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(m_stack))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyHint(new QLabel(m_empty))
    , m_createOffer(new QPushButton(m_empty))
    , m_content(new QWidget(m_stack))
    , m_roundLabel(new QLabel(m_content))
    , m_round(new QComboBox(m_content))
    , m_status(new QLabel(m_content))
    , m_newRound(new QPushButton(m_content))
    , m_statusBar(new OfferStatusBar(m_content))
    , m_hint(new QLabel(m_content))
    , m_addLine(new QPushButton(m_content))
    , m_product(new QComboBox(m_content))
    , m_addProduct(new QPushButton(m_content))
    , m_removeLine(new QPushButton(m_content))
    , m_linesModel(new OfferLinesModel(this))
    , m_lines(new QTableView(m_content))
    , m_linesError(InlineErrors::makeMessageLabel(m_content, QStringLiteral("error_lines")))
    , m_form(new QWidget(m_content))
    , m_documentDiscount(new QLineEdit(m_form))
    , m_tax(new QLineEdit(m_form))
    , m_paymentDays(termSpin(m_form, QStringLiteral("paymentDaysSpin")))
    , m_deliveryDays(termSpin(m_form, QStringLiteral("deliveryDaysSpin")))
    , m_support(new QComboBox(m_form))
    , m_warrantyMonths(termSpin(m_form, QStringLiteral("warrantyMonthsSpin")))
    , m_contractMonths(termSpin(m_form, QStringLiteral("contractMonthsSpin")))
    , m_validUntil(new QDateEdit(m_form))
    , m_generalError(InlineErrors::makeMessageLabel(m_content, QStringLiteral("generalError")))
    , m_errors(m_generalError)
    , m_totals(new OfferTotalsPanel(m_content))
    , m_comparisonTitle(new QLabel(m_content))
    , m_comparison(new QListWidget(m_content))
{
    setObjectName(QStringLiteral("offerPage"));
    m_empty->setObjectName(QStringLiteral("noOffer"));
    m_emptyTitle->setObjectName(QStringLiteral("noOfferTitle"));
    m_createOffer->setObjectName(QStringLiteral("createOfferButton"));
    m_round->setObjectName(QStringLiteral("roundCombo"));
    m_status->setObjectName(QStringLiteral("roundStatus"));
    m_newRound->setObjectName(QStringLiteral("newRoundButton"));
    m_hint->setObjectName(QStringLiteral("offerHint"));
    m_addLine->setObjectName(QStringLiteral("addLineButton"));
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_addProduct->setObjectName(QStringLiteral("addProductButton"));
    m_removeLine->setObjectName(QStringLiteral("removeLineButton"));
    m_lines->setObjectName(QStringLiteral("linesView"));
    m_documentDiscount->setObjectName(QStringLiteral("documentDiscountEdit"));
    m_tax->setObjectName(QStringLiteral("taxEdit"));
    m_support->setObjectName(QStringLiteral("supportCombo"));
    m_validUntil->setObjectName(QStringLiteral("validUntilEdit"));
    m_comparison->setObjectName(QStringLiteral("comparisonList"));

    m_lines->setModel(m_linesModel);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_lines->setTabKeyNavigation(false);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(OfferLinesModel::Description,
                                                      QHeaderView::Stretch);
    m_lines->setMinimumHeight(m_lines->fontMetrics().height() * 8);
    m_comparison->setWordWrap(true);
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setFocusPolicy(Qt::NoFocus);
    m_comparison->setMinimumHeight(m_comparison->fontMetrics().height() * 5);
    for (QLineEdit *edit : {m_documentDiscount, m_tax}) {
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("100,00 %"))
                              + 24);
    }
    for (const SupportLevel level : kSupportLevels)
        m_support->addItem(QString(), static_cast<int>(level));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_comparisonTitle->font();
    bold.setBold(true);
    m_comparisonTitle->setFont(bold);
    DealFields::setUpDateEdit(m_validUntil);

    buildLayout();
    connectEdits();
    retranslate();
    setEditable(false);
}

OfferPage::~OfferPage()
{
    // Closing moves the focus out of a field; that is no edit to save into a half-gone page.
    disconnectFromChildren(this);
}

void OfferPage::buildLayout()
{
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addWidget(m_createOffer, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, kDocumentDiscount, QString(), m_documentDiscount);
    m_errors.addRow(form, kTax, QString(), m_tax);
    m_errors.addRow(form, kPaymentDays, QString(), m_paymentDays);
    m_errors.addRow(form, kDeliveryDays, QString(), m_deliveryDays);
    m_errors.addRow(form, kSupport, QString(), m_support);
    m_errors.addRow(form, kWarranty, QString(), m_warrantyMonths);
    m_errors.addRow(form, kContract, QString(), m_contractMonths);
    m_errors.addRow(form, kValidUntil, QString(), m_validUntil);
    m_errors.addLabel(kLines, m_linesError, m_lines);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addStretch(1);

    auto *side = new QVBoxLayout;
    side->addWidget(m_totals);
    side->addSpacing(8);
    side->addWidget(m_comparisonTitle);
    side->addWidget(m_comparison, 1);

    auto *bottom = new QBoxLayout(QBoxLayout::LeftToRight);
    m_bottom = bottom;
    bottom->addWidget(m_form, 1);
    bottom->addSpacing(12);
    bottom->addLayout(side, 1);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_product, 1);
    lineButtons->addWidget(m_addProduct);
    lineButtons->addStretch(0);
    lineButtons->addWidget(m_removeLine);

    auto *body = new QWidget(m_content);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(lineButtons);
    bodyLayout->addWidget(m_lines, 1);
    bodyLayout->addWidget(m_linesError);
    bodyLayout->addLayout(bottom);
    bodyLayout->addWidget(m_generalError);
    auto *scroll = new QScrollArea(m_content);
    scroll->setObjectName(QStringLiteral("offerScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);

    auto *top = new QHBoxLayout;
    top->addWidget(m_roundLabel);
    top->addWidget(m_round);
    top->addWidget(m_status, 1);
    top->addWidget(m_newRound);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_statusBar);
    contentLayout->addWidget(m_hint);
    contentLayout->addWidget(scroll, 1);
    m_roundLabel->setBuddy(m_round);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
}

void OfferPage::connectEdits()
{
    connect(m_createOffer, &QPushButton::clicked, this, &OfferPage::createFirstOffer);
    connect(m_newRound, &QPushButton::clicked, this, &OfferPage::startNewRound);
    connect(m_addLine, &QPushButton::clicked, this, [this] { addLine(std::nullopt); });
    connect(m_addProduct, &QPushButton::clicked, this, [this] {
        if (!m_document || m_product->currentIndex() < 0)
            return;
        addLine(m_document->book().products().find(m_product->currentData().toString()));
    });
    connect(m_removeLine, &QPushButton::clicked, this, &OfferPage::removeLine);
    connect(m_round, &QComboBox::activated, this, [this] {
        m_selectedVersion = m_round->currentData().toInt();
        m_errors.clear();
        showRound();
    });

    const auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] {
        if (m_newRound->isEnabled())
            startNewRound();
    });
    const auto addFree = [this] {
        if (m_addLine->isEnabled() && m_stack->currentWidget() == m_content)
            addLine(std::nullopt);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, addFree);
    shortcut(QKeySequence(Qt::Key_Insert), this, addFree);
    shortcut(QKeySequence(QKeySequence::Delete), m_lines, [this] {
        if (m_removeLine->isEnabled())
            removeLine();
    });

    // Direct: an edited line keeps its id, so the model refills in place (no reset) even from
    // within the view's own setData.
    connect(m_linesModel, &OfferLinesModel::editRequested, this, &OfferPage::saveLine);
    connect(m_linesModel, &OfferLinesModel::inputRefused, this, &OfferPage::refuse);
    connect(m_lines->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { setEditable(m_addLine->isEnabled()); });

    connect(m_documentDiscount, &QLineEdit::editingFinished, this, [this] {
        savePercentage(m_documentDiscount, &Offer::documentDiscountBasisPoints, kDocumentDiscount);
    });
    connect(m_tax, &QLineEdit::editingFinished, this,
            [this] { savePercentage(m_tax, &Offer::taxBasisPoints, kTax); });
    saveTerm(m_paymentDays, &OfferTerms::paymentDays, kPaymentDays);
    saveTerm(m_deliveryDays, &OfferTerms::deliveryDays, kDeliveryDays);
    saveTerm(m_warrantyMonths, &OfferTerms::warrantyMonths, kWarranty);
    saveTerm(m_contractMonths, &OfferTerms::contractMonths, kContract);
    connect(m_support, &QComboBox::activated, this, [this] {
        const Offer *offer = selected();
        if (!offer)
            return;
        Offer after = *offer;
        after.terms.support = static_cast<SupportLevel>(m_support->currentData().toInt());
        save(after, tr("Change the support level"), kSupport);
    });
    connect(m_validUntil, &QDateEdit::editingFinished, this, &OfferPage::saveValidUntil);
    connect(m_validUntil->calendarWidget(), &QCalendarWidget::clicked, this,
            &OfferPage::saveValidUntil);
}

void OfferPage::saveTerm(QSpinBox *spin, int OfferTerms::*member, const QString &field)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, member, field] {
        const Offer *offer = selected();
        if (!offer || spin->isReadOnly())
            return;
        Offer after = *offer;
        after.terms.*member = spin->value();
        save(after, tr("Change the terms"), field);
    });
}

void OfferPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    m_deal.reset();
    m_offers.clear();
    m_statusBar->setDocument(document);
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (m_dealId.isEmpty())
                return;
            if (part == BookDocument::Part::Products)
                fillProducts();
            else if (part != BookDocument::Part::Customers)
                reload();
        });
    }
    showRound();
}

bool OfferPage::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    m_selectedVersion = 0;
    m_errors.clear();
    reload();
    fillProducts();
    return true;
}

void OfferPage::reload()
{
    if (!m_document)
        return;
    m_deal = m_document->book().deals().find(m_dealId);
    m_settings = m_document->book().settings().load();
    m_offers = m_deal ? m_document->book().worksheets().offers(m_dealId) : QList<Offer>();
    const bool known = std::any_of(m_offers.cbegin(), m_offers.cend(), [this](const Offer &o) {
        return o.version == m_selectedVersion;
    });
    if (!known)
        m_selectedVersion = m_offers.isEmpty() ? 0 : m_offers.last().version;
    m_errors.clear();
    showRound();
}

const Offer *OfferPage::selected() const
{
    for (const Offer &offer : m_offers) {
        if (offer.version == m_selectedVersion)
            return &offer;
    }
    return nullptr;
}

bool OfferPage::latestSelected() const
{
    return !m_offers.isEmpty() && m_offers.last().version == m_selectedVersion;
}

void OfferPage::showRound()
{
    const Offer *offer = selected();
    const bool writable = m_document && !m_document->isReadOnly();
    m_stack->setCurrentWidget(offer ? m_content : m_empty);
    m_createOffer->setEnabled(m_deal.has_value() && writable);
    if (!offer) {
        m_linesModel->setOffer(Offer(), {});
        m_statusBar->showOffer(std::nullopt, false);
        setEditable(false);
        return;
    }
    m_statusBar->showOffer(*offer, latestSelected());
    const QLocale locale = Language::locale();
    {
        const QSignalBlocker blocker(m_round);
        m_round->clear();
        for (const Offer &o : std::as_const(m_offers))
            m_round->addItem(tr("Round %1").arg(o.version), o.version);
        m_round->setCurrentIndex(m_round->findData(offer->version));
    }
    m_status->setText(tr("offered %1 · %2")
                          .arg(locale.toString(offer->offerDate, QLocale::ShortFormat),
                               offer->currency));
    const Result<OfferTotals> totals = computeTotals(*offer);
    m_linesModel->setOffer(*offer, totals ? totals->lineSubtotals : QList<Money>());
    m_documentDiscount->setText(formatBasisPoints(offer->documentDiscountBasisPoints, locale));
    m_tax->setText(formatBasisPoints(offer->taxBasisPoints, locale));
    const auto setSpin = [](QSpinBox *spin, int value) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    };
    setSpin(m_paymentDays, offer->terms.paymentDays);
    setSpin(m_deliveryDays, offer->terms.deliveryDays);
    setSpin(m_warrantyMonths, offer->terms.warrantyMonths);
    setSpin(m_contractMonths, offer->terms.contractMonths);
    m_support->setCurrentIndex(m_support->findData(static_cast<int>(offer->terms.support)));
    {
        const QSignalBlocker blocker(m_validUntil);
        // Valid until cannot be before the offer date: the calendar does not even offer it.
        m_validUntil->setMinimumDate(offer->offerDate.isValid() ? offer->offerDate
                                                                : QDate(2000, 1, 1));
        m_validUntil->setDate(offer->validUntil.isValid() ? offer->validUntil
                                                          : offer->offerDate);
    }
    m_totals->showOffer(*offer);
    showComparison();
    // What the customer has is kept as it was: changes go into a new round.
    setEditable(writable && latestSelected() && !isWithCustomer(m_statusBar->status()));
}

void OfferPage::showComparison()
{
    m_comparison->clear();
    const Offer *offer = selected();
    const Offer *previous = nullptr;
    for (const Offer &o : std::as_const(m_offers)) {
        if (offer && o.version < offer->version)
            previous = &o;
    }
    if (!offer || !previous) {
        m_comparisonTitle->setText(tr("Changes since the round before"));
        m_comparison->addItem(tr("This is the first round: nothing to compare with yet."));
        return;
    }
    m_comparisonTitle->setText(tr("Changes since round %1").arg(previous->version));
    const Result<RoundComparison> comparison =
        compareRounds(*previous, *offer, Language::locale());
    if (!comparison) {
        m_comparison->addItem(comparison.errorMessage());
        return;
    }
    for (const OfferChange &change : comparison->changes)
        m_comparison->addItem(change.description);
    if (comparison->changes.isEmpty())
        m_comparison->addItem(tr("Nothing has changed yet."));
}

void OfferPage::fillProducts()
{
    const QString current = m_product->currentData().toString();
    const QSignalBlocker blocker(m_product);
    m_product->clear();
    if (!m_document || !m_deal)
        return;
    const Offer *offer = selected();
    const QString currency = offer ? offer->currency : m_deal->currency();
    const QLocale locale = Language::locale();
    for (const Product &product : m_document->book().products().all()) {
        // A line must be in the offer's currency; other products could only be refused.
        if (!product.active || product.unitPrice.currency() != currency)
            continue;
        m_product->addItem(tr("%1 — %2").arg(product.name, product.unitPrice.format(locale)),
                           product.id);
    }
    m_product->setCurrentIndex(qMax(0, m_product->findData(current)));
    m_product->setPlaceholderText(tr("No catalog products in %1").arg(currency));
    setEditable(m_addLine->isEnabled());
}

void OfferPage::setEditable(bool editable)
{
    m_linesModel->setEditable(editable);
    m_newRound->setEnabled(m_document && !m_document->isReadOnly() && !m_offers.isEmpty());
    m_addLine->setEnabled(editable);
    m_product->setEnabled(editable && m_product->count() > 0);
    m_addProduct->setEnabled(editable && m_product->count() > 0);
    m_removeLine->setEnabled(editable && m_lines->currentIndex().isValid());
    for (QLineEdit *edit : {m_documentDiscount, m_tax})
        edit->setReadOnly(!editable);
    for (QSpinBox *spin : {m_paymentDays, m_deliveryDays, m_warrantyMonths, m_contractMonths})
        spin->setReadOnly(!editable);
    m_support->setEnabled(editable);
    m_validUntil->setReadOnly(!editable);
    if (m_document && m_document->isReadOnly())
        m_hint->setText(tr("This deal book is open read-only: the offer can be read, not changed."));
    else if (!m_offers.isEmpty() && !latestSelected())
        m_hint->setText(tr("Round %1 stays as it was offered. Changes go into the latest round.")
                            .arg(m_selectedVersion));
    else if (!m_offers.isEmpty() && isWithCustomer(m_statusBar->status()))
        m_hint->setText(tr("Round %1 is with the customer and stays as it was sent. Ctrl+Shift+R "
                           "starts a new round from it.")
                            .arg(m_selectedVersion));
    else
        m_hint->setText(tr("Each change is saved at once; Ctrl+Z undoes it. Insert adds a line, "
                           "Ctrl+Shift+R starts a new round."));
}

void OfferPage::createFirstOffer()
{
    if (!m_document || !m_deal || !m_offers.isEmpty())
        return;
    const QDate today = Clock::current().today();
    Offer offer;
    offer.id = newId();
    offer.dealId = m_dealId;
    offer.version = 1;
    offer.currency = m_deal->currency().isEmpty() ? m_settings.currency : m_deal->currency();
    offer.taxBasisPoints = m_settings.defaultTaxBasisPoints;
    offer.offerDate = today;
    offer.validUntil = today.addDays(kDefaultValidityDays);
    offer.createdAt = Clock::current().now();
    m_selectedVersion = 1;
    if (save(offer, tr("Create the first offer")))
        m_addLine->setFocus();
}

void OfferPage::startNewRound()
{
    if (!m_document || m_offers.isEmpty())
        return;
    const Offer &latest = m_offers.last();
    const QDate today = Clock::current().today();
    Offer round = latest;
    round.id = newId();
    round.version = latest.version + 1;
    round.status = OfferStatus::Draft;
    for (OfferLine &line : round.lines)
        line.id = newId();
    // The new round keeps the validity period the last one had, counted from today.
    const qint64 validity = latest.offerDate.isValid() && latest.validUntil.isValid()
                                ? qMax<qint64>(0, latest.offerDate.daysTo(latest.validUntil))
                                : kDefaultValidityDays;
    round.offerDate = today;
    round.validUntil = today.addDays(validity);
    round.createdAt = Clock::current().now();
    const int previousSelection = m_selectedVersion;
    m_selectedVersion = round.version;
    if (!save(round, tr("Start round %1").arg(round.version)))
        m_selectedVersion = previousSelection;
}

void OfferPage::addLine(const std::optional<Product> &product)
{
    const Offer *offer = selected();
    if (!offer || !latestSelected())
        return;
    Offer after = *offer;
    OfferLine line;
    line.id = newId();
    if (product) {
        line.productId = product->id;
        line.description = product->name;
        line.unitPrice = product->unitPrice;
        if (product->unitCost.currency() == offer->currency)
            line.unitCost = product->unitCost;
    } else {
        line.description = tr("New line");
        line.unitPrice = Money::zero(offer->currency);
    }
    after.lines.append(line);
    if (!save(after, tr("Add line “%1”").arg(line.description)))
        return;
    const int row = int(after.lines.size()) - 1;
    const QModelIndex index = m_linesModel->index(
        row, product ? OfferLinesModel::Quantity : OfferLinesModel::Description);
    m_lines->setCurrentIndex(index);
    m_lines->setFocus();
    if (!product)
        m_lines->edit(index);
}

void OfferPage::removeLine()
{
    const Offer *offer = selected();
    const int row = m_lines->currentIndex().row();
    if (!offer || row < 0 || row >= offer->lines.size())
        return;
    Offer after = *offer;
    const OfferLine removed = after.lines.takeAt(row);
    save(after, tr("Remove line “%1”").arg(removed.description));
}

void OfferPage::saveLine(int row, const OfferLine &line, const QString &field)
{
    const Offer *offer = selected();
    if (!offer || row < 0 || row >= offer->lines.size() || offer->lines.at(row).id != line.id)
        return;
    Offer after = *offer;
    after.lines[row] = line;
    // The key names the line by id: rows shift when lines come and go.
    const QString mergeKey = field.section(u'.', 1).prepend(line.id + u'.');
    save(after, tr("Edit line “%1”").arg(line.description), mergeKey);
}

void OfferPage::savePercentage(QLineEdit *edit, qint64 Offer::*member, const QString &field)
{
    const Offer *offer = selected();
    if (!offer || edit->isReadOnly())
        return;
    const Result<qint64> value = parseBasisPoints(edit->text(), Language::locale());
    if (!value) {
        refuse(field, value.errorMessage());
        return;
    }
    Offer after = *offer;
    after.*member = *value;
    save(after, field == kTax ? tr("Change the tax") : tr("Change the document discount"), field);
}

void OfferPage::saveValidUntil()
{
    const Offer *offer = selected();
    if (!offer || m_validUntil->isReadOnly())
        return;
    Offer after = *offer;
    after.validUntil = m_validUntil->date();
    save(after, tr("Change the validity"), kValidUntil);
}

bool OfferPage::save(const Offer &after, const QString &text, const QString &mergeKey)
{
    if (!m_document)
        return false;
    std::optional<Offer> before;
    for (const Offer &offer : std::as_const(m_offers)) {
        if (offer.id == after.id)
            before = offer;
    }
    if (before && *before == after) {
        m_errors.clear();
        return true;
    }
    if (!m_errors.show(after.validate()))
        return false;
    const Status saved =
        m_document->execute(new OfferEditCommand(m_document, text, before, after, mergeKey));
    if (!saved) {
        refuse(saved.error().field, saved.errorMessage());
        return false;
    }
    return true;
}

void OfferPage::refuse(const QString &field, const QString &message)
{
    m_errors.show({FieldError{field, message}});
}

void OfferPage::retranslate()
{
    m_emptyTitle->setText(tr("No offer yet"));
    m_emptyHint->setText(tr("An offer holds the lines, price and terms of one negotiation "
                            "round. Each new round starts as a copy of the one before."));
    m_createOffer->setText(tr("Create first offer"));
    m_roundLabel->setText(tr("&Round:"));
    m_newRound->setText(tr("New round"));
    m_newRound->setToolTip(tr("Copy the latest round into a new one (Ctrl+Shift+R)"));
    m_addLine->setText(tr("Add line"));
    m_addLine->setToolTip(tr("Add a free-text line (Insert or Ctrl+Shift+L)"));
    m_addProduct->setText(tr("Add from catalog"));
    m_removeLine->setText(tr("Remove line"));
    m_errors.rowLabel(kDocumentDiscount)->setText(tr("Document &discount:"));
    m_errors.rowLabel(kTax)->setText(tr("Ta&x:"));
    m_errors.rowLabel(kPaymentDays)->setText(tr("&Payment terms:"));
    m_errors.rowLabel(kDeliveryDays)->setText(tr("D&elivery:"));
    m_errors.rowLabel(kSupport)->setText(tr("&Support level:"));
    m_errors.rowLabel(kWarranty)->setText(tr("&Warranty:"));
    m_errors.rowLabel(kContract)->setText(tr("&Contract term:"));
    m_errors.rowLabel(kValidUntil)->setText(tr("&Valid until:"));
    m_paymentDays->setSuffix(tr(" days"));
    m_deliveryDays->setSuffix(tr(" days"));
    m_warrantyMonths->setSuffix(tr(" months"));
    m_contractMonths->setSuffix(tr(" months"));
    for (int i = 0; i < m_support->count(); ++i)
        m_support->setItemText(
            i, supportLevelName(static_cast<SupportLevel>(m_support->itemData(i).toInt())));
    DealFields::setUpDateEdit(m_validUntil);
    m_linesModel->retranslate();
    fillProducts();
    showRound();
}

void OfferPage::resizeEvent(QResizeEvent *event)
{
    m_bottom->setDirection(event->size().width() < kTwoColumnWidth ? QBoxLayout::TopToBottom
                                                                   : QBoxLayout::LeftToRight);
    QWidget::resizeEvent(event);
}

void OfferPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
