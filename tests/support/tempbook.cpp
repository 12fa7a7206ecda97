#include "tempbook.h"

#include <QFile>

namespace Sepakat::Testing {

TempBook::TempBook()
{
    OpenFailure failure;
    m_book = DealBook::create(path(), &failure);
    if (!m_book)
        qWarning("TempBook: %s", qPrintable(failure.message));
}

bool TempBook::reopen(Access access)
{
    m_book.reset();
    OpenFailure failure;
    m_book = DealBook::open(path(), access, &failure);
    return m_book != nullptr;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Sepakat::Testing
