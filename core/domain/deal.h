#pragma once

#include "domain/money.h"
#include "domain/stage.h"
#include "domain/validation.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace Sepakat {

// Budget, authority, need, timing: each 0 (unknown/none) .. 3 (confirmed).
struct Qualification
{
    int budget = 0;
    int authority = 0;
    int need = 0;
    int timing = 0;
    QString budgetNote;
    QString authorityNote;
    QString needNote;
    QString timingNote;

    int total() const { return budget + authority + need + timing; } // 0..12
    friend bool operator==(const Qualification &, const Qualification &) = default;
};

struct Deal
{
    QString id;
    QString customerId;
    QString title;
    Stage stage = Stage::Prospect;
    QDateTime stageChangedAt;
    // nullopt follows the stage's default; a value is the salesperson's override.
    std::optional<int> probabilityOverride; // basis points
    Money value;          // expected deal value (its currency is the deal's currency)
    QDate expectedClose;
    QString owner;
    QString lostReason;
    QString proposalLanguage = QStringLiteral("id"); // "en" or "id"
    Qualification qualification;
    QDateTime createdAt;

    QString currency() const { return value.currency(); }
    // A closed deal is certain either way, so an override only speaks for open deals.
    int probability(const StageTable &table) const
    {
        const int stageDefault = table.setting(stage).probabilityBasisPoints;
        return isClosed(stage) ? stageDefault : probabilityOverride.value_or(stageDefault);
    }
    FieldErrors validate() const;
    friend bool operator==(const Deal &, const Deal &) = default;
};

} // namespace Sepakat
