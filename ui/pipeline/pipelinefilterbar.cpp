#include "pipeline/pipelinefilterbar.h"

#include "common/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Sepakat {

PipelineFilterBar::PipelineFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_hideClosed(new QCheckBox(this))
{
    setObjectName(QStringLiteral("filter-bar"));
    m_text->setObjectName(QStringLiteral("filter-text"));
    m_owner->setObjectName(QStringLiteral("filter-owner"));
    m_period->setObjectName(QStringLiteral("filter-period"));
    m_hideClosed->setObjectName(QStringLiteral("filter-hide-closed"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(Icons::icon(QStringLiteral("search"), palette()),
                      QLineEdit::LeadingPosition);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 18);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->addItem(QString(), QString());
    for (const ClosePeriod period : {ClosePeriod::Any, ClosePeriod::ThisMonth,
                                     ClosePeriod::ThisQuarter, ClosePeriod::Next90Days,
                                     ClosePeriod::Overdue})
        m_period->addItem(QString(), int(period));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerLabel->setBuddy(m_owner);
    m_periodLabel->setBuddy(m_period);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_ownerLabel);
    layout->addWidget(m_owner, 1);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_period, 1);
    layout->addWidget(m_hideClosed);

    connect(m_text, &QLineEdit::textChanged, this, &PipelineFilterBar::changed);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelineFilterBar::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, &PipelineFilterBar::changed);
    connect(m_hideClosed, &QCheckBox::toggled, this, &PipelineFilterBar::changed);
    retranslate();
}

PipelineFilter PipelineFilterBar::filter() const
{
    PipelineFilter filter;
    filter.text = m_text->text();
    filter.owner = m_owner->currentData().toString();
    filter.period = ClosePeriod(m_period->currentData().toInt());
    filter.hideClosed = m_hideClosed->isChecked();
    return filter;
}

void PipelineFilterBar::setOwners(const QStringList &owners)
{
    const QString chosen = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    for (const QString &owner : owners)
        m_owner->addItem(owner, owner);
    const int index = m_owner->findData(chosen);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !chosen.isEmpty())
        emit changed();
}

void PipelineFilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

void PipelineFilterBar::setOwner(const QString &owner)
{
    const int index = m_owner->findData(owner);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
}

void PipelineFilterBar::setPeriod(ClosePeriod period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void PipelineFilterBar::setHideClosed(bool hide)
{
    m_hideClosed->setChecked(hide);
}

void PipelineFilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Search customer, deal or contact"));
    m_text->setToolTip(tr("Finds deals by customer name, deal title or contact name; case and "
                          "accents do not matter."));
    m_ownerLabel->setText(tr("O&wner:"));
    m_owner->setItemText(0, tr("Everyone"));
    m_periodLabel->setText(tr("C&lose:"));
    m_period->setToolTip(tr("Expected close date"));
    const QStringList periods{tr("Any time"), tr("This month"), tr("This quarter"),
                              tr("Next 90 days"), tr("Overdue")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    m_hideClosed->setText(tr("&Hide won and lost"));
}

} // namespace Sepakat
