#include "settings/settingspage.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "common/userprofile.h"
#include "settings/ratetablemodel.h"
#include "settings/stagetablemodel.h"
#include "storage/repositories.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

const QString kCompanyName = QStringLiteral("companyName");
const QString kCompanyAddress = QStringLiteral("companyAddress");
const QString kTaxNumber = QStringLiteral("companyTaxNumber");
const QString kLogo = QStringLiteral("companyLogo");
const QString kCurrency = QStringLiteral("currency");
const QString kDefaultTax = QStringLiteral("defaultTaxBasisPoints");
const QString kStages = QStringLiteral("stages");
const QString kRates = QStringLiteral("ratesMicro");
const QString kMaxDiscount = QStringLiteral("approvalPolicy.maxDiscount");
const QString kMinMargin = QStringLiteral("approvalPolicy.minMargin");
const QString kMaxPaymentDays = QStringLiteral("approvalPolicy.maxPaymentDays");
const QString kUserName = QStringLiteral("userName");
const QString kRole = QStringLiteral("role");
constexpr qint64 kMaxLogoBytes = 1024 * 1024;
constexpr int kLogoPreviewHeight = 64;

QPixmap logoPixmap(const QByteArray &bytes, int height)
{
    if (bytes.isEmpty())
        return {};
    QPixmap pixmap;
    if (pixmap.loadFromData(bytes))
        return pixmap.scaledToHeight(height, Qt::SmoothTransformation);
    QSvgRenderer svg(bytes);
    if (!svg.isValid())
        return {};
    const QSize size = svg.defaultSize().scaled(QSize(height * 4, height), Qt::KeepAspectRatio);
    QPixmap rendered(size);
    rendered.fill(Qt::transparent);
    QPainter painter(&rendered);
    svg.render(&painter);
    return rendered;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_profileGroup(new QGroupBox(this))
    , m_profileHint(new QLabel(this))
    , m_userName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_saveProfile(new QPushButton(this))
    , m_profileError(InlineErrors::makeMessageLabel(this, QStringLiteral("profileError")))
    , m_profileErrors(m_profileError)
    , m_bookGroup(new QGroupBox(this))
    , m_readOnlyNote(new QLabel(this))
    , m_companyName(new QLineEdit(this))
    , m_companyAddress(new QPlainTextEdit(this))
    , m_taxNumber(new QLineEdit(this))
    , m_logoPreview(new QLabel(this))
    , m_chooseLogo(new QPushButton(this))
    , m_removeLogo(new QPushButton(this))
    , m_currency(new QComboBox(this))
    , m_defaultTax(new QLineEdit(this))
    , m_stages(new StageTableModel(this))
    , m_stageTable(new QTableView(this))
    , m_rates(new RateTableModel(this))
    , m_rateTable(new QTableView(this))
    , m_addRate(new QPushButton(this))
    , m_removeRate(new QPushButton(this))
    , m_rateHint(new QLabel(this))
    , m_policyGroup(new QGroupBox(this))
    , m_policyHint(new QLabel(this))
    , m_maxDiscount(new QLineEdit(this))
    , m_minMargin(new QLineEdit(this))
    , m_maxPaymentDays(new QSpinBox(this))
    , m_saveBook(new QPushButton(this))
    , m_revertBook(new QPushButton(this))
    , m_bookError(InlineErrors::makeMessageLabel(this, QStringLiteral("bookError")))
    , m_bookErrors(m_bookError)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(buildProfileGroup());
    column->addWidget(buildBookGroup());
    column->addStretch(1);
    content->setMaximumWidth(820);

    auto *centred = new QWidget;
    auto *row = new QHBoxLayout(centred);
    row->addWidget(content, 1);
    row->addStretch(0);

    // Small windows scroll rather than squash the stage table.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setFocusProxy(m_userName);
    loadProfile();
    retranslate();
    updateEnabled();
}

