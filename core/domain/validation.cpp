#include "domain/validation.h"

#include <QStringList>

namespace Sepakat {

QString joinMessages(const FieldErrors &errors)
{
    QStringList messages;
    messages.reserve(errors.size());
    for (const FieldError &error : errors)
        messages << error.message;
    return messages.join(u'\n');
}

} // namespace Sepakat
