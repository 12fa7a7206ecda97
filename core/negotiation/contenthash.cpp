#include "negotiation/contenthash.h"

#include <QCryptographicHash>

namespace Sepakat {

namespace {

class Writer
{
public:
    void integer(const char *name, qint64 value) { record(name, QByteArray::number(value)); }

    void text(const char *name, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        record(name, QByteArray::number(utf8.size()) + ':' + utf8);
    }

    void record(const char *name, const QByteArray &value)
    {
        m_bytes += name;
        m_bytes += '=';
        m_bytes += value;
        m_bytes += '\n';
    }

    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

QByteArray offerCanonicalContent(const Offer &offer)
{
    Writer w;
    w.integer("sepakat-offer-content", 1);
    w.text("currency", offer.currency);
    w.integer("document-discount-bp", offer.documentDiscountBasisPoints);
    w.integer("tax-bp", offer.taxBasisPoints);
    w.integer("payment-days", offer.terms.paymentDays);
    w.integer("delivery-days", offer.terms.deliveryDays);
    w.record("support", supportLevelKey(offer.terms.support).toLatin1());
    w.integer("warranty-months", offer.terms.warrantyMonths);
    w.integer("contract-months", offer.terms.contractMonths);
    w.record("valid-until", offer.validUntil.isValid()
                                ? offer.validUntil.toString(Qt::ISODate).toLatin1()
                                : QByteArray());
    w.integer("lines", offer.lines.size());
    for (const OfferLine &line : offer.lines) {
        w.text("line.product", line.productId);
        w.text("line.description", line.description);
        w.integer("line.quantity-milli", line.quantityMilli);
        w.integer("line.unit-price-minor", line.unitPrice.minor());
        w.text("line.unit-price-currency", line.unitPrice.currency());
        w.integer("line.discount-bp", line.discountBasisPoints);
    }
    return w.bytes();
}

QString offerContentHash(const Offer &offer)
{
    const QByteArray digest =
        QCryptographicHash::hash(offerCanonicalContent(offer), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

} // namespace Sepakat
