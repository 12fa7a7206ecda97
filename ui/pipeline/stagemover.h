#pragma once

#include "common/bookcommand.h"
#include "pipeline/stagemove.h"

#include <QPointer>

class QWidget;

namespace Sepakat {

class PipelineModel;

// A stage move of one or more deals as one undoable edit: one transaction each way, undo
// restores every deal exactly as it was (stage time, lost reason). The pipeline model follows
// in place, also when the move is undone or redone from the Edit menu.
class DealMoveCommand final : public BookCommand
{
public:
    DealMoveCommand(BookDocument *document, PipelineModel *model, const QList<StageMove> &moves);
    void redo() override;
    void undo() override;

    // After the first application (BookDocument::execute), which does not go through redo().
    void syncModel();

private:
    QPointer<BookDocument> m_bookDocument;
    QPointer<PipelineModel> m_model;
    QStringList m_ids;
};

// The rules of moving deals on the board, with the questions they need: a refused move shows the
// refusal, a reopen asks first, a move to Lost asks for the reason. Shared by drag and drop and
// the keyboard.
class StageMover
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::StageMover)

public:
    StageMover(QWidget *parent, BookDocument *document, PipelineModel *model);
    // True when the deals moved (false when refused, cancelled or there was nothing to do).
    bool move(const QStringList &dealIds, Stage to);

private:
    QWidget *m_parent;
    BookDocument *m_document;
    PipelineModel *m_model;
};

} // namespace Sepakat
