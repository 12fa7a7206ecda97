#include "common/bookdocument.h"
#include "common/language.h"
#include "common/userprofile.h"
#include "review/reviewpage.h"
#include "review/reviewqueuemodel.h"
#include "storage/approvalflow.h"
#include "storage/repositories.h"
#include "uitest.h"
#include "worksheet/offerlinesmodel.h"
#include "worksheet/offerpage.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace Sepakat;
using namespace Sepakat::UiTest;

// The approval flow as a salesperson and a manager drive it: the Offer page's status bar and
// the Review page's queue and sheet, on one book.
class TestReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overTheLimitIsSubmittedApprovedAndThenVoidedByAChange();
    void rejectNeedsAComment();
    void queueSortsAndFilters();
    void onlyAManagerDecides();

private:
    QString badge() { return child<QLabel>(m_offerPage.get(), "offerStatusBadge")->text(); }
    QPushButton *offerButton(const char *name)
    {
        return child<QPushButton>(m_offerPage.get(), name);
    }
    QPushButton *sheetButton(const char *name)
    {
        return child<QPushButton>(m_reviewPage.get(), name);
    }
    Offer offer() { return *m_document->book().worksheets().offer(QStringLiteral("o1")); }
    void saveProfile(UserProfile::Role role);
    void addDeal(const QString &id, const QString &title, qint64 discountBasisPoints, int days);

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<OfferPage> m_offerPage;
    std::unique_ptr<ReviewPage> m_reviewPage;
};

void TestReviewPage::initTestCase()
{
    isolateSettings();
    Language::install(QStringLiteral("en"));
}

void TestReviewPage::saveProfile(UserProfile::Role role)
{
    UserProfile profile;
    profile.name = QStringLiteral("Hendra Gunawan");
    profile.role = role;
    profile.save();
}

void TestReviewPage::addDeal(const QString &id, const QString &title, qint64 discountBasisPoints,
                             int days)
{
    DealBook &book = m_document->book();
    Deal deal;
    deal.id = id;
    deal.customerId = QStringLiteral("c1");
    deal.title = title;
    deal.stage = Stage::Negotiation;
    deal.value = Money(1'000'000, QStringLiteral("IDR"));
    deal.owner = QStringLiteral("Rina");
    QVERIFY(book.deals().save(deal));
    Offer o;
    o.id = id == u"d1" ? QStringLiteral("o1") : QStringLiteral("o-") + id;
    o.dealId = id;
    o.offerDate = QDate::currentDate();
    o.terms.paymentDays = days;
    OfferLine line;
    line.id = QStringLiteral("line-") + id;
    line.description = QStringLiteral("Scanner SCN-100");
    line.quantityMilli = 1000;
    line.unitPrice = Money(1'000'000, QStringLiteral("IDR"));
    line.unitCost = Money(500'000, QStringLiteral("IDR"));
    line.discountBasisPoints = discountBasisPoints;
    o.lines = {line};
    QVERIFY(book.worksheets().saveOffer(o));
}

void TestReviewPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("review%1").arg(++counter));
    QVERIFY(book);
    Customer customer;
    customer.id = QStringLiteral("c1");
    customer.name = QStringLiteral("PT Sinar Distribusi");
    QVERIFY(book->customers().save(customer));
    m_document = std::make_unique<BookDocument>(std::move(book));
    addDeal(QStringLiteral("d1"), QStringLiteral("Warehouse scanners"), 2200, 30);
    saveProfile(UserProfile::Role::Manager);
    m_document->book().setUserName(QStringLiteral("Rina"));

    m_offerPage = std::make_unique<OfferPage>();
    m_offerPage->setDocument(m_document.get());
    QVERIFY(m_offerPage->openDeal(QStringLiteral("d1")));
    m_offerPage->resize(1000, 700);
    m_offerPage->show();
    m_reviewPage = std::make_unique<ReviewPage>();
    m_reviewPage->setDocument(m_document.get());
    m_reviewPage->resize(1100, 700);
    m_reviewPage->show();
}

