#include "worksheet/concessionform.h"

#include "common/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

const QString kRound = QStringLiteral("round");
const QString kParty = QStringLiteral("party");
const QString kChange = QStringLiteral("change");
const QString kPriceDelta = QStringLiteral("priceDelta");
const QString kTradeable = QStringLiteral("tradeableId");

} // namespace

ConcessionForm::ConcessionForm(QWidget *parent)
    : QWidget(parent)
    , m_round(new QSpinBox(this))
    , m_party(new QComboBox(this))
    , m_change(new QLineEdit(this))
    , m_priceDelta(new QLineEdit(this))
    , m_tradeable(new QComboBox(this))
    , m_log(new QPushButton(this))
    , m_priceHint(new QLabel(this))
    , m_general(InlineErrors::makeMessageLabel(this, QStringLiteral("logGeneralError")))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("concessionForm"));
    m_round->setObjectName(QStringLiteral("logRoundSpin"));
    m_party->setObjectName(QStringLiteral("logPartyCombo"));
    m_change->setObjectName(QStringLiteral("logChangeEdit"));
    m_priceDelta->setObjectName(QStringLiteral("logPriceDeltaEdit"));
    m_tradeable->setObjectName(QStringLiteral("logTradeableCombo"));
    m_log->setObjectName(QStringLiteral("logConcessionButton"));

    m_round->setRange(1, 999);
    m_party->addItem(QString(), static_cast<int>(Party::Us));
    m_party->addItem(QString(), static_cast<int>(Party::Them));
    m_priceDelta->setAlignment(Qt::AlignRight);
    m_priceHint->setForegroundRole(QPalette::PlaceholderText);
    m_priceHint->setWordWrap(true);
    m_tradeable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tradeable->setMinimumContentsLength(16);

    auto *roundAndParty = new QWidget(this);
    auto *roundLayout = new QHBoxLayout(roundAndParty);
    roundLayout->setContentsMargins(0, 0, 0, 0);
    roundLayout->addWidget(m_round);
    roundLayout->addWidget(m_party, 1);
    roundAndParty->setFocusProxy(m_round);

    auto *price = new QWidget(this);
    auto *priceLayout = new QVBoxLayout(price);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    priceLayout->setSpacing(2);
    priceLayout->addWidget(m_priceDelta);
    priceLayout->addWidget(m_priceHint);
    price->setFocusProxy(m_priceDelta);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, kRound, QString(), roundAndParty);
    m_errors.addRow(form, kChange, QString(), m_change);
    m_errors.addRow(form, kPriceDelta, QString(), price);
    m_errors.addRow(form, kTradeable, QString(), m_tradeable);
    m_errors.addLabel(kParty, m_general, m_party);
    m_errors.rowLabel(kRound)->setBuddy(m_round);
    m_errors.rowLabel(kPriceDelta)->setBuddy(m_priceDelta);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_general, 1);
    buttons->addWidget(m_log, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_log, &QPushButton::clicked, this, &ConcessionForm::logRequested);
    connect(m_change, &QLineEdit::returnPressed, this, &ConcessionForm::logRequested);
    connect(m_priceDelta, &QLineEdit::returnPressed, this, &ConcessionForm::logRequested);
    retranslate();
}

void ConcessionForm::reset(int round)
{
    m_round->setValue(round);
    m_party->setCurrentIndex(0);
    clearEntry();
}

void ConcessionForm::clearEntry()
{
    m_errors.clear();
    m_change->clear();
    m_priceDelta->clear();
    m_tradeable->setCurrentIndex(0);
}

void ConcessionForm::setTradeables(const QList<Tradeable> &tradeables)
{
    const QString chosen = m_tradeable->currentData().toString();
    m_tradeable->clear();
    m_tradeable->addItem(tr("None"), QString());
    for (const Tradeable &t : tradeables)
        m_tradeable->addItem(t.give, t.id);
    m_tradeable->setCurrentIndex(qMax(0, m_tradeable->findData(chosen)));
}

void ConcessionForm::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_round, m_party, m_change, m_priceDelta,
                                                       m_tradeable, m_log})
        w->setEnabled(editable);
}

Result<Concession> ConcessionForm::read(const QString &currency) const
{
    Concession c;
    c.round = m_round->value();
    c.party = static_cast<Party>(m_party->currentData().toInt());
    c.change = m_change->text().trimmed();
    c.tradeableId = m_tradeable->currentData().toString();
    const QString price = m_priceDelta->text().trimmed();
    if (!price.isEmpty()) {
        const Result<Money> delta = Money::parse(price, currency, Language::locale());
        if (!delta)
            return Error{tr("Price change: %1").arg(delta.errorMessage()), kPriceDelta};
        c.priceDelta = *delta;
    }
    return c;
}

void ConcessionForm::focusChange()
{
    m_change->setFocus(Qt::ShortcutFocusReason);
    m_change->selectAll();
}

void ConcessionForm::retranslate()
{
    m_errors.rowLabel(kRound)->setText(tr("&Round and party:"));
    m_errors.rowLabel(kChange)->setText(tr("C&hange:"));
    m_errors.rowLabel(kPriceDelta)->setText(tr("&Price change:"));
    m_errors.rowLabel(kTradeable)->setText(tr("Trade&able:"));
    m_party->setItemText(0, partyName(Party::Us));
    m_party->setItemText(1, partyName(Party::Them));
    m_change->setPlaceholderText(tr("What was conceded, e.g. 5 % off the licences"));
    m_priceHint->setText(tr("Negative when the price went down; empty when not about price."));
    m_log->setText(tr("&Log concession"));
    m_log->setToolTip(tr("Log concession (Ctrl+Shift+K)"));
    if (m_tradeable->count() > 0)
        m_tradeable->setItemText(0, tr("None"));
}

} // namespace Sepakat
