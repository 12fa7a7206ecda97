#include "common/language.h"
#include "storage/repositories.h"
#include "tempbook.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Sepakat;

namespace {

// "a|b|c" as a list, for short data rows.
QStringList words(const char *joined)
{
    return QString::fromUtf8(joined).split(u'|');
}

} // namespace

// What users see in each language beyond Sepakat's own widgets: the messages the storage layer
// writes (filed under the context Sepakat::Storage) and Qt's own buttons and menus, which Qt
// has no Indonesian catalogue for and so take their words from Sepakat's.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void storageMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("This customer no longer exists.");
        QTest::newRow("id") << QStringLiteral("id")
                            << QStringLiteral("Pelanggan ini sudah tidak ada.");
    }
    void storageMessages()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(Language::install(language));
        Testing::TempBook temp;
        QVERIFY(temp.isValid());
        const Status removed = temp.book().customers().remove(QStringLiteral("no-such-customer"));
        QVERIFY(!removed);
        QCOMPARE(removed.errorMessage(), expected);
    }

    void standardButtons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // Yes, No, Cancel, Save, Close
        QTest::newRow("en") << QStringLiteral("en") << words("&Yes|&No|Cancel|Save|Close");
        QTest::newRow("id") << QStringLiteral("id") << words("&Ya|&Tidak|Batal|Simpan|Tutup");
    }
    void standardButtons()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(Language::install(language));
        QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), expected.at(0));
        QCOMPARE(box.button(QMessageBox::No)->text(), expected.at(1));
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), expected.at(2));
        QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), expected.at(3));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), expected.at(4));
    }

    void textFieldMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("copy");
        QTest::addColumn<QString>("paste");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Copy")
                            << QStringLiteral("&Paste");
        QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("&Salin")
                            << QStringLiteral("&Tempel");
    }
    void textFieldMenu()
    {
        QFETCH(QString, language);
        QFETCH(QString, copy);
        QFETCH(QString, paste);
        QVERIFY(Language::install(language));
        QLineEdit field;
        const std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
        QStringList texts;
        for (const QAction *action : menu->actions())
            texts << action->text().section(u'\t', 0, 0); // the shortcut follows a tab
        QVERIFY2(texts.contains(copy), qPrintable(texts.join(u", ")));
        QVERIFY2(texts.contains(paste), qPrintable(texts.join(u", ")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
