#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Sepakat {

enum class Stage { Prospect, Qualified, Proposal, Negotiation, Won, Lost };
inline constexpr int kStageCount = 6;
inline constexpr std::array<Stage, kStageCount> kAllStages = {
    Stage::Prospect, Stage::Qualified, Stage::Proposal, Stage::Negotiation, Stage::Won, Stage::Lost};

// Stable text keys for storage and files ("prospect", ...), never translated.
QString stageKey(Stage stage);
std::optional<Stage> stageFromKey(const QString &key);
// The translated name the user sees.
QString stageName(Stage stage);
// Accepts a key, or the English or Indonesian name, any case (for imports and the command line).
std::optional<Stage> stageFromName(const QString &name);

bool isClosed(Stage stage);

// What the stage table says of a move from one stage to another.
enum class Transition {
    Same,        // nothing to do
    Allowed,     // an ordinary move
    Reopen,      // leaving Won or Lost: allowed, but only after the user confirms
    Forbidden,   // not by this table
};
Transition transition(Stage from, Stage to);
// Why a move is forbidden, for the message the user sees.
QString transitionRefusal(Stage from, Stage to);

// Per-stage settings a deal book may change: default probability and days until stale.
struct StageSetting
{
    int probabilityBasisPoints = 0; // 0..10000
    int staleDays = 0;              // 0 = never stale
};

class StageTable
{
public:
    StageTable(); // the defaults of DESIGN.md
    const StageSetting &setting(Stage stage) const { return m_settings[static_cast<int>(stage)]; }
    void setSetting(Stage stage, StageSetting s) { m_settings[static_cast<int>(stage)] = s; }
    QStringList validate() const; // translated messages; empty when valid

    friend bool operator==(const StageTable &, const StageTable &) = default;

private:
    std::array<StageSetting, kStageCount> m_settings{};
};

bool operator==(const StageSetting &a, const StageSetting &b);

} // namespace Sepakat
