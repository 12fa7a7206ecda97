#include "deal/dealpage.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "common/placeholder.h"
#include "storage/repositories.h"
#include "value/customerview.h"
#include "value/presentation.h"
#include "value/valuecommand.h"
#include "value/valuepage.h"
#include "worksheet/concessionspage.h"
#include "worksheet/historypage.h"
#include "worksheet/needspage.h"
#include "worksheet/offerpage.h"
#include "worksheet/planpage.h"
#include "worksheet/qualificationpage.h"
#include "worksheet/quickview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sepakat {

DealPage::DealPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_present(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dealPage"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_present->setObjectName(QStringLiteral("presentButton"));
    m_heading->setObjectName(QStringLiteral("dealHeading"));
    m_subheading->setObjectName(QStringLiteral("dealSubheading"));
    m_tabs->setObjectName(QStringLiteral("worksheet-tabs"));

    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setFlat(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setWordWrap(true);
    m_tabs->setDocumentMode(true);
    // Seven tabs do not fit a small window; scroll buttons beat titles cut to "Qu…".
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_tabs->tabBar()->setUsesScrollButtons(true);

    addPage(new QualificationPage(m_tabs), "qualification", QT_TR_NOOP("Qualification"));
    addPage(new NeedsPage(m_tabs), "needs", QT_TR_NOOP("Needs"));
    addPage(new ValuePage(m_tabs), "value", QT_TR_NOOP("Value"));
    addPage(new OfferPage(m_tabs), "offer", QT_TR_NOOP("Offer"));
    addPage(new PlanPage(m_tabs), "plan", QT_TR_NOOP("Plan"));
    addPage(new ConcessionsPage(m_tabs), "concessions", QT_TR_NOOP("Concessions"));
    addPage(new HistoryPage(m_tabs), "history", QT_TR_NOOP("History"));
    addPage(new QuickView(m_tabs), "quick", QT_TR_NOOP("Quick view"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_back, 0, Qt::AlignTop);
    auto *headings = new QVBoxLayout;
    headings->setSpacing(2);
    headings->addWidget(m_heading);
    headings->addWidget(m_subheading);
    top->addLayout(headings, 1);
    top->addWidget(m_present, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QShortcut(keys, this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        // Escape in a table cell being edited cancels that edit; only then does it mean Back.
        if (QWidget *editor = cellEditor()) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
            QCoreApplication::sendEvent(editor, &press);
            return;
        }
        emit backRequested();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    for (int i = 0; i < m_pages.size() && i < 9; ++i) {
        shortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)), [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    shortcut(QKeySequence(Qt::Key_F5), [this] { present(); });
    connect(m_back, &QPushButton::clicked, this, &DealPage::backRequested);
    connect(m_present, &QPushButton::clicked, this, &DealPage::present);
    retranslate();
}

QWidget *DealPage::cellEditor() const
{
    // An item view's editors are children of its viewport; the view itself is not one.
    for (QWidget *widget = QApplication::focusWidget(); widget && widget != this;
         widget = widget->parentWidget()) {
        QWidget *parent = widget->parentWidget();
        auto *view = parent ? qobject_cast<QAbstractItemView *>(parent->parentWidget()) : nullptr;
        if (view && parent == view->viewport())
            return QApplication::focusWidget();
    }
    return nullptr;
}

void DealPage::addPage(const Page &page)
{
    page.widget->setObjectName(page.key + QStringLiteral("Page"));
    m_tabs->addTab(page.widget, QString());
    m_pages.append(page);
}

void DealPage::addPlaceholder(const char *key, const char *title, const QString &iconName)
{
    auto *placeholder = new Placeholder(iconName, m_tabs);
    addPage(Page{placeholder, QString::fromLatin1(key), title, [](BookDocument *) {},
                 [](const QString &) { return true; }});
}

PresentationWindow *DealPage::makePresentation()
{
    if (!m_document || m_dealId.isEmpty())
        return nullptr;
    const Result<CustomerView> view = customerView(m_document->book(), m_dealId);
    if (!view)
        return nullptr;
    auto *window = new PresentationWindow(*view, this);
    window->setKeepAllowed(!m_document->isReadOnly());
    const QPointer<BookDocument> document = m_document;
    const QString dealId = m_dealId;
    connect(window, &PresentationWindow::keepRequested, this,
            [document, dealId, window](const ValueCaseInputs &inputs) {
                if (!document)
                    return;
                const std::optional<ValueCaseInputs> before =
                    document->book().worksheets().valueCase(dealId);
                const Status saved = document->execute(new ValueCaseCommand(
                    document, tr("Keep the presentation's figures"), before, inputs));
                if (saved)
                    window->setSavedValueCase(inputs);
                else
                    document->reportError(saved.errorMessage());
            });
    return window;
}

void DealPage::present()
{
    if (PresentationWindow *window = makePresentation()) {
        window->showFullScreen();
        window->activateWindow();
    }
}

QStringList DealPage::pageKeys() const
{
    QStringList keys;
    for (const Page &page : m_pages)
        keys.append(page.key);
    return keys;
}

bool DealPage::showPage(const QString &key)
{
    for (const Page &page : m_pages) {
        if (page.key == key) {
            m_tabs->setCurrentWidget(page.widget);
            return true;
        }
    }
    return false;
}

void DealPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    for (const Page &page : std::as_const(m_pages))
        page.setDocument(document);
    if (m_document) {
        connect(m_document, &BookDocument::changed, this, [this] {
            if (!m_dealId.isEmpty())
                reload();
        });
    }
    showHeader();
}

bool DealPage::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    for (const Page &page : std::as_const(m_pages))
        page.openDeal(dealId);
    showHeader();
    return true;
}

void DealPage::reload()
{
    if (!m_document)
        return;
    if (!m_document->book().deals().find(m_dealId)) {
        m_dealId.clear();
        showHeader();
        emit backRequested();
        return;
    }
    showHeader();
}

void DealPage::showHeader()
{
    const std::optional<Deal> deal =
        m_document && !m_dealId.isEmpty() ? m_document->book().deals().find(m_dealId)
                                          : std::nullopt;
    m_present->setEnabled(deal.has_value());
    if (!deal) {
        m_heading->clear();
        m_subheading->clear();
        return;
    }
    const std::optional<Customer> customer = m_document->book().customers().find(deal->customerId);
    m_heading->setText(deal->title);
    m_subheading->setText(tr("%1 · %2 · %3")
                              .arg(customer ? customer->name : QString(), stageName(deal->stage),
                                   deal->value.format(Language::locale())));
}

void DealPage::retranslate()
{
    m_back->setText(tr("Back to the pipeline"));
    m_back->setToolTip(tr("Back to the pipeline (Esc)"));
    m_present->setText(tr("Present"));
    m_present->setToolTip(tr("Show the deal to the customer, full screen, without internal "
                             "numbers (F5)"));
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page &page = m_pages.at(i);
        const QString title = tr(page.title);
        m_tabs->setTabText(i, title);
        m_tabs->setTabToolTip(i, tr("%1 (Alt+%2)").arg(title).arg(i + 1));
        if (auto *placeholder = qobject_cast<Placeholder *>(page.widget))
            placeholder->setTexts(title, tr("This page of the worksheet is on its way."), {});
    }
    showHeader();
}

void DealPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
