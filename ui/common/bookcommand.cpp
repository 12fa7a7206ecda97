#include "common/bookcommand.h"

#include "storage/repositories.h"

namespace Sepakat {

BookCommand::BookCommand(BookDocument *document, BookDocument::Part part, const QString &text,
                         Work redoWork, Work undoWork)
    : QUndoCommand(text)
    , m_document(document)
    , m_part(part)
    , m_redo(std::move(redoWork))
    , m_undo(std::move(undoWork))
{
}

Status BookCommand::apply()
{
    const Status status = run(m_redo);
    m_applied = status.ok();
    return status;
}

void BookCommand::redo()
{
    if (m_applied) {
        m_applied = false; // only the push right after apply() is skipped
        return;
    }
    const Status status = run(m_redo);
    if (!status)
        m_document->reportError(status.errorMessage());
}

void BookCommand::undo()
{
    m_applied = false;
    const Status status = run(m_undo);
    if (!status)
        m_document->reportError(status.errorMessage());
}

Status BookCommand::run(const Work &work)
{
    DealBook &book = m_document->book();
    const Status status = book.transact([&] { return work(book); });
    if (status)
        m_document->notifyChanged(m_part);
    return status;
}

BookCommand *BookCommand::saveCustomer(BookDocument *document, const std::optional<Customer> &before,
                                 const Customer &after)
{
    const QString text = before ? tr("Edit customer “%1”").arg(after.name)
                                : tr("Add customer “%1”").arg(after.name);
    BookCommand::Work undoWork;
    if (before)
        undoWork = [old = *before](DealBook &book) { return book.customers().save(old); };
    else
        undoWork = [id = after.id](DealBook &book) { return book.customers().remove(id); };
    return new BookCommand(
        document, BookDocument::Part::Customers, text,
        [after](DealBook &book) { return book.customers().save(after); }, std::move(undoWork));
}

BookCommand *BookCommand::removeCustomer(BookDocument *document, const Customer &customer)
{
    return new BookCommand(
        document, BookDocument::Part::Customers,
        tr("Delete customer “%1”").arg(customer.name),
        [id = customer.id](DealBook &book) { return book.customers().remove(id); },
        [customer](DealBook &book) { return book.customers().save(customer); });
}

BookCommand *BookCommand::saveProduct(BookDocument *document, const std::optional<Product> &before,
                                const Product &after)
{
    QString text;
    if (!before)
        text = tr("Add product “%1”").arg(after.name);
    else if (before->active && !after.active)
        text = tr("Deactivate product “%1”").arg(after.name);
    else
        text = tr("Edit product “%1”").arg(after.name);
    BookCommand::Work undoWork;
    if (before)
        undoWork = [old = *before](DealBook &book) { return book.products().save(old); };
    else
        undoWork = [id = after.id](DealBook &book) { return book.products().remove(id); };
    return new BookCommand(
        document, BookDocument::Part::Products, text,
        [after](DealBook &book) { return book.products().save(after); }, std::move(undoWork));
}

BookCommand *BookCommand::saveDeal(BookDocument *document, const std::optional<Deal> &before,
                                   const Deal &after)
{
    const QString text = before ? tr("Edit deal “%1”").arg(after.title)
                                : tr("Add deal “%1”").arg(after.title);
    BookCommand::Work undoWork;
    if (before)
        undoWork = [old = *before](DealBook &book) { return book.deals().save(old); };
    else
        undoWork = [id = after.id](DealBook &book) { return book.deals().remove(id); };
    return new BookCommand(
        document, BookDocument::Part::Deals, text,
        [after](DealBook &book) { return book.deals().save(after); }, std::move(undoWork));
}

} // namespace Sepakat
