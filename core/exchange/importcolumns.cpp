#include "exchange/importcolumns.h"

#include <QCoreApplication>

namespace Sepakat::Exchange {

namespace {

constexpr char kContext[] = "Sepakat::Exchange";

// English names are the translation sources; the Indonesian ones are what Indonesian files
// carry in their header, matched as written here whatever language Sepakat runs in.
const QList<ColumnSpec> kCustomers = {
    {Column::Id, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Id"), "Id", false},
    {Column::Name, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Name"), "Nama", true},
    {Column::Industry, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Industry"), "Industri", false},
    {Column::Country, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Country"), "Negara", false},
    {Column::City, QT_TRANSLATE_NOOP("Sepakat::Exchange", "City"), "Kota", false},
    {Column::Address, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Address"), "Alamat", false},
    {Column::Notes, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Notes"), "Catatan", false},
    {Column::Contact, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Contact"), "Kontak", false},
    {Column::ContactRole, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Contact role"),
     "Jabatan kontak", false},
    {Column::Email, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Email"), "Email", false},
    {Column::Phone, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Phone"), "Telepon", false},
};

const QList<ColumnSpec> kProducts = {
    {Column::Id, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Id"), "Id", false},
    {Column::Sku, QT_TRANSLATE_NOOP("Sepakat::Exchange", "SKU"), "Kode", true},
    {Column::Name, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Name"), "Nama", true},
    {Column::Unit, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Unit"), "Satuan", false},
    {Column::Price, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Price"), "Harga", true},
    {Column::Cost, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Cost"), "Biaya", false},
    {Column::Currency, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Currency"), "Mata uang", false},
    {Column::Benefit, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Benefit"), "Manfaat", false},
    {Column::Active, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Active"), "Aktif", false},
};

const QList<ColumnSpec> kDeals = {
    {Column::Id, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Id"), "Id", false},
    {Column::Title, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Title"), "Judul", true},
    {Column::Customer, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Customer"), "Pelanggan", true},
    {Column::Stage, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Stage"), "Tahap", false},
    {Column::Value, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Value"), "Nilai", false},
    {Column::Currency, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Currency"), "Mata uang", false},
    {Column::ExpectedClose, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Expected close"),
     "Perkiraan tutup", false},
    {Column::Owner, QT_TRANSLATE_NOOP("Sepakat::Exchange", "Owner"), "Pemilik", false},
};

const ColumnSpec *specOf(Column column)
{
    for (const QList<ColumnSpec> *list : {&kCustomers, &kProducts, &kDeals}) {
        for (const ColumnSpec &spec : *list) {
            if (spec.column == column)
                return &spec;
        }
    }
    return nullptr;
}

} // namespace

QString listName(ListKind kind)
{
    switch (kind) {
    case ListKind::Customers:
        return QCoreApplication::translate("Sepakat::Exchange", "Customers");
    case ListKind::Products:
        return QCoreApplication::translate("Sepakat::Exchange", "Products");
    case ListKind::Deals:
        return QCoreApplication::translate("Sepakat::Exchange", "Deals");
    }
    return {};
}

const QList<ColumnSpec> &columnsOf(ListKind kind)
{
    switch (kind) {
    case ListKind::Customers:
        return kCustomers;
    case ListKind::Products:
        return kProducts;
    case ListKind::Deals:
        break;
    }
    return kDeals;
}

QString columnTitle(Column column)
{
    const ColumnSpec *spec = specOf(column);
    return spec ? QCoreApplication::translate(kContext, spec->english) : QString();
}

QList<std::optional<Column>> mapHeader(ListKind kind, const QStringList &header)
{
    QList<std::optional<Column>> mapping;
    QList<Column> taken;
    for (const QString &cell : header) {
        const QString name = cell.trimmed();
        std::optional<Column> found;
        for (const ColumnSpec &spec : columnsOf(kind)) {
            if (taken.contains(spec.column))
                continue;
            if (name.compare(QLatin1String(spec.english), Qt::CaseInsensitive) == 0
                || name.compare(QString::fromUtf8(spec.indonesian), Qt::CaseInsensitive) == 0
                || name.compare(columnTitle(spec.column), Qt::CaseInsensitive) == 0) {
                found = spec.column;
                taken << spec.column;
                break;
            }
        }
        mapping << found;
    }
    return mapping;
}

QStringList missingRequired(ListKind kind, const QList<std::optional<Column>> &mapping)
{
    QStringList missing;
    for (const ColumnSpec &spec : columnsOf(kind)) {
        if (spec.required && !mapping.contains(std::optional<Column>(spec.column)))
            missing << columnTitle(spec.column);
    }
    return missing;
}

} // namespace Sepakat::Exchange
