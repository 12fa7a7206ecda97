#include "value/valuecommand.h"

#include "storage/repositories.h"

namespace Sepakat {

namespace {

// Unique among the worksheet's mergeable commands (see WorksheetCommandId in offercommand.h).
constexpr int kValueCaseCommandId = 4120;

} // namespace

ValueCaseCommand::ValueCaseCommand(BookDocument *document, const QString &text,
                                   const std::optional<ValueCaseInputs> &before,
                                   const ValueCaseInputs &after, const QString &mergeKey)
    : ValueCaseCommand(document, text, before, std::make_shared<ValueCaseInputs>(after), mergeKey)
{
}

ValueCaseCommand::ValueCaseCommand(BookDocument *document, const QString &text,
                                   const std::optional<ValueCaseInputs> &before,
                                   std::shared_ptr<ValueCaseInputs> after, const QString &mergeKey)
    : BookCommand(
          document, BookDocument::Part::Worksheet, text,
          [after](DealBook &book) { return book.worksheets().saveValueCase(*after); },
          [before, dealId = after->dealId](DealBook &book) {
              return before ? book.worksheets().saveValueCase(*before)
                            : book.worksheets().removeValueCase(dealId);
          })
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

int ValueCaseCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kValueCaseCommandId;
}

bool ValueCaseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ValueCaseCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_after->dealId != m_after->dealId)
        return false;
    *m_after = *next->m_after;
    return true;
}

} // namespace Sepakat
