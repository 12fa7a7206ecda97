#pragma once

#include "common/bookdocument.h"
#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/product.h"
#include "util/result.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Sepakat {

// One user edit of the deal book: redo and undo each run as one transaction and save at once.
// Entity commands below are built from it; the work functions capture what they need by value.
class BookCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::BookCommand)

public:
    using Work = std::function<Status(DealBook &)>;

    BookCommand(BookDocument *document, BookDocument::Part part, const QString &text, Work redoWork,
                Work undoWork);

    // The first application, run by BookDocument::execute; the stack's own first redo() is then
    // skipped so the change is not made twice.
    Status apply();
    void redo() override;
    void undo() override;

    // Adds a customer (before is empty) or changes one; undo removes the new one or restores
    // the old one.
    static BookCommand *saveCustomer(BookDocument *document, const std::optional<Customer> &before,
                                     const Customer &after);
    static BookCommand *removeCustomer(BookDocument *document, const Customer &customer);
    static BookCommand *saveProduct(BookDocument *document, const std::optional<Product> &before,
                                    const Product &after);
    // Adds a deal (before is empty) or changes its own fields; undo removes the new deal (with
    // nothing else yet attached to it) or restores the old fields.
    static BookCommand *saveDeal(BookDocument *document, const std::optional<Deal> &before,
                                 const Deal &after);

private:
    Status run(const Work &work);

    BookDocument *m_document;
    BookDocument::Part m_part;
    Work m_redo;
    Work m_undo;
    bool m_applied = false;
};

// The submit function of an entity dialog (customer, product): gives a new entity its id, saves
// nothing when nothing changed, and otherwise saves through an undoable command such as
// BookCommand::saveCustomer. *savedId, when given, receives the id that was saved.
template<typename Entity>
std::function<Status(const Entity &)> saveFromDialog(
    BookDocument *document, std::optional<Entity> before,
    BookCommand *(*command)(BookDocument *, const std::optional<Entity> &, const Entity &),
    QString *savedId = nullptr)
{
    return [document, before = std::move(before), command, savedId](const Entity &edited) {
        Entity toSave = edited;
        if (toSave.id.isEmpty())
            toSave.id = newId();
        if (before && *before == toSave)
            return Status::success();
        const Status status = document->execute(command(document, before, toSave));
        if (status && savedId)
            *savedId = toSave.id;
        return status;
    };
}

} // namespace Sepakat
