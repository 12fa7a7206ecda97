#include "common/placeholder.h"

#include "common/icons.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Sepakat {

Placeholder::Placeholder(const QString &iconName, QWidget *parent)
    : QWidget(parent)
    , m_iconName(iconName)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_coming(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_summary->setObjectName(QStringLiteral("placeholderSummary"));
    m_coming->setObjectName(QStringLiteral("placeholderComing"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_icon, m_title, m_summary})
        label->setAlignment(Qt::AlignHCenter);
    m_summary->setWordWrap(true);
    m_coming->setWordWrap(true);
    m_coming->setTextFormat(Qt::RichText);

    // A readable measure on wide screens; the list then wraps inside it instead of shrinking to
    // a narrow strip.
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(560);
    panel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(panel);
    column->addWidget(m_icon);
    column->addSpacing(8);
    column->addWidget(m_title);
    column->addWidget(m_summary);
    column->addSpacing(12);
    column->addWidget(m_coming);

    auto *layout = new QGridLayout(this);
    layout->setRowStretch(0, 2);
    layout->setRowStretch(2, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 4);
    layout->setColumnStretch(2, 1);
    layout->addWidget(panel, 1, 1);
    updateIcon();
}

void Placeholder::setTexts(const QString &title, const QString &summary, const QStringList &coming)
{
    m_title->setText(title);
    m_summary->setText(summary);
    QString list = QStringLiteral("<ul style=\"margin-left: 0px;\">");
    for (const QString &item : coming)
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    m_coming->setText(list);
}

void Placeholder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void Placeholder::updateIcon()
{
    m_icon->setPixmap(Icons::icon(m_iconName, palette()).pixmap(48, 48));
}

} // namespace Sepakat
