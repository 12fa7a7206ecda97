#pragma once

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;

namespace Sepakat {

class BookDocument;

// The worksheet on one page for an informal, sudden negotiation: the top three needs, the
// current price and terms, how far the price is above the walk-away, and the next concession
// planned. Internal numbers show here: it is the salesperson's view, never the customer's.
class QuickView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuickView(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    bool openDeal(const QString &dealId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    QString needsText();
    QString offerText(QString *walkAwayText);
    QString concessionText();

    QPointer<BookDocument> m_document;
    QString m_dealId;
    QGroupBox *m_needsBox;
    QGroupBox *m_offerBox;
    QGroupBox *m_walkAwayBox;
    QGroupBox *m_concessionBox;
    QLabel *m_needs;
    QLabel *m_offer;
    QLabel *m_walkAway;
    QLabel *m_concession;
};

} // namespace Sepakat
