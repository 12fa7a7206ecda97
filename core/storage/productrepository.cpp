#include "storage/repositories.h"

#include "storage/dealbook.h"
#include "storage/rowvalues.h"

namespace Sepakat {

using namespace Rows;

namespace {

const QString kSelectProducts = QStringLiteral(
    "SELECT id, sku, name, unit, currency, unit_price, unit_cost, benefit, active FROM products");

Product productFrom(const QSqlQuery &query)
{
    Product product;
    product.id = query.value(0).toString();
    product.sku = query.value(1).toString();
    product.name = query.value(2).toString();
    product.unit = query.value(3).toString();
    const QString currency = query.value(4).toString();
    product.unitPrice = Money(query.value(5).toLongLong(), currency);
    product.unitCost = Money(query.value(6).toLongLong(), currency);
    product.benefit = query.value(7).toString();
    product.active = query.value(8).toLongLong() != 0;
    return product;
}

} // namespace

QList<Product> ProductRepository::all() const
{
    QList<Product> products;
    QSqlQuery &query = m_book.statement(kSelectProducts
                                        + QStringLiteral(" ORDER BY name COLLATE NOCASE, sku"));
    if (run(query, {})) {
        while (query.next())
            products << productFrom(query);
    }
    query.finish();
    return products;
}

std::optional<Product> ProductRepository::find(const QString &id) const
{
    QSqlQuery &query = m_book.statement(kSelectProducts + QStringLiteral(" WHERE id = ?"));
    std::optional<Product> found;
    if (run(query, {id}) && query.next())
        found = productFrom(query);
    query.finish();
    return found;
}

Status ProductRepository::save(const Product &input)
{
    Product product = input;
    product.id = ensureId(product.id);
    if (const FieldErrors errors = product.validate(); !errors.isEmpty())
        return invalid(errors);
    // Orders, imports and proposals find a product by its SKU, so it must be there.
    if (product.sku.trimmed().isEmpty())
        return refused(tr("The SKU is required."), QStringLiteral("sku"));
    // The cost is kept in the price's currency; an unset cost is zero.
    const QString currency = product.unitPrice.currency();
    const qint64 cost = product.unitCost.isValid() ? product.unitCost.minor() : 0;
    if (product.unitCost.isValid() && product.unitCost.currency() != currency)
        return refused(tr("The unit cost must be in the same currency as the unit price."),
                       QStringLiteral("unitCost"));

    return m_book.transact([&]() -> Status {
        QSqlQuery &bySku = m_book.statement(
            QStringLiteral("SELECT id, name FROM products WHERE sku = ? AND id <> ?"));
        QString clash;
        if (run(bySku, {product.sku, product.id}) && bySku.next())
            clash = bySku.value(1).toString();
        bySku.finish();
        if (!clash.isEmpty())
            return refused(tr("The SKU %1 is already used by %2.").arg(product.sku, clash),
                           QStringLiteral("sku"));

        const bool exists = scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM products WHERE id = ?"),
                                   {product.id})
                            > 0;
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO products (id, sku, name, unit, currency, unit_price, unit_cost, benefit,"
            " active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET sku = excluded.sku, name = excluded.name,"
            " unit = excluded.unit, currency = excluded.currency,"
            " unit_price = excluded.unit_price, unit_cost = excluded.unit_cost,"
            " benefit = excluded.benefit, active = excluded.active"));
        if (!run(upsert, {product.id, product.sku, product.name, product.unit, currency,
                          product.unitPrice.minor(), cost, product.benefit,
                          qint64(product.active ? 1 : 0)}))
            return m_book.sqlError(tr("Saving the product"), upsert);
        return audit(m_book, QStringLiteral("product"), product.id, {},
                     exists ? QStringLiteral("product-saved") : QStringLiteral("product-created"),
                     product.sku + u' ' + product.name);
    });
}

Status ProductRepository::remove(const QString &id)
{
    return m_book.transact([&]() -> Status {
        const std::optional<Product> product = find(id);
        if (!product)
            return refused(tr("This product no longer exists."));
        const QString label = product->sku + u' ' + product->name;
        // Offers already made keep pointing at the product, so it stays, out of the catalog.
        const qint64 uses = scalar(
            m_book, QStringLiteral("SELECT COUNT(*) FROM offer_lines WHERE product_id = ?"), {id});
        if (uses > 0) {
            QSqlQuery &deactivate = m_book.statement(
                QStringLiteral("UPDATE products SET active = 0 WHERE id = ?"));
            if (!run(deactivate, {id}))
                return m_book.sqlError(tr("Deactivating the product"), deactivate);
            return audit(m_book, QStringLiteral("product"), id, {},
                         QStringLiteral("product-deactivated"), label);
        }
        QSqlQuery &remove = m_book.statement(QStringLiteral("DELETE FROM products WHERE id = ?"));
        if (!run(remove, {id}))
            return m_book.sqlError(tr("Removing the product"), remove);
        return audit(m_book, QStringLiteral("product"), id, {}, QStringLiteral("product-removed"),
                     label);
    });
}

qint64 ProductRepository::count() const
{
    return scalar(m_book, QStringLiteral("SELECT COUNT(*) FROM products"));
}

} // namespace Sepakat