QWidget *SettingsPage::buildProfileGroup()
{
    m_profileGroup->setObjectName(QStringLiteral("profileGroup"));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfile"));
    m_profileHint->setWordWrap(true);
    m_role->addItem(QString(), static_cast<int>(UserProfile::Role::Salesperson));
    m_role->addItem(QString(), static_cast<int>(UserProfile::Role::Manager));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profileErrors.addRow(form, kUserName, QString(), m_userName);
    m_profileErrors.addRow(form, kRole, QString(), m_role);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveProfile);

    auto *layout = new QVBoxLayout(m_profileGroup);
    layout->addWidget(m_profileHint);
    layout->addLayout(form);
    layout->addWidget(m_profileError);
    layout->addLayout(buttons);
    connect(m_saveProfile, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(m_userName, &QLineEdit::returnPressed, this, &SettingsPage::saveProfile);
    return m_profileGroup;
}

QWidget *SettingsPage::buildBookGroup()
{
    m_bookGroup->setObjectName(QStringLiteral("bookGroup"));
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_companyName->setObjectName(QStringLiteral("companyNameEdit"));
    m_companyAddress->setObjectName(QStringLiteral("companyAddressEdit"));
    m_companyAddress->setTabChangesFocus(true);
    m_companyAddress->setFixedHeight(m_companyAddress->fontMetrics().lineSpacing() * 3 + 12);
    m_taxNumber->setObjectName(QStringLiteral("taxNumberEdit"));
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(kLogoPreviewHeight * 2, kLogoPreviewHeight);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItems(Money::knownCurrencies());
    m_defaultTax->setObjectName(QStringLiteral("defaultTaxEdit"));
    m_defaultTax->setMaximumWidth(120);
    m_stageTable->setObjectName(QStringLiteral("stageTable"));
    m_stageTable->setModel(m_stages);
    m_stageTable->verticalHeader()->hide();
    m_stageTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_stageTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed
                                  | QAbstractItemView::SelectedClicked);
    m_stageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stageTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stageTable->setFixedHeight(m_stageTable->horizontalHeader()->sizeHint().height()
                                 + m_stageTable->verticalHeader()->defaultSectionSize() * kStageCount
                                 + 2 * m_stageTable->frameWidth());
    m_rateTable->setObjectName(QStringLiteral("rateTable"));
    m_rateTable->setModel(m_rates);
    m_rateTable->verticalHeader()->hide();
    m_rateTable->setEditTriggers(m_stageTable->editTriggers());
    m_rateTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rateTable->setFixedHeight(m_rateTable->horizontalHeader()->sizeHint().height()
                                + m_rateTable->verticalHeader()->defaultSectionSize() * 4
                                + 2 * m_rateTable->frameWidth());
    m_addRate->setObjectName(QStringLiteral("addRate"));
    m_removeRate->setObjectName(QStringLiteral("removeRate"));
    m_rateHint->setWordWrap(true);
    auto *rateButtons = new QVBoxLayout;
    rateButtons->addWidget(m_addRate);
    rateButtons->addWidget(m_removeRate);
    rateButtons->addStretch(1);
    auto *rateRow = new QWidget(this);
    auto *rateLayout = new QGridLayout(rateRow);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(m_rateHint, 0, 0, 1, 2);
    rateLayout->addWidget(m_rateTable, 1, 0);
    rateLayout->addLayout(rateButtons, 1, 1);
    connect(m_addRate, &QPushButton::clicked, this, [this] {
        const int row = m_rates->addRow();
        m_rateTable->setCurrentIndex(m_rates->index(row, RateTableModel::RateColumn));
        m_rateTable->edit(m_rateTable->currentIndex());
    });
    connect(m_removeRate, &QPushButton::clicked, this, [this] {
        m_rates->removeRow(m_rateTable->currentIndex().row());
    });
    connect(m_currency, &QComboBox::currentTextChanged, m_rates,
            &RateTableModel::setBookCurrency);

    m_saveBook->setObjectName(QStringLiteral("saveBookSettings"));
    m_revertBook->setObjectName(QStringLiteral("revertBookSettings"));
    m_saveBook->setDefault(true);

    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto *logoRow = new QWidget(this);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addLayout(logoButtons);
    logoLayout->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_bookErrors.addRow(form, kCompanyName, QString(), m_companyName);
    m_bookErrors.addRow(form, kCompanyAddress, QString(), m_companyAddress);
    m_bookErrors.addRow(form, kTaxNumber, QString(), m_taxNumber);
    m_bookErrors.addRow(form, kLogo, QString(), logoRow);
    m_bookErrors.addRow(form, kCurrency, QString(), m_currency);
    m_bookErrors.addRow(form, kDefaultTax, QString(), m_defaultTax);
    m_bookErrors.addRow(form, kStages, QString(), m_stageTable);
    m_bookErrors.addRow(form, kRates, QString(), rateRow);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertBook);
    buttons->addWidget(m_saveBook);

    auto *layout = new QVBoxLayout(m_bookGroup);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(form);
    layout->addWidget(buildPolicyGroup());
    layout->addWidget(m_bookError);
    layout->addLayout(buttons);

    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogoPreview();
    });
    connect(m_saveBook, &QPushButton::clicked, this, &SettingsPage::saveBookSettings);
    connect(m_revertBook, &QPushButton::clicked, this, &SettingsPage::revertBookSettings);
    connect(m_stages, &StageTableModel::inputRefused, this, [this](const QString &message) {
        m_bookErrors.show({FieldError{kStages, message}});
    });
    return m_bookGroup;
}

