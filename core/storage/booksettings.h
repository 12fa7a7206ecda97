#pragma once

#include "domain/stage.h"
#include "domain/validation.h"
#include "negotiation/approvalpolicy.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Sepakat {

// Settings that belong to a deal book (shared by everyone who opens it), not to a user.
struct BookSettings
{
    QString companyName;
    QString companyAddress;
    QString companyTaxNumber; // NPWP in Indonesia
    QByteArray companyLogo;   // PNG or SVG bytes, empty for none
    QString currency = QStringLiteral("IDR");
    qint64 defaultTaxBasisPoints = 1100; // PPN 11 %
    StageTable stages;
    // Book-currency units for one unit of another currency, in millionths: USD -> 15'800'000'000
    // when 1 USD = Rp 15.800. Integer so totals never pass through a double.
    QMap<QString, qint64> ratesMicro;
    // What a salesperson may agree without a manager (Settings > Approval policy).
    ApprovalPolicy approvalPolicy;

    FieldErrors validate() const;
    friend bool operator==(const BookSettings &, const BookSettings &) = default;
};

} // namespace Sepakat
