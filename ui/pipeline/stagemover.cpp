#include "pipeline/stagemover.h"

#include "common/confirm.h"
#include "pipeline/lostreasondialog.h"
#include "pipeline/pipelinemodel.h"
#include "storage/repositories.h"
#include "util/clock.h"

#include <QMessageBox>

namespace Sepakat {

namespace {

QString commandText(const QList<StageMove> &moves)
{
    const Stage to = moves.first().after.stage;
    if (moves.size() == 1)
        return StageMover::tr("Move “%1” to %2").arg(moves.first().after.title, stageName(to));
    return StageMover::tr("Move %n deal(s) to %1", nullptr, int(moves.size())).arg(stageName(to));
}

BookCommand::Work saveAll(QList<Deal> deals)
{
    return [deals = std::move(deals)](DealBook &book) {
        for (const Deal &deal : deals) {
            if (const Status saved = book.deals().save(deal); !saved)
                return saved;
        }
        return Status::success();
    };
}

QList<Deal> befores(const QList<StageMove> &moves)
{
    QList<Deal> deals;
    for (const StageMove &move : moves)
        deals << move.before;
    return deals;
}

QList<Deal> afters(const QList<StageMove> &moves)
{
    QList<Deal> deals;
    for (const StageMove &move : moves)
        deals << move.after;
    return deals;
}

} // namespace

DealMoveCommand::DealMoveCommand(BookDocument *document, PipelineModel *model,
                                 const QList<StageMove> &moves)
    : BookCommand(document, BookDocument::Part::Deals, commandText(moves), saveAll(afters(moves)),
                  saveAll(befores(moves)))
    , m_bookDocument(document)
    , m_model(model)
{
    for (const StageMove &move : moves)
        m_ids << move.after.id;
}

void DealMoveCommand::redo()
{
    if (!m_model) {
        BookCommand::redo();
        return;
    }
    const PipelineModel::OwnChange own(m_model);
    BookCommand::redo();
    syncModel();
}

void DealMoveCommand::undo()
{
    if (!m_model) {
        BookCommand::undo();
        return;
    }
    const PipelineModel::OwnChange own(m_model);
    BookCommand::undo();
    syncModel();
}

void DealMoveCommand::syncModel()
{
    if (!m_model || !m_bookDocument)
        return;
    // What the book holds now, so a failed save never leaves a card where the deal is not.
    DealRepository deals = m_bookDocument->book().deals();
    for (const QString &id : std::as_const(m_ids)) {
        if (const std::optional<Deal> deal = deals.find(id))
            m_model->updateDeal(*deal);
    }
}

StageMover::StageMover(QWidget *parent, BookDocument *document, PipelineModel *model)
    : m_parent(parent)
    , m_document(document)
    , m_model(model)
{
}

bool StageMover::move(const QStringList &dealIds, Stage to)
{
    if (!m_document || !m_model || dealIds.isEmpty())
        return false;
    if (m_document->isReadOnly()) {
        QMessageBox::information(m_parent, tr("Move deal"),
                                 tr("This deal book is open read-only, so deals cannot be "
                                    "moved."));
        return false;
    }

    QList<Deal> deals;
    for (const QString &id : dealIds) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->deal(row).stage != to)
            deals << m_model->deal(row);
    }
    if (deals.isEmpty())
        return false;

    bool reopen = false;
    QString lostReason;
    for (const Deal &deal : std::as_const(deals)) {
        const StageMoveRefusal refusal = stageMoveRefusal(deal, to, lostReason, reopen);
        if (refusal == StageMoveRefusal::Forbidden) {
            const auto plan = planStageMove(deal, to, lostReason, reopen, QDateTime());
            QMessageBox::warning(m_parent, tr("Move deal"), plan.errorMessage());
            return false;
        }
    }
    for (const Deal &deal : std::as_const(deals)) {
        if (stageMoveRefusal(deal, to, lostReason, reopen) != StageMoveRefusal::NeedsReopen)
            continue;
        const auto plan = planStageMove(deal, to, lostReason, reopen, QDateTime());
        const QString question = deals.size() == 1
                                     ? plan.errorMessage()
                                     : tr("Reopen the closed deals among these %n and move them "
                                          "to %1?", nullptr, int(deals.size()))
                                           .arg(stageName(to));
        if (!confirmAction(m_parent, tr("Reopen deal"), question, tr("Reopen")))
            return false;
        reopen = true;
        break;
    }
    if (to == Stage::Lost) {
        LostReasonDialog dialog(int(deals.size()), m_parent);
        if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
            return false;
        lostReason = dialog.reason();
    }

    const QDateTime now = Clock::current().now();
    QList<StageMove> moves;
    for (const Deal &deal : std::as_const(deals)) {
        const Result<StageMove> plan = planStageMove(deal, to, lostReason, reopen, now);
        if (!plan) {
            QMessageBox::warning(m_parent, tr("Move deal"), plan.errorMessage());
            return false;
        }
        moves << plan.value();
    }

    auto *command = new DealMoveCommand(m_document, m_model, moves);
    Status status;
    {
        const PipelineModel::OwnChange own(m_model);
        status = m_document->execute(command);
    }
    if (!status) {
        QMessageBox::warning(m_parent, tr("Move deal"), status.errorMessage());
        return false;
    }
    command->syncModel();
    return true;
}

} // namespace Sepakat
