#include "uitest.h"

#include "common/bookdocument.h"
#include "common/userprofile.h"
#include "settings/settingspage.h"
#include "settings/stagetablemodel.h"
#include "storage/repositories.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();

    void stageModelPassesTheTester();
    void taxAndStageEditsPersist();
    void invalidTaxIsRefused();
    void approvalPolicyIsEditedAndStored();
    void invalidApprovalLimitsAreRefused();
    void stageProbabilityOutOfRangeIsRefused();
    void unreadableStageInputIsRefusedAsTyped();
    void profileIsKeptPerUser();
    void readOnlyBookDisablesBookSettings();

private:
    void typeInto(const char *objectName, const QString &text);
    void typeIntoStageCell(Stage stage, int column, const QString &text);
    BookSettings stored() { return m_document->book().settings().load(); }

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::init()
{
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("settings%1").arg(++counter));
    QVERIFY(book);
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<SettingsPage>();
    m_page->setDocument(m_document.get());
    m_page->resize(900, 700);
    m_page->show();
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestSettingsPage::typeInto(const char *objectName, const QString &text)
{
    auto *edit = child<QLineEdit>(m_page.get(), objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestSettingsPage::typeIntoStageCell(Stage stage, int column, const QString &text)
{
    auto *table = child<QTableView>(m_page.get(), "stageTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(static_cast<int>(stage), column));
    // Any key starts editing the current cell and is its first character; the rest goes to the
    // editor, as it would with the keyboard focus there.
    QTest::keyClicks(table, text.left(1));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor on the next turn of the event loop.
    QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>());
}

void TestSettingsPage::stageModelPassesTheTester()
{
    StageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(StageTable());
    QCOMPARE(model.rowCount(), kStageCount);
    QVERIFY(model.setData(model.index(0, StageTableModel::StaleDays), QStringLiteral("30")));
    QCOMPARE(model.table().setting(Stage::Prospect).staleDays, 30);
    QVERIFY(!model.setData(model.index(0, StageTableModel::StageColumn), QStringLiteral("x")));
}

void TestSettingsPage::taxAndStageEditsPersist()
{
    typeInto("companyNameEdit", QStringLiteral("PT Sepakat Jaya"));
    typeInto("defaultTaxEdit", QStringLiteral("12"));
    typeIntoStageCell(Stage::Prospect, StageTableModel::Probability, QStringLiteral("15"));
    typeIntoStageCell(Stage::Negotiation, StageTableModel::StaleDays, QStringLiteral("30"));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveBookSettings"), Qt::LeftButton);

    // Read back through a fresh handle on the file.
    const QString path = m_document->book().path();
    m_page->setDocument(nullptr);
    m_document.reset();
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    const BookSettings settings = book->settings().load();
    QCOMPARE(settings.companyName, QStringLiteral("PT Sepakat Jaya"));
    QCOMPARE(settings.defaultTaxBasisPoints, 1200);
    QCOMPARE(settings.stages.setting(Stage::Prospect).probabilityBasisPoints, 1500);
    QCOMPARE(settings.stages.setting(Stage::Negotiation).staleDays, 30);
}

void TestSettingsPage::invalidTaxIsRefused()
{
    const BookSettings before = stored();
    typeInto("companyNameEdit", QStringLiteral("Changed"));
    typeInto("defaultTaxEdit", QStringLiteral("sebelas"));
    QVERIFY(!m_page->saveBookSettings());
    QVERIFY(child<QLabel>(m_page.get(), "error_defaultTaxBasisPoints")->isVisibleTo(m_page.get()));
    QCOMPARE(stored(), before);

    typeInto("defaultTaxEdit", QStringLiteral("120"));
    QVERIFY(!m_page->saveBookSettings());
    QVERIFY(child<QLabel>(m_page.get(), "error_defaultTaxBasisPoints")->isVisibleTo(m_page.get()));
    QCOMPARE(stored(), before);
}

void TestSettingsPage::approvalPolicyIsEditedAndStored()
{
    QCOMPARE(child<QLineEdit>(m_page.get(), "maxDiscountEdit")->text(), QStringLiteral("15"));
    QCOMPARE(child<QLineEdit>(m_page.get(), "minMarginEdit")->text(), QStringLiteral("25"));
    typeInto("maxDiscountEdit", QStringLiteral("12.5"));
    typeInto("minMarginEdit", QStringLiteral("30"));
    auto *days = child<QSpinBox>(m_page.get(), "maxPaymentDaysSpin");
    days->selectAll();
    QTest::keyClicks(days, QStringLiteral("60"));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveBookSettings"), Qt::LeftButton);
    QCOMPARE(stored().approvalPolicy, (ApprovalPolicy{1250, 3000, 60}));
    // Shown again as stored, after a revert too.
    m_page->revertBookSettings();
    QCOMPARE(child<QLineEdit>(m_page.get(), "maxDiscountEdit")->text(), QStringLiteral("12.5"));
    QCOMPARE(days->value(), 60);
}

void TestSettingsPage::invalidApprovalLimitsAreRefused()
{
    const BookSettings before = stored();
    typeInto("maxDiscountEdit", QStringLiteral("150"));
    typeInto("minMarginEdit", QStringLiteral("banyak"));
    QVERIFY(!m_page->saveBookSettings());
    QVERIFY(child<QLabel>(m_page.get(), "error_approvalPolicy.maxDiscount")
                ->isVisibleTo(m_page.get()));
    QVERIFY(child<QLabel>(m_page.get(), "error_approvalPolicy.minMargin")
                ->isVisibleTo(m_page.get()));
    QCOMPARE(stored(), before);
}

void TestSettingsPage::stageProbabilityOutOfRangeIsRefused()
{
    const BookSettings before = stored();
    typeIntoStageCell(Stage::Qualified, StageTableModel::Probability, QStringLiteral("150"));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveBookSettings"), Qt::LeftButton);
    auto *message = child<QLabel>(m_page.get(), "error_stages");
    QVERIFY(message->isVisibleTo(m_page.get()));
    QVERIFY(message->text().contains(stageName(Stage::Qualified)));
    QCOMPARE(stored(), before);
}

void TestSettingsPage::unreadableStageInputIsRefusedAsTyped()
{
    typeIntoStageCell(Stage::Proposal, StageTableModel::StaleDays, QStringLiteral("abc"));
    QVERIFY(child<QLabel>(m_page.get(), "error_stages")->isVisibleTo(m_page.get()));
    auto *table = child<QTableView>(m_page.get(), "stageTable");
    QCOMPARE(table->model()
                 ->index(static_cast<int>(Stage::Proposal), StageTableModel::StaleDays)
                 .data(Qt::EditRole)
                 .toString(),
             QStringLiteral("21"));
}

void TestSettingsPage::profileIsKeptPerUser()
{
    typeInto("userNameEdit", QStringLiteral("Rina Wijaya"));
    auto *role = child<QComboBox>(m_page.get(), "roleCombo");
    role->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveProfile"), Qt::LeftButton);
    const UserProfile profile = UserProfile::load();
    QCOMPARE(profile.name, QStringLiteral("Rina Wijaya"));
    QCOMPARE(profile.role, UserProfile::Role::Manager);
    QCOMPARE(m_document->book().userName(), QStringLiteral("Rina Wijaya"));

    typeInto("userNameEdit", QString());
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveProfile"), Qt::LeftButton);
    QVERIFY(child<QLabel>(m_page.get(), "error_userName")->isVisibleTo(m_page.get()));
    QCOMPARE(UserProfile::load().name, QStringLiteral("Rina Wijaya"));
}

void TestSettingsPage::readOnlyBookDisablesBookSettings()
{
    const QString path = m_document->book().path();
    m_page->setDocument(nullptr);
    m_document.reset();
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadOnly, &failure);
    QVERIFY2(book, qPrintable(failure.message));
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page->setDocument(m_document.get());
    QVERIFY(!child<QPushButton>(m_page.get(), "saveBookSettings")->isEnabled());
    QVERIFY(!child<QLineEdit>(m_page.get(), "defaultTaxEdit")->isEnabled());
    QVERIFY(child<QLabel>(m_page.get(), "readOnlyNote")->isVisibleTo(m_page.get()));
    QVERIFY(child<QPushButton>(m_page.get(), "saveProfile")->isEnabled());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
