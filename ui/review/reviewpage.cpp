#include "review/reviewpage.h"

#include "common/placeholder.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Sepakat {

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent), m_placeholder(new Placeholder(QStringLiteral("clipboard-check"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    retranslate();
}

void ReviewPage::retranslate()
{
    m_placeholder->setTexts(
        tr("Review"),
        tr("Here a manager reviews deal worksheets before an offer goes out, and approves or "
           "rejects them with a comment."),
        {tr("Offers waiting for approval, with the rules they break"),
         tr("Discounts, margins and concessions against the walk-away price"),
         tr("Approve or reject with a comment; the decision is kept in the deal's history")});
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
