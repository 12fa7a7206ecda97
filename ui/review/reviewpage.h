#pragma once

#include "domain/approval.h"
#include "review/reviewpackage.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Sepakat {

class BookDocument;
class ReviewQueueFilter;
class ReviewQueueModel;
class ReviewSheet;

// The manager's review workspace: the queue of offer rounds waiting for approval (sortable,
// filterable by text and by rule), and one round at a time in a read-only review sheet with
// Approve and Reject. A review package opened from a file shows in the same sheet; its decision
// goes to a decision file instead of the book. The reviewer is the user profile's name; only a
// profile with the Manager role decides.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void setDocument(BookDocument *document);
    // Opens the review of a round waiting in the book; false when it is not waiting.
    bool openReview(const QString &offerId);
    // Shows a package from a file; the decision is returned as a decision file.
    void openPackage(const ReviewPackage &package);
    bool isReviewing() const;

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void retranslate();
    void updateSummary();
    void showSheet(const ReviewPackage &package, bool fromFile);
    void updateReviewer();
    void decide(ApprovalStatus decision, const QString &comment);

    QPointer<BookDocument> m_document;
    bool m_fromFile = false;

    QStackedWidget *m_stack;
    QWidget *m_queuePage;
    QLabel *m_title;
    QLineEdit *m_filter;
    QComboBox *m_rule;
    QPushButton *m_openPackage;
    QPushButton *m_importDecision;
    ReviewQueueModel *m_model;
    ReviewQueueFilter *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    ReviewSheet *m_sheet;
};

} // namespace Sepakat
