#pragma once

#include <QString>
#include <QUuid>

namespace Sepakat {

// Identifiers are UUID text without braces, so they read well in SQL and files.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Sepakat