void TestReviewPage::cleanup()
{
    m_reviewPage.reset();
    m_offerPage.reset();
    m_document.reset();
}

void TestReviewPage::overTheLimitIsSubmittedApprovedAndThenVoidedByAChange()
{
    // 22 % off where 15 % is allowed: the page says so and offers to submit, not to send.
    QCOMPARE(badge(), QStringLiteral("Needs approval"));
    QVERIFY(child<QLabel>(m_offerPage.get(), "offerStatusDetail")
                ->text()
                .contains(QStringLiteral("Discount 22 % exceeds 15 % allowed")));
    QVERIFY(offerButton("submitForApprovalButton")->isVisibleTo(m_offerPage.get()));
    QVERIFY(!offerButton("markSentButton")->isVisibleTo(m_offerPage.get()));
    QVERIFY(ApprovalFlow(m_document->book()).proposalRefusal(offer()));

    // Submit asks for a short note.
    whenModal([](QWidget *dialog) {
        auto *note = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(note);
        QTest::keyClicks(note, QStringLiteral("They sign for 24 months."));
        qobject_cast<QInputDialog *>(dialog)->accept();
    });
    QTest::mouseClick(offerButton("submitForApprovalButton"), Qt::LeftButton);
    QTRY_COMPARE(badge(), QStringLiteral("Waiting for approval"));
    QCOMPARE(offer().status, OfferStatus::Pending);
    QCOMPARE(m_document->book().worksheets().approvals(QStringLiteral("o1")).constLast().submitNote,
             QStringLiteral("They sign for 24 months."));

    // The manager finds it in the queue, opens it and approves.
    auto *queue = child<QTableView>(m_reviewPage.get(), "reviewQueue");
    QCOMPARE(queue->model()->rowCount(), 1);
    queue->setFocus();
    queue->setCurrentIndex(queue->model()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_Return);
    QVERIFY(m_reviewPage->isReviewing());
    QVERIFY(child<QLabel>(m_reviewPage.get(), "reviewBreaches")
                ->text()
                .contains(QStringLiteral("Discount 22 % exceeds 15 % allowed")));
    QVERIFY(child<QLabel>(m_reviewPage.get(), "reviewerLabel")
                ->text()
                .contains(QStringLiteral("Hendra Gunawan")));
    QTest::mouseClick(sheetButton("approveButton"), Qt::LeftButton);
    QVERIFY(!m_reviewPage->isReviewing());
    QCOMPARE(queue->model()->rowCount(), 0);
    QCOMPARE(offer().status, OfferStatus::Approved);
    QCOMPARE(m_document->book().worksheets().approvals(QStringLiteral("o1")).constLast().reviewer,
             QStringLiteral("Hendra Gunawan"));

    // The salesperson's page follows; the proposal may now be exported, and sent.
    QCOMPARE(badge(), QStringLiteral("Approved"));
    QVERIFY(!ApprovalFlow(m_document->book()).proposalRefusal(offer()));
    QVERIFY(offerButton("markSentButton")->isVisibleTo(m_offerPage.get()));

    // A change of a line voids the approval: back to Needs approval, recorded in the history.
    auto *lines = child<QTableView>(m_offerPage.get(), "linesView");
    QVERIFY(lines->model()->setData(lines->model()->index(0, OfferLinesModel::Quantity),
                                    QStringLiteral("2")));
    QTRY_COMPARE(badge(), QStringLiteral("Needs approval"));
    QCOMPARE(offer().status, OfferStatus::Draft);
    QCOMPARE(offer().lines.first().quantityMilli, 2000);
    QCOMPARE(m_document->book().worksheets().approvals(QStringLiteral("o1")).constLast().status,
             ApprovalStatus::Voided);
    QVERIFY(child<QLabel>(m_offerPage.get(), "offerStatusDetail")
                ->text()
                .contains(QStringLiteral("voided by a change")));
    QStringList actions;
    for (const AuditEvent &event : m_document->book().audit().forDeal(QStringLiteral("d1")))
        actions << event.action;
    QVERIFY2(actions.contains(QStringLiteral("approval-voided")), qPrintable(actions.join(u',')));
    QVERIFY(ApprovalFlow(m_document->book()).proposalRefusal(offer()));
}

