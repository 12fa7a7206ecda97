#pragma once

#include "domain/approval.h"
#include "review/reviewpackage.h"

#include <QSet>
#include <QWidget>

class QBoxLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Sepakat {

class ConcessionLogModel;
class ZopaBar;

// One offer round under review, read-only: the request and the rules it breaks, the offer with
// its totals and terms (breached figures in red), the plan's walk-away, target and opening on
// the ZOPA bar, the concession log and the value case; below, the decision: a comment (required
// to reject), Approve and Reject. The same sheet serves a request in the open deal book and a
// review package opened from a file.
class ReviewSheet final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewSheet(QWidget *parent = nullptr);

    void showPackage(const ReviewPackage &package);
    const ReviewPackage &package() const { return m_package; }
    // Who decides (the user profile's name) and whether this user may decide at all.
    void setReviewer(const QString &name, bool canDecide, const QString &whyNot = {});
    // "Approve" / "Reject" here, "Approve and return…" for a package from a file.
    void setDecisionTexts(const QString &approve, const QString &reject);

signals:
    // The comment is trimmed; a rejection only comes with one.
    void decided(Sepakat::ApprovalStatus decision, const QString &comment);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGroupBox *group(const char *objectName, QWidget *content);
    void retranslate();
    void fill();
    void fillOffer(const Offer &offer);
    void fillPlan(const Offer &offer);
    void fillConcessions();
    void fillValueCase(const Offer &offer);
    void decide(ApprovalStatus decision);

    ReviewPackage m_package;
    QSet<QString> m_broken; // rule keys
    QString m_approveText;
    QString m_rejectText;

    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_request;
    QLabel *m_breaches;
    QTableWidget *m_lines;
    QLabel *m_totals;
    QLabel *m_terms;
    ZopaBar *m_zopa;
    QLabel *m_plan;
    ConcessionLogModel *m_concessionModel;
    QTableView *m_concessions;
    QLabel *m_valueCase;
    QLabel *m_reviewer;
    QPlainTextEdit *m_comment;
    QLabel *m_commentError;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QBoxLayout *m_columns = nullptr;
    QList<QGroupBox *> m_groups;
};

} // namespace Sepakat
