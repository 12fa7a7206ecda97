#pragma once

#include "domain/need.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;
class QToolButton;

namespace Sepakat {

class BookDocument;
class NeedsModel;

// Worksheet page 2: the deal's needs. Add (Ctrl+Shift+E, Insert), edit in place, delete, move
// (Alt+Up, Alt+Down), or show them most pressing first; needs with no answer are flagged. Each
// change saves the whole list as one undoable command.
class NeedsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit NeedsPage(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    bool openDeal(const QString &dealId);

    NeedsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void updateActions();
    void showSummary();
    void save(const QList<Need> &after, const QString &text, const QString &mergeKey = {});
    void addNeed();
    void removeNeed();
    void moveNeed(int by);
    QString currentNeedId() const;
    void selectNeed(const QString &needId);

    QPointer<BookDocument> m_document;
    QString m_dealId;
    QString m_currency;
    QString m_selectAfterReload;

    NeedsModel *m_model;
    QTableView *m_table;
    QCheckBox *m_ranked;
    QLabel *m_summary;
    QLabel *m_error;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
};

} // namespace Sepakat
