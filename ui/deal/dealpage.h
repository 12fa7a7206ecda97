#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Sepakat {

class BookDocument;
class PresentationWindow;

// The negotiation worksheet of one deal: a header (Back, title, customer, stage, value) over one
// tab per page, in the order the negotiation runs: Qualification, Needs, Value (before price),
// Offer, Plan, Concessions, History, Quick view. Ctrl+PgUp/PgDown step through the pages,
// Alt+1..8 jump.
//
// A page is any widget with `void setDocument(BookDocument *)` and
// `bool openDeal(const QString &dealId)`. Plugging one in is one line in the constructor,
// replacing its placeholder (and the page's include):
//     addPage(new OfferPage(m_tabs), "offer", QT_TR_NOOP("Offer"));
// The key names the page for --page of the screenshot command and for showPage().
class DealPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DealPage(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    // Shows the deal on every page; false (and nothing changes) when the book has no such deal.
    bool openDeal(const QString &dealId);
    QString dealId() const { return m_dealId; }

    // The customer-safe presentation of the open deal (F5, the Present button), full screen.
    void present();
    // The presentation window, made but not shown (present() shows it; a screenshot grabs it);
    // null without a deal. It deletes itself when closed.
    PresentationWindow *makePresentation();

    QStringList pageKeys() const;
    // False when no page has that key.
    bool showPage(const QString &key);

signals:
    // Back, Escape, or the deal is gone (its addition undone): the board should show again.
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page
    {
        QWidget *widget;
        QString key;
        const char *title; // translated at show time, so a language switch renames the tab
        std::function<void(BookDocument *)> setDocument;
        std::function<bool(const QString &)> openDeal;
    };

    template<typename P>
    void addPage(P *page, const char *key, const char *title)
    {
        addPage(Page{page, QString::fromLatin1(key), title,
                     [page](BookDocument *document) { page->setDocument(document); },
                     [page](const QString &dealId) { return page->openDeal(dealId); }});
    }
    void addPage(const Page &page);
    // Until a page's own class lands: it says what is coming, and takes no deal.
    void addPlaceholder(const char *key, const char *title, const QString &iconName);

    // The focused editor of a table cell on some page, or null.
    QWidget *cellEditor() const;
    void reload();
    void showHeader();
    void retranslate();

    QPointer<BookDocument> m_document;
    QString m_dealId;
    QList<Page> m_pages;

    QPushButton *m_back;
    QPushButton *m_present;
    QLabel *m_heading;
    QLabel *m_subheading;
    QTabWidget *m_tabs;
};

} // namespace Sepakat
