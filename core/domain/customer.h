#pragma once

#include "domain/validation.h"

#include <QList>
#include <QString>

namespace Sepakat {

struct Contact
{
    QString id;
    QString name;
    QString role;  // e.g. "Finance director"; their role in the decision
    QString email;
    QString phone;

    FieldErrors validate() const;
    friend bool operator==(const Contact &, const Contact &) = default;
};

enum class CompanySize { Unknown, Small, Medium, Large, Enterprise };
QString companySizeKey(CompanySize size);
CompanySize companySizeFromKey(const QString &key);
QString companySizeName(CompanySize size);

struct Customer
{
    QString id;
    QString name;
    QString industry;
    CompanySize size = CompanySize::Unknown;
    QString address;
    QString city;
    QString country; // ISO 3166 alpha-2 ("ID", "SG") or free text
    QString notes;   // internal: never shown to the customer
    QList<Contact> contacts;

    FieldErrors validate() const;
    friend bool operator==(const Customer &, const Customer &) = default;
};

} // namespace Sepakat
