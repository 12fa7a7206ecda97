#include "domain/stage.h"

#include <QCoreApplication>

namespace Sepakat {

namespace {

struct StageInfo
{
    Stage stage;
    const char *key;
    const char *englishName;
    const char *indonesianName; // for reading imports in either language, whatever the UI says
    int defaultProbability;     // basis points
    int defaultStaleDays;
};

constexpr StageInfo kStageInfo[kStageCount] = {
    {Stage::Prospect, "prospect", QT_TRANSLATE_NOOP("Sepakat::Stage", "Prospect"), "Prospek", 1000, 14},
    {Stage::Qualified, "qualified", QT_TRANSLATE_NOOP("Sepakat::Stage", "Qualified"), "Terkualifikasi", 2500, 21},
    {Stage::Proposal, "proposal", QT_TRANSLATE_NOOP("Sepakat::Stage", "Proposal"), "Proposal", 5000, 21},
    {Stage::Negotiation, "negotiation", QT_TRANSLATE_NOOP("Sepakat::Stage", "Negotiation"), "Negosiasi", 7500, 14},
    {Stage::Won, "won", QT_TRANSLATE_NOOP("Sepakat::Stage", "Won"), "Menang", 10000, 0},
    {Stage::Lost, "lost", QT_TRANSLATE_NOOP("Sepakat::Stage", "Lost"), "Kalah", 0, 0},
};

const StageInfo &info(Stage stage)
{
    return kStageInfo[static_cast<int>(stage)];
}

} // namespace

QString stageKey(Stage stage)
{
    return QString::fromLatin1(info(stage).key);
}

std::optional<Stage> stageFromKey(const QString &key)
{
    for (const auto &i : kStageInfo) {
        if (key == QLatin1String(i.key))
            return i.stage;
    }
    return std::nullopt;
}

QString stageName(Stage stage)
{
    return QCoreApplication::translate("Sepakat::Stage", info(stage).englishName);
}

std::optional<Stage> stageFromName(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const auto &i : kStageInfo) {
        if (wanted.compare(QLatin1String(i.key), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(i.englishName), Qt::CaseInsensitive) == 0
            || wanted.compare(QString::fromUtf8(i.indonesianName), Qt::CaseInsensitive) == 0
            || wanted.compare(stageName(i.stage), Qt::CaseInsensitive) == 0)
            return i.stage;
    }
    return std::nullopt;
}

bool isClosed(Stage stage)
{
    return stage == Stage::Won || stage == Stage::Lost;
}

// The table: open deals move one step forward or back, may be lost at any time, and may be won
// from Proposal or Negotiation (a prospect nobody qualified cannot be "won" by a slip of the
// mouse). Closed deals reopen into the stage they most plausibly came from, on purpose only.
Transition transition(Stage from, Stage to)
{
    using S = Stage;
    if (from == to)
        return Transition::Same;
    if (from == S::Won)
        return to == S::Negotiation ? Transition::Reopen : Transition::Forbidden;
    if (from == S::Lost)
        return (to == S::Prospect || to == S::Qualified || to == S::Proposal
                || to == S::Negotiation)
                   ? Transition::Reopen
                   : Transition::Forbidden;
    if (to == S::Lost)
        return Transition::Allowed;
    if (to == S::Won)
        return (from == S::Proposal || from == S::Negotiation) ? Transition::Allowed
                                                               : Transition::Forbidden;
    const int step = static_cast<int>(to) - static_cast<int>(from);
    return (step == 1 || step == -1) ? Transition::Allowed : Transition::Forbidden;
}

QString transitionRefusal(Stage from, Stage to)
{
    const char *context = "Sepakat::Stage";
    if (from == Stage::Won)
        return QCoreApplication::translate(context, "A won deal can only be reopened into %1.")
            .arg(stageName(Stage::Negotiation));
    if (from == Stage::Lost)
        return QCoreApplication::translate(context, "A lost deal cannot be moved to %1.")
            .arg(stageName(to));
    if (to == Stage::Won)
        return QCoreApplication::translate(
                   context, "A deal in %1 cannot be won yet: it needs a proposal first.")
            .arg(stageName(from));
    return QCoreApplication::translate(
               context, "A deal moves one stage at a time: %1 cannot go straight to %2.")
        .arg(stageName(from), stageName(to));
}

StageTable::StageTable()
{
    for (const auto &i : kStageInfo)
        m_settings[static_cast<int>(i.stage)] = {i.defaultProbability, i.defaultStaleDays};
}

QStringList StageTable::validate() const
{
    QStringList problems;
    for (const Stage stage : kAllStages) {
        const StageSetting &s = setting(stage);
        if (s.probabilityBasisPoints < 0 || s.probabilityBasisPoints > 10000)
            problems << QCoreApplication::translate(
                            "Sepakat::Stage", "%1: the probability must be between 0 and 100 %.")
                            .arg(stageName(stage));
        if (s.staleDays < 0 || s.staleDays > 3650)
            problems << QCoreApplication::translate(
                            "Sepakat::Stage", "%1: days until stale must be between 0 and 3650.")
                            .arg(stageName(stage));
    }
    return problems;
}

bool operator==(const StageSetting &a, const StageSetting &b)
{
    return a.probabilityBasisPoints == b.probabilityBasisPoints && a.staleDays == b.staleDays;
}

} // namespace Sepakat
