#pragma once

#include "common/bookcommand.h"
#include "domain/plan.h"

#include <memory>

namespace Sepakat {

// Saves a deal's plan; undo restores the plan before (an empty one when there was none). Edits
// of the same field in a row merge into one undo step.
class PlanEditCommand final : public BookCommand
{
public:
    PlanEditCommand(BookDocument *document, const QString &text, const Plan &before,
                    const Plan &after, const QString &mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanEditCommand(BookDocument *document, const QString &text, const Plan &before,
                    std::shared_ptr<Plan> after, const QString &mergeKey);

    // Shared with the redo work, so a merge can move the redo to the later value.
    std::shared_ptr<Plan> m_after;
    QString m_mergeKey;
};

} // namespace Sepakat
