#include "samples.h"
#include "storage/booksettings.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QTest>

using namespace Sepakat;
using namespace Sepakat::Testing;

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenNothingIsStored();
    void roundTrip();
    void ratesAreReplaced();
    void validate_data();
    void validate();
    void invalidSettingsSaveNothing();
};

namespace {

BookSettings sampleSettings()
{
    BookSettings s;
    s.companyName = QStringLiteral("PT Sepakat Solusi Nusantara");
    s.companyAddress = QStringLiteral("Jl. Jenderal Sudirman 52\nJakarta Selatan 12190");
    s.companyTaxNumber = QStringLiteral("01.234.567.8-901.000");
    s.companyLogo = QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 17);
    s.currency = QStringLiteral("USD");
    s.defaultTaxBasisPoints = 1200;
    s.stages.setSetting(Stage::Proposal, {4500, 30});
    s.stages.setSetting(Stage::Lost, {0, 7});
    s.ratesMicro.insert(QStringLiteral("IDR"), 63);
    s.ratesMicro.insert(QStringLiteral("SGD"), 740'000);
    s.approvalPolicy = {2000, 3000, 60};
    return s;
}

} // namespace

void TestSettingsRepository::defaultsWhenNothingIsStored()
{
    TempBook temp;
    QCOMPARE(temp.book().settings().load(), BookSettings());
    QCOMPARE(temp.book().settings().load().stages, StageTable());
}

void TestSettingsRepository::roundTrip()
{
    TempBook temp;
    const BookSettings settings = sampleSettings();
    SEPAKAT_VERIFY_OK(temp.book().settings().save(settings));
    temp.close();
    QVERIFY(temp.reopen());
    const BookSettings loaded = temp.book().settings().load();
    QCOMPARE(loaded.companyLogo, settings.companyLogo);
    QCOMPARE(loaded.stages.setting(Stage::Proposal).probabilityBasisPoints, 4500);
    QCOMPARE(loaded, settings);
    QCOMPARE(temp.book().audit().recent(1).first().action, QStringLiteral("settings-saved"));
}

void TestSettingsRepository::ratesAreReplaced()
{
    TempBook temp;
    BookSettings settings = sampleSettings();
    SEPAKAT_VERIFY_OK(temp.book().settings().save(settings));
    settings.ratesMicro.remove(QStringLiteral("SGD"));
    settings.companyLogo.clear();
    SEPAKAT_VERIFY_OK(temp.book().settings().save(settings));
    QCOMPARE(temp.book().settings().load(), settings);
    QCOMPARE(countRows(temp.book(), QStringLiteral("SELECT COUNT(*) FROM currency_rates")), 1);
}

void TestSettingsRepository::validate_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << -1 << "";
    QTest::newRow("unknown currency") << 0 << "currency";
    QTest::newRow("tax above 100 %") << 1 << "defaultTaxBasisPoints";
    QTest::newRow("negative tax") << 2 << "defaultTaxBasisPoints";
    QTest::newRow("stage probability") << 3 << "stages";
    QTest::newRow("zero rate") << 4 << "ratesMicro[SGD]";
    QTest::newRow("unknown rate currency") << 5 << "ratesMicro[XXX]";
    QTest::newRow("approval discount above 100 %") << 6 << "approvalPolicy.maxDiscount";
    QTest::newRow("approval discount negative") << 7 << "approvalPolicy.maxDiscount";
    QTest::newRow("approval margin above 100 %") << 8 << "approvalPolicy.minMargin";
    QTest::newRow("approval margin negative") << 9 << "approvalPolicy.minMargin";
    QTest::newRow("approval payment days negative") << 10 << "approvalPolicy.maxPaymentDays";
    QTest::newRow("approval payment days over ten years")
        << 11 << "approvalPolicy.maxPaymentDays";
    QTest::newRow("approval limits at their bounds") << 12 << "";
}

void TestSettingsRepository::validate()
{
    QFETCH(int, breakage);
    QFETCH(QString, field);
    BookSettings s = sampleSettings();
    switch (breakage) {
    case 0:
        s.currency = QStringLiteral("RUPIAH");
        break;
    case 1:
        s.defaultTaxBasisPoints = 10001;
        break;
    case 2:
        s.defaultTaxBasisPoints = -1;
        break;
    case 3:
        s.stages.setSetting(Stage::Won, {12000, 0});
        break;
    case 4:
        s.ratesMicro[QStringLiteral("SGD")] = 0;
        break;
    case 5:
        s.ratesMicro[QStringLiteral("XXX")] = 5;
        break;
    case 6:
        s.approvalPolicy.maxDiscountBasisPoints = 10001;
        break;
    case 7:
        s.approvalPolicy.maxDiscountBasisPoints = -1;
        break;
    case 8:
        s.approvalPolicy.minMarginBasisPoints = 10001;
        break;
    case 9:
        s.approvalPolicy.minMarginBasisPoints = -1;
        break;
    case 10:
        s.approvalPolicy.maxPaymentDays = -1;
        break;
    case 11:
        s.approvalPolicy.maxPaymentDays = 3651;
        break;
    case 12:
        s.approvalPolicy = {10000, 0, 3650};
        break;
    default:
        break;
    }
    const FieldErrors errors = s.validate();
    if (field.isEmpty()) {
        QVERIFY(errors.isEmpty());
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY(!errors.first().message.isEmpty());
}

void TestSettingsRepository::invalidSettingsSaveNothing()
{
    TempBook temp;
    BookSettings s = sampleSettings();
    s.defaultTaxBasisPoints = 20000;
    const Status status = temp.book().settings().save(s);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, QStringLiteral("defaultTaxBasisPoints"));
    QCOMPARE(countRows(temp.book(), QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    QCOMPARE(temp.book().settings().load(), BookSettings());
    QCOMPARE(temp.book().audit().count(), 0);
}

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"
