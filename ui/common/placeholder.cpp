#include "common/placeholder.h"

#include "common/icons.h"

#include <QEvent>
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

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(m_icon);
    column->addSpacing(8);
    column->addWidget(m_title);
    column->addWidget(m_summary);
    column->addSpacing(12);
    column->addWidget(m_coming, 0, Qt::AlignHCenter);
    column->addStretch(3);

    // Keep the text to a readable measure on wide screens.
    auto *row = new QHBoxLayout(this);
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
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
