#include "worksheet/offercommand.h"

#include "storage/repositories.h"

namespace Sepakat {

OfferEditCommand::OfferEditCommand(BookDocument *document, const QString &text,
                                   const std::optional<Offer> &before, const Offer &after,
                                   const QString &mergeKey)
    : OfferEditCommand(document, text, before, std::make_shared<Offer>(after), mergeKey)
{
}

OfferEditCommand::OfferEditCommand(BookDocument *document, const QString &text,
                                   const std::optional<Offer> &before, std::shared_ptr<Offer> after,
                                   const QString &mergeKey)
    : BookCommand(
          document, BookDocument::Part::Worksheet, text,
          [after](DealBook &book) { return book.worksheets().saveOffer(*after); },
          before
              ? Work([old = *before](DealBook &book) { return book.worksheets().saveOffer(old); })
              : Work(
                    [id = after->id](DealBook &book) { return book.worksheets().removeOffer(id); }))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

int OfferEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : static_cast<int>(WorksheetCommandId::OfferEdit);
}

bool OfferEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const OfferEditCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_after->id != m_after->id)
        return false;
    *m_after = *next->m_after;
    return true;
}

} // namespace Sepakat
