#include "worksheet/plancommand.h"

#include "storage/repositories.h"
#include "worksheet/offercommand.h"

namespace Sepakat {

PlanEditCommand::PlanEditCommand(BookDocument *document, const QString &text, const Plan &before,
                                 const Plan &after, const QString &mergeKey)
    : PlanEditCommand(document, text, before, std::make_shared<Plan>(after), mergeKey)
{
}

PlanEditCommand::PlanEditCommand(BookDocument *document, const QString &text, const Plan &before,
                                 std::shared_ptr<Plan> after, const QString &mergeKey)
    : BookCommand(
          document, BookDocument::Part::Worksheet, text,
          [after](DealBook &book) { return book.worksheets().savePlan(*after); },
          [before](DealBook &book) { return book.worksheets().savePlan(before); })
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

int PlanEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : static_cast<int>(WorksheetCommandId::PlanEdit);
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const PlanEditCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_after->dealId != m_after->dealId)
        return false;
    *m_after = *next->m_after;
    return true;
}

} // namespace Sepakat