// Part of the book's settings, saved with them by the same button: the limits belong to the
// book, so every salesperson who opens it works under the same policy.
QWidget *SettingsPage::buildPolicyGroup()
{
    m_policyGroup->setObjectName(QStringLiteral("policyGroup"));
    m_policyHint->setWordWrap(true);
    m_maxDiscount->setObjectName(QStringLiteral("maxDiscountEdit"));
    m_minMargin->setObjectName(QStringLiteral("minMarginEdit"));
    m_maxPaymentDays->setObjectName(QStringLiteral("maxPaymentDaysSpin"));
    m_maxPaymentDays->setRange(0, 3650);
    for (QLineEdit *edit : {m_maxDiscount, m_minMargin})
        edit->setMaximumWidth(120);
    m_maxPaymentDays->setMaximumWidth(160);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_bookErrors.addRow(form, kMaxDiscount, QString(), m_maxDiscount);
    m_bookErrors.addRow(form, kMinMargin, QString(), m_minMargin);
    m_bookErrors.addRow(form, kMaxPaymentDays, QString(), m_maxPaymentDays);
    auto *layout = new QVBoxLayout(m_policyGroup);
    layout->addWidget(m_policyHint);
    layout->addLayout(form);
    return m_policyGroup;
}

void SettingsPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this](BookDocument::Part part) {
            if (part == BookDocument::Part::Settings)
                revertBookSettings();
        });
    }
    revertBookSettings();
    updateEnabled();
}

void SettingsPage::loadProfile()
{
    const UserProfile profile = UserProfile::load();
    m_userName->setText(profile.name);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(profile.role)));
}

void SettingsPage::saveProfile()
{
    UserProfile profile;
    profile.name = m_userName->text().trimmed();
    profile.role = static_cast<UserProfile::Role>(m_role->currentData().toInt());
    if (profile.name.isEmpty()) {
        m_profileErrors.show({FieldError{kUserName, tr("Your name is needed: the deal book "
                                                       "records who made each change.")}});
        return;
    }
    m_profileErrors.clear();
    profile.save();
    if (m_document)
        m_document->book().setUserName(profile.effectiveName());
    emit statusMessage(tr("Profile saved."));
}

void SettingsPage::revertBookSettings()
{
    m_bookErrors.clear();
    const BookSettings settings =
        m_document ? m_document->book().settings().load() : BookSettings{};
    const QLocale locale = Language::locale();
    m_companyName->setText(settings.companyName);
    m_companyAddress->setPlainText(settings.companyAddress);
    m_taxNumber->setText(settings.companyTaxNumber);
    m_logo = settings.companyLogo;
    int currencyIndex = m_currency->findText(settings.currency);
    if (currencyIndex < 0) {
        m_currency->addItem(settings.currency);
        currencyIndex = m_currency->count() - 1;
    }
    m_currency->setCurrentIndex(currencyIndex);
    m_defaultTax->setText(
        formatBasisPoints(settings.defaultTaxBasisPoints, locale).remove(u'%').trimmed());
    m_stages->setTable(settings.stages);
    m_rates->setRates(settings.ratesMicro, settings.currency);
    const auto percentText = [&locale](qint64 basisPoints) {
        return formatBasisPoints(basisPoints, locale).remove(u'%').trimmed();
    };
    m_maxDiscount->setText(percentText(settings.approvalPolicy.maxDiscountBasisPoints));
    m_minMargin->setText(percentText(settings.approvalPolicy.minMarginBasisPoints));
    m_maxPaymentDays->setValue(settings.approvalPolicy.maxPaymentDays);
    updateLogoPreview();
}

