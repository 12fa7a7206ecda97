#pragma once

#include "common/fielderrors.h"
#include "domain/deal.h"
#include "domain/offer.h"
#include "domain/product.h"
#include "storage/booksettings.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace Sepakat {

class BookDocument;
class OfferLinesModel;
class OfferStatusBar;
class OfferTotalsPanel;

// The Offer page of the worksheet: one offer version per negotiation round, its lines, discount,
// tax and terms, live totals, the internal margin, and what changed since the round before.
// Only the latest round is edited; earlier ones stay as they were offered. Every edit is saved
// at once as an undoable command.
class OfferPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OfferPage(QWidget *parent = nullptr);
    ~OfferPage() override;

    void setDocument(BookDocument *document);
    // Shows the deal's offers; false (and nothing changes) when the book has no such deal.
    bool openDeal(const QString &dealId);
    QString dealId() const { return m_dealId; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildLayout();
    void connectEdits();
    void reload();
    void showRound();
    void showComparison();
    void fillProducts();
    void retranslate();
    void setEditable(bool editable);

    const Offer *selected() const;
    bool latestSelected() const;
    void createFirstOffer();
    void startNewRound();
    void addLine(const std::optional<Product> &product);
    void removeLine();
    void saveLine(int row, const OfferLine &line, const QString &field);
    void savePercentage(QLineEdit *edit, qint64 Offer::*member, const QString &field);
    void saveTerm(QSpinBox *spin, int OfferTerms::*member, const QString &field);
    void saveValidUntil();
    // Validates after; when it passes, saves it in place of the round shown as one command.
    bool save(const Offer &after, const QString &text, const QString &mergeKey = {});
    void refuse(const QString &field, const QString &message);

    QPointer<BookDocument> m_document;
    QString m_dealId;
    std::optional<Deal> m_deal;
    QList<Offer> m_offers;
    int m_selectedVersion = 0;
    BookSettings m_settings;

    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyHint;
    QPushButton *m_createOffer;
    QWidget *m_content;
    QLabel *m_roundLabel;
    QComboBox *m_round;
    QLabel *m_status;
    QPushButton *m_newRound;
    OfferStatusBar *m_statusBar;
    QLabel *m_hint;
    QPushButton *m_addLine;
    QComboBox *m_product;
    QPushButton *m_addProduct;
    QPushButton *m_removeLine;
    OfferLinesModel *m_linesModel;
    QTableView *m_lines;
    QLabel *m_linesError;
    QWidget *m_form;
    QLineEdit *m_documentDiscount;
    QLineEdit *m_tax;
    QSpinBox *m_paymentDays;
    QSpinBox *m_deliveryDays;
    QComboBox *m_support;
    QSpinBox *m_warrantyMonths;
    QSpinBox *m_contractMonths;
    QDateEdit *m_validUntil;
    QLabel *m_generalError;
    InlineErrors m_errors;
    OfferTotalsPanel *m_totals;
    QBoxLayout *m_bottom = nullptr;
    QLabel *m_comparisonTitle;
    QListWidget *m_comparison;
};

} // namespace Sepakat
