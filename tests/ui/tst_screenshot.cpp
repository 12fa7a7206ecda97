#include "uitest.h"

#include "common/language.h"
#include "shell/screenshot.h"
#include "storage/demo.h"
#include "tempbook.h"

#include <QFileInfo>
#include <QImage>
#include <QSet>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void rendersThePipeline_data();
    void rendersThePipeline();
    void rendersValueAndPresentation_data();
    void rendersValueAndPresentation();
    void leavesTheBookUnchanged();
    void sizeParsing_data();
    void sizeParsing();
    void refusals_data();
    void refusals();

private:
    ScreenshotRequest request(const QString &output) const
    {
        ScreenshotRequest r;
        r.bookPath = m_book;
        r.outputPath = m_dir.filePath(output);
        return r;
    }

    QTemporaryDir m_dir;
    QString m_book;
};

void TestScreenshot::initTestCase()
{
    isolateSettings();
    m_book = m_dir.filePath(QStringLiteral("demo.sepakat"));
    QVERIFY(writeDemoBook(m_book, DemoOptions{300, 7}));
}

void TestScreenshot::rendersThePipeline_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en, laptop") << QStringLiteral("en") << QSize(1366, 768);
    QTest::newRow("id, small") << QStringLiteral("id") << QSize(800, 520);
}

void TestScreenshot::rendersThePipeline()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    ScreenshotRequest r = request(QStringLiteral("pipeline-%1.png").arg(language));
    r.size = size;
    r.language = language;
    const Status status = renderScreenshot(r);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));

    const QImage image(r.outputPath);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    // A blank or one-colour picture means nothing was painted: a real window has text, icons,
    // frames and cards in many shades.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size())));
    QCOMPARE(Language::current(), language);
}

void TestScreenshot::rendersValueAndPresentation_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("value page, en") << QStringLiteral("worksheet") << QStringLiteral("value")
                                    << QStringLiteral("en") << QSize(1366, 768);
    QTest::newRow("presentation savings, id, small")
        << QStringLiteral("presentation") << QString() << QStringLiteral("id") << QSize(1024, 640);
    QTest::newRow("presentation offer, en") << QStringLiteral("presentation")
                                            << QStringLiteral("offer") << QStringLiteral("en")
                                            << QSize(1366, 768);
}

void TestScreenshot::rendersValueAndPresentation()
{
    QFETCH(QString, view);
    QFETCH(QString, page);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    ScreenshotRequest r = request(QStringLiteral("%1-%2-%3.png").arg(view, page, language));
    r.view = view;
    r.page = page;
    r.size = size;
    r.language = language;
    const Status status = renderScreenshot(r);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    const QImage image(r.outputPath);
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size())));
}

void TestScreenshot::leavesTheBookUnchanged()
{
    const QByteArray before = Testing::fileBytes(m_book);
    QVERIFY(renderScreenshot(request(QStringLiteral("again.png"))));
    QCOMPARE(Testing::fileBytes(m_book), before);
    QVERIFY(!QFileInfo::exists(m_book + QStringLiteral(".lock")));
}

void TestScreenshot::sizeParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::newRow("plain") << QStringLiteral("1366x768") << QSize(1366, 768);
    QTest::newRow("capital X") << QStringLiteral("800X600") << QSize(800, 600);
    QTest::newRow("times sign") << QStringLiteral("1920×1080") << QSize(1920, 1080);
    QTest::newRow("no height") << QStringLiteral("1366") << QSize();
    QTest::newRow("words") << QStringLiteral("big") << QSize();
    QTest::newRow("negative") << QStringLiteral("-1x5") << QSize();
}

void TestScreenshot::sizeParsing()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    const std::optional<QSize> parsed = parseScreenshotSize(text);
    QCOMPARE(parsed.value_or(QSize()), size);
}

void TestScreenshot::refusals_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("book");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("field");
    const QString ok = QStringLiteral("out.png");
    QTest::newRow("unknown view") << QStringLiteral("dashboard") << QSize(1366, 768) << QString()
                                  << QString() << ok << QStringLiteral("view");
    QTest::newRow("tiny") << QStringLiteral("pipeline") << QSize(10, 10) << QString() << QString()
                          << ok << QStringLiteral("size");
    QTest::newRow("huge") << QStringLiteral("pipeline") << QSize(20000, 768) << QString()
                          << QString() << ok << QStringLiteral("size");
    QTest::newRow("language") << QStringLiteral("pipeline") << QSize(1366, 768)
                              << QStringLiteral("fr") << QString() << ok
                              << QStringLiteral("language");
    QTest::newRow("no book") << QStringLiteral("pipeline") << QSize(1366, 768) << QString()
                             << QStringLiteral("missing.sepakat") << ok << QStringLiteral("book");
    QTest::newRow("presentation page") << QStringLiteral("presentation") << QSize(1366, 768)
                                       << QString() << QString() << ok << QStringLiteral("page");
    QTest::newRow("unwritable") << QStringLiteral("pipeline") << QSize(1366, 768) << QString()
                                << QString() << QStringLiteral("no/such/folder/out.png")
                                << QStringLiteral("output");
}

void TestScreenshot::refusals()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QFETCH(QString, book);
    QFETCH(QString, output);
    QFETCH(QString, field);
    ScreenshotRequest r = request(output);
    r.view = view;
    r.size = size;
    r.language = language;
    if (view == u"presentation")
        r.page = QStringLiteral("walk-away");
    if (!book.isEmpty())
        r.bookPath = m_dir.filePath(book);
    const Status status = renderScreenshot(r);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, field);
    QVERIFY(!status.errorMessage().isEmpty());
    QVERIFY(!QFileInfo::exists(r.outputPath));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