bool SettingsPage::saveBookSettings()
{
    if (!m_document || m_document->isReadOnly())
        return false;
    BookSettings settings = m_document->book().settings().load();
    settings.companyName = m_companyName->text().trimmed();
    settings.companyAddress = m_companyAddress->toPlainText().trimmed();
    settings.companyTaxNumber = m_taxNumber->text().trimmed();
    settings.companyLogo = m_logo;
    settings.currency = m_currency->currentText();
    settings.stages = m_stages->table();

    FieldErrors errors;
    const auto tax = parseBasisPoints(m_defaultTax->text(), Language::locale());
    if (tax)
        settings.defaultTaxBasisPoints = *tax;
    else
        errors << FieldError{kDefaultTax, tax.errorMessage()};
    const auto readPercent = [&errors](QLineEdit *edit, const QString &field, qint64 *target) {
        const auto value = parseBasisPoints(edit->text(), Language::locale());
        if (value)
            *target = *value;
        else
            errors << FieldError{field, value.errorMessage()};
    };
    readPercent(m_maxDiscount, kMaxDiscount, &settings.approvalPolicy.maxDiscountBasisPoints);
    readPercent(m_minMargin, kMinMargin, &settings.approvalPolicy.minMarginBasisPoints);
    settings.approvalPolicy.maxPaymentDays = m_maxPaymentDays->value();
    const auto rates = m_rates->rates();
    if (rates)
        settings.ratesMicro = rates.value();
    else
        errors << FieldError{kRates, rates.errorMessage()};
    // Rate messages name one currency ("ratesMicro[USD]"); they show under the rate table.
    for (FieldError error : settings.validate()) {
        if (error.field.startsWith(kRates))
            error.field = kRates;
        errors << error;
    }
    const QStringList stageProblems = settings.stages.validate();
    for (const QString &problem : stageProblems) {
        const bool known = std::any_of(errors.cbegin(), errors.cend(),
                                       [&](const FieldError &e) { return e.message == problem; });
        if (!known)
            errors << FieldError{kStages, problem};
    }
    if (!m_bookErrors.show(errors))
        return false;

    const Status saved = m_document->book().settings().save(settings);
    if (!saved) {
        m_bookErrors.show({FieldError{saved.error().field, saved.errorMessage()}});
        return false;
    }
    m_document->notifyChanged(BookDocument::Part::Settings);
    emit statusMessage(tr("Deal book settings saved."));
    return true;
}

void SettingsPage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose company logo"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bookErrors.show({FieldError{kLogo, tr("Cannot read %1.").arg(path)}});
        return;
    }
    if (file.size() > kMaxLogoBytes) {
        m_bookErrors.show({FieldError{kLogo, tr("The logo is larger than 1 MB; please choose a "
                                                "smaller image.")}});
        return;
    }
    const QByteArray bytes = file.readAll();
    if (logoPixmap(bytes, kLogoPreviewHeight).isNull()) {
        m_bookErrors.show({FieldError{kLogo, tr("%1 is not an image Sepakat can read.")
                                                 .arg(QFileInfo(path).fileName())}});
        return;
    }
    m_bookErrors.clear();
    m_logo = bytes;
    updateLogoPreview();
}

void SettingsPage::updateLogoPreview()
{
    const QPixmap pixmap = logoPixmap(m_logo, kLogoPreviewHeight);
    if (pixmap.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    } else {
        m_logoPreview->setPixmap(pixmap);
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty() && m_document && !m_document->isReadOnly());
}

