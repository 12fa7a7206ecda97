#pragma once

#include "common/bookcommand.h"
#include "domain/valuecase.h"

#include <memory>
#include <optional>

namespace Sepakat {

// Saves a deal's value case (inputs and savings items together, one transaction); undo restores
// it as it was, or removes it when the edit made it. Edits of the same field in a row merge into
// one undo step, as typing does.
class ValueCaseCommand final : public BookCommand
{
public:
    // mergeKey names the field ("horizon", "items[<id>].hours"); empty never merges.
    ValueCaseCommand(BookDocument *document, const QString &text,
                     const std::optional<ValueCaseInputs> &before, const ValueCaseInputs &after,
                     const QString &mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ValueCaseCommand(BookDocument *document, const QString &text,
                     const std::optional<ValueCaseInputs> &before,
                     std::shared_ptr<ValueCaseInputs> after, const QString &mergeKey);

    // Shared with the redo work, so a merge can move the redo to the later value.
    std::shared_ptr<ValueCaseInputs> m_after;
    QString m_mergeKey;
};

} // namespace Sepakat
