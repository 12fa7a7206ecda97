#include "common/bookdocument.h"

#include "common/bookcommand.h"

namespace Sepakat {

BookDocument::BookDocument(std::unique_ptr<DealBook> book, QObject *parent)
    : QObject(parent), m_book(std::move(book))
{
}

// The undo stack's commands refer to the book, so they go before it.
BookDocument::~BookDocument()
{
    m_undoStack.clear();
}

Status BookDocument::execute(BookCommand *command)
{
    const Status status = command->apply();
    if (!status) {
        delete command;
        return status;
    }
    m_undoStack.push(command);
    return status;
}

void BookDocument::notifyChanged(Part part)
{
    emit changed(part);
}

void BookDocument::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace Sepakat
