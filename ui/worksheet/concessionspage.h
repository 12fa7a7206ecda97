#pragma once

#include "domain/concession.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace Sepakat {

class BookDocument;
class ConcessionChecks;
class ConcessionForm;
class ConcessionLogModel;
class TradeablesModel;

// Worksheet page 5, internal: the give-get table of tradeables, the concession log by round and
// party, and the checks on pacing, room and reciprocity. Every edit is one undoable command.
class ConcessionsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ConcessionsPage(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    // Shows the deal's concessions; false (and nothing changes) when the book has no such deal.
    bool openDeal(const QString &dealId);
    QString dealId() const { return m_dealId; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void retranslate();
    void addTradeable();
    void removeTradeable();
    void logConcession();
    void showTableError(const QString &message);
    int latestRound() const;

    QPointer<BookDocument> m_document;
    QString m_dealId;
    QString m_currency;
    QList<Tradeable> m_tradeables;
    QList<Concession> m_log;

    QBoxLayout *m_columns = nullptr;
    QLabel *m_heading;
    QLabel *m_internal;
    QLabel *m_hint;
    QLabel *m_tradeablesHeading;
    QPushButton *m_addTradeable;
    QPushButton *m_removeTradeable;
    QTableView *m_tradeablesView;
    QLabel *m_tableError;
    QLabel *m_logHeading;
    QTableView *m_logView;
    QLabel *m_formHeading;
    ConcessionForm *m_form;
    ConcessionChecks *m_checks;
    TradeablesModel *m_tradeablesModel;
    ConcessionLogModel *m_logModel;
};

} // namespace Sepakat
