#pragma once

#include "common/fielderrors.h"
#include "domain/deal.h"
#include "domain/plan.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Sepakat {

class BookDocument;
class ZopaBar;

// The Plan page of the worksheet: the salesperson's private price plan (target, opening,
// walk-away), both sides' alternatives, style, agenda, objections with prepared responses and
// notes, with the bargaining zone drawn and its warnings beside it. All of it is internal.
class PlanPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(QWidget *parent = nullptr);
    ~PlanPage() override;

    void setDocument(BookDocument *document);
    // Shows the deal's plan; false (and nothing changes) when the book has no such deal.
    bool openDeal(const QString &dealId);
    QString dealId() const { return m_dealId; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void connectEdits();
    void reload();
    void showPlan();
    void showZopa(const Plan &plan);
    void retranslate();
    void setEditable(bool editable);
    QString planCurrency() const;

    void saveMoney(QLineEdit *edit, Money Plan::*member, const QString &field);
    void saveText(QString Plan::*member, const QString &text, const QString &field);
    void saveObjections();
    void addObjection();
    void removeObjection();
    // Validates after; when it passes, saves it as one command. When it does not, the zone shows
    // what was typed beside the message, and nothing is stored.
    bool save(const Plan &after, const QString &text, const QString &mergeKey = {});

    QPointer<BookDocument> m_document;
    QString m_dealId;
    std::optional<Deal> m_deal;
    Plan m_plan;
    Money m_currentNet;

    QLabel *m_banner;
    QLabel *m_hint;
    ZopaBar *m_zopa;
    QLabel *m_warningsTitle;
    QLabel *m_warnings;
    QBoxLayout *m_zopaLayout = nullptr;
    QWidget *m_form;
    QLineEdit *m_target;
    QLineEdit *m_opening;
    QLineEdit *m_walkAway;
    QLineEdit *m_theirWalkAway;
    QLineEdit *m_theirBatna;
    QLineEdit *m_ourBatna;
    QLineEdit *m_ourBatnaValue;
    QComboBox *m_style;
    QPlainTextEdit *m_agenda;
    QTableWidget *m_objections;
    QPushButton *m_addObjection;
    QPushButton *m_removeObjection;
    QPlainTextEdit *m_notes;
    QLabel *m_generalError;
    InlineErrors m_errors;
};

} // namespace Sepakat
