#include "common/teardown.h"

#include <QObject>

namespace Sepakat {

void disconnectFromChildren(QObject *receiver)
{
    const QList<QObject *> children = receiver->findChildren<QObject *>();
    for (const QObject *child : children)
        QObject::disconnect(child, nullptr, receiver, nullptr);
}

} // namespace Sepakat
