#include "pipeline/stagemove.h"

#include <QCoreApplication>

namespace Sepakat {

namespace {

// Error::field carries the refusal kind: it names what the UI must supply to go on.
struct RefusalField
{
    StageMoveRefusal refusal;
    const char16_t *field;
};

constexpr RefusalField kRefusalFields[] = {
    {StageMoveRefusal::SameStage, u"stage.same"},
    {StageMoveRefusal::Forbidden, u"stage"},
    {StageMoveRefusal::NeedsReopen, u"reopenConfirmed"},
    {StageMoveRefusal::NeedsLostReason, u"lostReason"},
};

QString fieldOf(StageMoveRefusal refusal)
{
    for (const RefusalField &r : kRefusalFields) {
        if (r.refusal == refusal)
            return QString::fromUtf16(r.field);
    }
    return {};
}

QString messageOf(StageMoveRefusal refusal, Stage from, Stage to)
{
    switch (refusal) {
    case StageMoveRefusal::SameStage:
        return QCoreApplication::translate("Sepakat::Pipeline", "The deal is already in %1.")
            .arg(stageName(to));
    case StageMoveRefusal::Forbidden:
        return transitionRefusal(from, to);
    case StageMoveRefusal::NeedsReopen:
        return QCoreApplication::translate("Sepakat::Pipeline",
                                           "Reopen this %1 deal and move it to %2?")
            .arg(stageName(from), stageName(to));
    case StageMoveRefusal::NeedsLostReason:
        return QCoreApplication::translate("Sepakat::Pipeline",
                                           "Say why the deal was lost before moving it to %1.")
            .arg(stageName(Stage::Lost));
    case StageMoveRefusal::None:
        break;
    }
    return {};
}

} // namespace

StageMoveRefusal stageMoveRefusal(const Deal &deal, Stage to, const QString &lostReason,
                                  bool reopenConfirmed)
{
    switch (transition(deal.stage, to)) {
    case Transition::Same:
        return StageMoveRefusal::SameStage;
    case Transition::Forbidden:
        return StageMoveRefusal::Forbidden;
    case Transition::Reopen:
        if (!reopenConfirmed)
            return StageMoveRefusal::NeedsReopen;
        break;
    case Transition::Allowed:
        break;
    }
    if (to == Stage::Lost && lostReason.trimmed().isEmpty())
        return StageMoveRefusal::NeedsLostReason;
    return StageMoveRefusal::None;
}

Result<StageMove> planStageMove(const Deal &deal, Stage to, const QString &lostReason,
                                bool reopenConfirmed, const QDateTime &now)
{
    const StageMoveRefusal refusal = stageMoveRefusal(deal, to, lostReason, reopenConfirmed);
    if (refusal != StageMoveRefusal::None)
        return Error{messageOf(refusal, deal.stage, to), fieldOf(refusal)};

    StageMove move{deal, deal};
    move.after.stage = to;
    move.after.stageChangedAt = now;
    move.after.lostReason = to == Stage::Lost ? lostReason.trimmed() : QString();
    return move;
}

StageMoveRefusal refusalOf(const Error &error)
{
    for (const RefusalField &r : kRefusalFields) {
        if (error.field == QStringView(r.field))
            return r.refusal;
    }
    return StageMoveRefusal::None;
}

std::optional<Stage> stageLeft(Stage stage)
{
    const int index = static_cast<int>(stage);
    if (index <= 0)
        return std::nullopt;
    return kAllStages[index - 1];
}

std::optional<Stage> stageRight(Stage stage)
{
    const int index = static_cast<int>(stage);
    if (index + 1 >= kStageCount)
        return std::nullopt;
    return kAllStages[index + 1];
}

} // namespace Sepakat
