#pragma once

#include "common/bookcommand.h"
#include "domain/concession.h"

#include <QList>
#include <memory>

namespace Sepakat {

// Undo id of a tradeable cell edit; the offer and plan pages use 4100 and 4101.
inline constexpr int kTradeableEditCommandId = 4110;

// Changes one tradeable. Edits of the same cell of the same tradeable in a row merge into one
// undo step, as typing in one field does.
class TradeableEditCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::TradeableEditCommand)

public:
    // column names the cell edited; -1 never merges.
    TradeableEditCommand(BookDocument *document, const Tradeable &before, const Tradeable &after,
                         int column);

    int id() const override { return kTradeableEditCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    TradeableEditCommand(BookDocument *document, const Tradeable &before,
                         std::shared_ptr<Tradeable> after, int column);

    // Shared with the redo work, so a merge moves the redo to the later value.
    std::shared_ptr<Tradeable> m_after;
    int m_column;
};

// The other edits of the Concessions page, as plain book commands.
class ConcessionCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ConcessionCommands)

public:
    static BookCommand *addTradeable(BookDocument *document, const Tradeable &tradeable);
    // Removing a tradeable unlinks the concessions that name it; undo links them again, so the
    // book returns to exactly where it was.
    static BookCommand *removeTradeable(BookDocument *document, const Tradeable &tradeable,
                                        const QList<Concession> &linked);
    // The concession must carry its id and time, so a redo logs the very same entry again.
    static BookCommand *logConcession(BookDocument *document, const Concession &concession);
};

} // namespace Sepakat
