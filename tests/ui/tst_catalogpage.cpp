#include "uitest.h"

#include "catalog/catalogpage.h"
#include "catalog/productmodel.h"
#include "common/bookdocument.h"
#include "storage/repositories.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Sepakat;
using namespace Sepakat::UiTest;

class TestCatalogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();

    void modelPassesTheTester();
    void invalidProductShowsMessagesAndSavesNothing();
    void validProductIsSavedAndUndoRemovesIt();
    void deactivateIsUndoable();
    void searchFilters();

private:
    static void fillAndSave(QWidget *dialog, const QString &sku, const QString &name,
                            const QString &price);

    QTemporaryDir m_dir;
    std::unique_ptr<BookDocument> m_document;
    std::unique_ptr<CatalogPage> m_page;
};

void TestCatalogPage::init()
{
    QVERIFY(m_dir.isValid());
    static int counter = 0;
    auto book = createBook(m_dir, QStringLiteral("catalog%1").arg(++counter));
    QVERIFY(book);
    m_document = std::make_unique<BookDocument>(std::move(book));
    m_page = std::make_unique<CatalogPage>();
    m_page->setDocument(m_document.get());
    m_page->resize(900, 600);
    m_page->show();
}

void TestCatalogPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestCatalogPage::fillAndSave(QWidget *dialog, const QString &sku, const QString &name,
                                  const QString &price)
{
    auto *skuEdit = child<QLineEdit>(dialog, "skuEdit");
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    auto *priceEdit = child<QLineEdit>(dialog, "priceEdit");
    skuEdit->clear();
    QTest::keyClicks(skuEdit, sku);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    priceEdit->clear();
    QTest::keyClicks(priceEdit, price);
    QTest::keyClick(nameEdit, Qt::Key_Return);
}

void TestCatalogPage::modelPassesTheTester()
{
    ProductModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Product product;
    product.id = QStringLiteral("p1");
    product.sku = QStringLiteral("SKU-1");
    product.name = QStringLiteral("Router");
    product.unitPrice = Money(1'250'000, QStringLiteral("IDR"));
    product.unitCost = Money(1'000'000, QStringLiteral("IDR"));
    model.setProducts({product, product});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ProductModel::ColumnCount));
    QCOMPARE(model.index(0, ProductModel::Margin).data().toString(), QStringLiteral("20 %"));
    model.retranslate();
    model.setProducts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogPage::invalidProductShowsMessagesAndSavesNothing()
{
    bool stayedOpen = false;
    bool nameMessage = false;
    bool priceMessage = false;
    whenModal([&](QWidget *dialog) {
        fillAndSave(dialog, QStringLiteral("X-1"), QString(), QStringLiteral("abc"));
        stayedOpen = dialog->isVisible();
        nameMessage = child<QLabel>(dialog, "error_name")->isVisibleTo(dialog)
                      && !child<QLabel>(dialog, "error_name")->text().isEmpty();
        priceMessage = child<QLabel>(dialog, "error_unitPrice")->isVisibleTo(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addProduct"), Qt::LeftButton);
    QVERIFY(stayedOpen);
    QVERIFY(nameMessage);
    QVERIFY(priceMessage);
    QCOMPARE(m_document->book().products().count(), 0);
    QVERIFY(!m_document->undoStack()->canUndo());
}

void TestCatalogPage::validProductIsSavedAndUndoRemovesIt()
{
    whenModal([&](QWidget *dialog) {
        fillAndSave(dialog, QStringLiteral("RTR-100"), QStringLiteral("Edge router"),
                    QStringLiteral("1,250,000"));
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addProduct"), Qt::LeftButton);

    const QList<Product> products = m_document->book().products().all();
    QCOMPARE(products.size(), 1);
    QCOMPARE(products.first().name, QStringLiteral("Edge router"));
    QCOMPARE(products.first().unitPrice, Money(1'250'000, QStringLiteral("IDR")));
    auto *table = child<QTableView>(m_page.get(), "productTable");
    QCOMPARE(table->model()->rowCount(), 1);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->book().products().count(), 0);
    QCOMPARE(table->model()->rowCount(), 0);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->book().products().count(), 1);
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestCatalogPage::deactivateIsUndoable()
{
    Product product;
    product.id = QStringLiteral("p-1");
    product.sku = QStringLiteral("SUP-1");
    product.name = QStringLiteral("Support hours");
    product.unit = QStringLiteral("hour");
    product.unitPrice = Money(450'000, QStringLiteral("IDR"));
    product.unitCost = Money(200'000, QStringLiteral("IDR"));
    QVERIFY(m_document->book().products().save(product));
    m_document->notifyChanged(BookDocument::Part::Products);

    auto *table = child<QTableView>(m_page.get(), "productTable");
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_document->book().products().find(product.id)->active, false);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->book().products().find(product.id)->active, true);
}

void TestCatalogPage::searchFilters()
{
    for (const auto &[sku, name] : {std::pair{"A-1", "Firewall"}, std::pair{"B-2", "Switch"},
                                    std::pair{"C-3", "Fire training"}}) {
        Product product;
        product.id = QString::fromLatin1(sku);
        product.sku = QString::fromLatin1(sku);
        product.name = QString::fromLatin1(name);
        product.unitPrice = Money(100, QStringLiteral("IDR"));
        product.unitCost = Money(50, QStringLiteral("IDR"));
        QVERIFY(m_document->book().products().save(product));
    }
    m_document->notifyChanged(BookDocument::Part::Products);
    auto *table = child<QTableView>(m_page.get(), "productTable");
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "catalogSearch"), QStringLiteral("FIRE"));
    QCOMPARE(table->model()->rowCount(), 2);
}

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
