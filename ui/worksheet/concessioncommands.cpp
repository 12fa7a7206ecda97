#include "worksheet/concessioncommands.h"

#include "storage/repositories.h"

namespace Sepakat {

TradeableEditCommand::TradeableEditCommand(BookDocument *document, const Tradeable &before,
                                           const Tradeable &after, int column)
    : TradeableEditCommand(document, before, std::make_shared<Tradeable>(after), column)
{
}

TradeableEditCommand::TradeableEditCommand(BookDocument *document, const Tradeable &before,
                                           std::shared_ptr<Tradeable> after, int column)
    : BookCommand(
          document, BookDocument::Part::Worksheet,
          tr("Edit tradeable “%1”").arg(after->give),
          [after](DealBook &book) { return book.worksheets().saveTradeable(*after); },
          [before](DealBook &book) { return book.worksheets().saveTradeable(before); })
    , m_after(std::move(after))
    , m_column(column)
{
}

bool TradeableEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const TradeableEditCommand *>(other);
    if (!edit || m_column < 0 || edit->m_column != m_column || edit->m_after->id != m_after->id)
        return false;
    *m_after = *edit->m_after;
    setText(edit->text());
    return true;
}

BookCommand *ConcessionCommands::addTradeable(BookDocument *document, const Tradeable &tradeable)
{
    return new BookCommand(
        document, BookDocument::Part::Worksheet,
        tr("Add tradeable “%1”").arg(tradeable.give),
        [tradeable](DealBook &book) { return book.worksheets().saveTradeable(tradeable); },
        [id = tradeable.id](DealBook &book) { return book.worksheets().removeTradeable(id); });
}

BookCommand *ConcessionCommands::removeTradeable(BookDocument *document, const Tradeable &tradeable,
                             const QList<Concession> &linked)
{
    return new BookCommand(
        document, BookDocument::Part::Worksheet,
        tr("Remove tradeable “%1”").arg(tradeable.give),
        [id = tradeable.id](DealBook &book) { return book.worksheets().removeTradeable(id); },
        [tradeable, linked](DealBook &book) {
            WorksheetRepository sheets = book.worksheets();
            if (Status saved = sheets.saveTradeable(tradeable); !saved)
                return saved;
            // The log has no update: each unlinked entry is taken back and logged again as it was.
            for (const Concession &c : linked) {
                if (Status removed = sheets.removeConcession(c.id); !removed)
                    return removed;
                if (Status added = sheets.addConcession(c); !added)
                    return added;
            }
            return Status::success();
        });
}

BookCommand *ConcessionCommands::logConcession(BookDocument *document, const Concession &concession)
{
    return new BookCommand(
        document, BookDocument::Part::Worksheet,
        tr("Log concession “%1”").arg(concession.change),
        [concession](DealBook &book) { return book.worksheets().addConcession(concession); },
        [id = concession.id](DealBook &book) { return book.worksheets().removeConcession(id); });
}

} // namespace Sepakat
