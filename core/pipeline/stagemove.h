#pragma once

#include "domain/deal.h"
#include "domain/stage.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The one rule for moving a deal between stages, shared by drag and drop and the keyboard, so
// both refuse, ask and record alike. It plans the move; saving it and the undo command are the
// caller's (the board keeps `before` to undo).
namespace Sepakat {

struct StageMove
{
    Deal before;
    Deal after;
};

// Why a move was not planned. Each kind is something the UI does differently: ignore it, show
// the message, ask to confirm a reopen, or ask for the reason a deal was lost.
enum class StageMoveRefusal {
    None,          // not a refusal (an error from elsewhere, or no error at all)
    SameStage,     // dropped on its own column: nothing to do, say nothing
    Forbidden,     // the stage table does not allow it; the message is transitionRefusal()
    NeedsReopen,   // leaving Won or Lost: ask the user, then plan again with reopenConfirmed
    NeedsLostReason, // moving to Lost: ask for a reason, then plan again with it
};

// The check alone, without building messages or deals.
StageMoveRefusal stageMoveRefusal(const Deal &deal, Stage to, const QString &lostReason,
                                  bool reopenConfirmed);

// Plans the move: after has the new stage, stageChangedAt = now, the lost reason (trimmed) when
// moving to Lost and none otherwise, and its probability override kept, so a deal without one
// follows the new stage's default through Deal::probability. A refusal is an Error whose kind
// refusalOf() reads back; its message is translated and ready to show.
Result<StageMove> planStageMove(const Deal &deal, Stage to, const QString &lostReason,
                                bool reopenConfirmed, const QDateTime &now);

StageMoveRefusal refusalOf(const Error &error);

// Keyboard neighbours in the board's column order (Prospect .. Negotiation, Won, Lost); nullopt
// at either end. Whether the move is allowed is still planStageMove's to say.
std::optional<Stage> stageLeft(Stage stage);
std::optional<Stage> stageRight(Stage stage);

} // namespace Sepakat
