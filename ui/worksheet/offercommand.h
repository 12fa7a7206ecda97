#pragma once

#include "common/bookcommand.h"
#include "domain/offer.h"

#include <memory>
#include <optional>

namespace Sepakat {

// Undo ids of the worksheet's mergeable commands (QUndoCommand::id()).
enum class WorksheetCommandId { OfferEdit = 4100, PlanEdit = 4101 };

// Saves one offer version; undo restores it as it was, or removes it when it is new. Edits of
// the same field of the same offer in a row merge into one undo step, as typing does.
class OfferEditCommand final : public BookCommand
{
public:
    // mergeKey names the field ("tax", "lines[<line id>].quantity"); empty never merges.
    OfferEditCommand(BookDocument *document, const QString &text,
                     const std::optional<Offer> &before, const Offer &after,
                     const QString &mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    OfferEditCommand(BookDocument *document, const QString &text,
                     const std::optional<Offer> &before, std::shared_ptr<Offer> after,
                     const QString &mergeKey);

    // Shared with the redo work, so a merge can move the redo to the later value.
    std::shared_ptr<Offer> m_after;
    QString m_mergeKey;
};

} // namespace Sepakat
