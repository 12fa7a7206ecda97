#pragma once

#include "domain/money.h"
#include "domain/validation.h"

#include <QDate>
#include <QDateTime>

namespace Sepakat {

enum class OfferStatus { Draft, NeedsApproval, Pending, Approved, Rejected, Sent, Accepted, Declined };
QString offerStatusKey(OfferStatus s);
OfferStatus offerStatusFromKey(const QString &key);
QString offerStatusName(OfferStatus s);

enum class SupportLevel { None, Standard, Priority, Dedicated };
QString supportLevelKey(SupportLevel s);
SupportLevel supportLevelFromKey(const QString &key);
QString supportLevelName(SupportLevel s);

struct OfferLine
{
    QString id;
    QString productId;           // empty for a free-text line
    QString description;
    qint64 quantityMilli = 1000; // 1.000
    Money unitPrice;
    Money unitCost;              // internal: copied from the product when the line is made
    qint64 discountBasisPoints = 0;

    FieldErrors validate(const QString &fieldPrefix = {}) const;
    friend bool operator==(const OfferLine &, const OfferLine &) = default;
};

struct OfferTerms
{
    int paymentDays = 30;
    int deliveryDays = 14;
    SupportLevel support = SupportLevel::Standard;
    int warrantyMonths = 12;
    int contractMonths = 12;
    friend bool operator==(const OfferTerms &, const OfferTerms &) = default;
};

struct Offer
{
    QString id;
    QString dealId;
    int version = 1; // one per negotiation round
    OfferStatus status = OfferStatus::Draft;
    QString currency = QStringLiteral("IDR");
    QList<OfferLine> lines;
    qint64 documentDiscountBasisPoints = 0;
    qint64 taxBasisPoints = 1100; // PPN 11 %
    OfferTerms terms;
    QDate offerDate;
    QDate validUntil;
    QString customerNote;  // shown in the proposal
    QDateTime createdAt;

    FieldErrors validate() const;
    friend bool operator==(const Offer &, const Offer &) = default;
};

} // namespace Sepakat
