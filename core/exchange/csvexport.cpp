#include "exchange/csvexport.h"

#include "exchange/csvwriter.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Sepakat::Exchange {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Exchange)
};

class ListWriter
{
public:
    ListWriter(ListKind kind, const ExportOptions &options)
        : m_writer(options.indonesian ? u';' : u','), m_options(options)
    {
        QStringList header;
        for (const ColumnSpec &spec : columnsOf(kind))
            header << (options.indonesian ? QString::fromUtf8(spec.indonesian)
                                          : QString::fromLatin1(spec.english));
        m_writer.addRow(header);
    }

    QString money(const Money &amount) const
    {
        QString text = amount.toPlainString();
        return m_options.indonesian ? text.replace(u'.', u',') : text;
    }
    QString flag(bool on) const
    {
        if (m_options.indonesian)
            return on ? QStringLiteral("ya") : QStringLiteral("tidak");
        return on ? QStringLiteral("yes") : QStringLiteral("no");
    }
    void add(const QStringList &cells) { m_writer.addRow(cells); }
    const QByteArray &bytes() const { return m_writer.bytes(); }

private:
    CsvWriter m_writer;
    ExportOptions m_options;
};

} // namespace

QByteArray exportCsv(DealBook &book, ListKind kind, const ExportOptions &options)
{
    ListWriter out(kind, options);
    switch (kind) {
    case ListKind::Customers:
        for (const Customer &c : book.customers().all()) {
            const QStringList common = {c.id, c.name, c.industry, c.country, c.city, c.address,
                                        c.notes};
            if (c.contacts.isEmpty())
                out.add(common + QStringList{{}, {}, {}, {}});
            for (const Contact &k : c.contacts)
                out.add(common + QStringList{k.name, k.role, k.email, k.phone});
        }
        break;
    case ListKind::Products:
        for (const Product &p : book.products().all())
            out.add({p.id, p.sku, p.name, p.unit, out.money(p.unitPrice), out.money(p.unitCost),
                     p.unitPrice.currency(), p.benefit, out.flag(p.active)});
        break;
    case ListKind::Deals:
        for (const DealSummary &s : book.deals().summaries()) {
            const Deal &d = s.deal;
            out.add({d.id, d.title, s.customerName, stageName(d.stage), out.money(d.value),
                     d.currency(), d.expectedClose.toString(Qt::ISODate), d.owner});
        }
        break;
    }
    return out.bytes();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status(Error{Text::tr("Cannot write %1: %2").arg(path, file.errorString()), {}});
    return Status::success();
}

} // namespace Sepakat::Exchange