void SettingsPage::updateEnabled()
{
    const bool writable = m_document && !m_document->isReadOnly();
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_companyName, m_companyAddress, m_taxNumber, m_chooseLogo, m_currency, m_defaultTax,
             m_stageTable, m_rateTable, m_addRate, m_removeRate, m_maxDiscount, m_minMargin,
             m_maxPaymentDays, m_saveBook, m_revertBook})
        widget->setEnabled(writable);
    m_removeLogo->setEnabled(writable && !m_logo.isEmpty());
    if (!m_document) {
        m_readOnlyNote->setText(tr("No deal book is open."));
        m_readOnlyNote->show();
    } else if (m_document->isReadOnly()) {
        const QString reason = m_document->book().readOnlyReason();
        m_readOnlyNote->setText(
            reason.isEmpty()
                ? tr("This deal book is open read-only, so its settings cannot be changed.")
                : tr("This deal book is open read-only, so its settings cannot be changed: %1")
                      .arg(reason));
        m_readOnlyNote->show();
    } else {
        m_readOnlyNote->hide();
    }
}

void SettingsPage::retranslate()
{
    m_profileGroup->setTitle(tr("Your profile"));
    m_profileHint->setText(tr("Kept for your user account on this computer. Your name goes into "
                              "the history of every deal book you change."));
    m_profileErrors.rowLabel(kUserName)->setText(tr("&Your name:"));
    m_profileErrors.rowLabel(kRole)->setText(tr("R&ole:"));
    m_role->setItemText(0, UserProfile::roleName(UserProfile::Role::Salesperson));
    m_role->setItemText(1, UserProfile::roleName(UserProfile::Role::Manager));
    m_saveProfile->setText(tr("Save &profile"));

    m_bookGroup->setTitle(tr("This deal book"));
    m_bookErrors.rowLabel(kCompanyName)->setText(tr("&Company name:"));
    m_bookErrors.rowLabel(kCompanyAddress)->setText(tr("A&ddress:"));
    m_bookErrors.rowLabel(kTaxNumber)->setText(tr("Tax &number (NPWP):"));
    m_bookErrors.rowLabel(kLogo)->setText(tr("Logo:"));
    m_bookErrors.rowLabel(kCurrency)->setText(tr("Book c&urrency:"));
    m_bookErrors.rowLabel(kDefaultTax)->setText(tr("Default &tax (%):"));
    m_bookErrors.rowLabel(kStages)->setText(tr("&Stages:"));
    m_bookErrors.rowLabel(kRates)->setText(tr("E&xchange rates:"));
    m_rateHint->setText(tr("Deals in other currencies count in the pipeline totals at these "
                           "rates; a deal whose currency has no rate is counted apart."));
    m_addRate->setText(tr("Add r&ate"));
    m_removeRate->setText(tr("Remove ra&te"));
    m_rates->retranslate();
    m_chooseLogo->setText(tr("C&hoose…"));
    m_removeLogo->setText(tr("Re&move"));
    m_defaultTax->setPlaceholderText(tr("e.g. 11"));
    m_policyGroup->setTitle(tr("Approval policy"));
    m_policyHint->setText(tr("An offer beyond these limits needs a manager's approval before a "
                             "proposal goes to the customer. A price below the walk-away and a "
                             "concession given with nothing asked in return always need it."));
    m_bookErrors.rowLabel(kMaxDiscount)->setText(tr("&Largest discount without approval (%):"));
    m_bookErrors.rowLabel(kMinMargin)->setText(tr("Smallest ma&rgin without approval (%):"));
    m_bookErrors.rowLabel(kMaxPaymentDays)
        ->setText(tr("Long&est payment term without approval:"));
    m_maxPaymentDays->setSuffix(tr(" days"));
    m_maxDiscount->setPlaceholderText(tr("e.g. 15"));
    m_minMargin->setPlaceholderText(tr("e.g. 25"));
    m_saveBook->setText(tr("Save book settin&gs"));
    m_revertBook->setText(tr("Re&vert"));
    m_stages->retranslate();
    updateLogoPreview();
    updateEnabled();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
