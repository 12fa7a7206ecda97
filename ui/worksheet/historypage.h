#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace Sepakat {

class BookDocument;

// Worksheet page 6: the deal's audit events (stage moves, offer rounds, concessions, edits),
// newest first, read again whenever the book changes.
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    bool openDeal(const QString &dealId);

    // The audit action key in words ("deal-stage-moved" -> "Stage moved"); the key itself when
    // it is not known.
    static QString actionName(const QString &action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    QPointer<BookDocument> m_document;
    QString m_dealId;
    QTableWidget *m_table;
    QLabel *m_empty;
};

} // namespace Sepakat