void TestReviewPage::rejectNeedsAComment()
{
    QVERIFY(ApprovalFlow(m_document->book()).submit(QStringLiteral("o1"), {}));
    m_document->notifyChanged(BookDocument::Part::Worksheet);
    QVERIFY(m_reviewPage->openReview(QStringLiteral("o1")));
    auto *error = child<QLabel>(m_reviewPage.get(), "reviewCommentError");
    QTest::mouseClick(sheetButton("rejectButton"), Qt::LeftButton);
    QVERIFY(error->isVisibleTo(m_reviewPage.get()));
    QVERIFY(m_reviewPage->isReviewing());
    QCOMPARE(offer().status, OfferStatus::Pending);

    QTest::keyClicks(child<QPlainTextEdit>(m_reviewPage.get(), "reviewComment"),
                     QStringLiteral("Ask for a two-year contract first."));
    QVERIFY(!error->isVisibleTo(m_reviewPage.get()));
    QTest::mouseClick(sheetButton("rejectButton"), Qt::LeftButton);
    QCOMPARE(offer().status, OfferStatus::Rejected);
    QCOMPARE(badge(), QStringLiteral("Rejected"));
    QVERIFY(child<QLabel>(m_offerPage.get(), "offerStatusDetail")
                ->text()
                .contains(QStringLiteral("Ask for a two-year contract first.")));
    const std::optional<ProposalRefusal> refusal =
        ApprovalFlow(m_document->book()).proposalRefusal(offer());
    QVERIFY(refusal);
    QVERIFY(refusal->reason.contains(QStringLiteral("Hendra Gunawan rejected this offer")));
}

void TestReviewPage::queueSortsAndFilters()
{
    addDeal(QStringLiteral("d2"), QStringLiteral("Cold storage"), 500, 60);
    addDeal(QStringLiteral("d3"), QStringLiteral("Forklift fleet"), 3000, 30);
    for (const char *id : {"o1", "o-d2", "o-d3"})
        QVERIFY(ApprovalFlow(m_document->book()).submit(QString::fromLatin1(id), {}));
    m_document->notifyChanged(BookDocument::Part::Worksheet);
    auto *queue = child<QTableView>(m_reviewPage.get(), "reviewQueue");
    QAbstractItemModel *model = queue->model();
    QCOMPARE(model->rowCount(), 3);

    queue->sortByColumn(ReviewQueueModel::Discount, Qt::DescendingOrder);
    QCOMPARE(model->index(0, ReviewQueueModel::Discount).data().toString(), QStringLiteral("30 %"));
    QCOMPARE(model->index(2, ReviewQueueModel::Discount).data().toString(), QStringLiteral("5 %"));

    auto *rule = child<QComboBox>(m_reviewPage.get(), "reviewRuleFilter");
    rule->setCurrentIndex(rule->findData(QStringLiteral("payment-days")));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("Cold storage")));
    rule->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(m_reviewPage.get(), "reviewFilter"),
                     QStringLiteral("forklift"));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("Forklift fleet")));
}

void TestReviewPage::onlyAManagerDecides()
{
    saveProfile(UserProfile::Role::Salesperson);
    QVERIFY(ApprovalFlow(m_document->book()).submit(QStringLiteral("o1"), {}));
    m_document->notifyChanged(BookDocument::Part::Worksheet);
    QVERIFY(m_reviewPage->openReview(QStringLiteral("o1")));
    QVERIFY(!sheetButton("approveButton")->isEnabled());
    QVERIFY(child<QLabel>(m_reviewPage.get(), "reviewerLabel")
                ->text()
                .contains(QStringLiteral("Only a manager decides")));
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
