#pragma once

#include "domain/deal.h"

#include <QString>

namespace Sepakat {

// The four questions of qualification, in the order the verdict asks them.
enum class QualificationDimension { Budget, Authority, Need, Timing };

enum class FitKind
{
    Unscored,  // nothing scored yet
    NeedsWork, // one dimension scored 0: that gap comes before any overall judgement
    WeakFit,   // fit score below 7 of 12
    GoodFit,   // 7..12 but some dimension only 1, or below 10
    StrongFit  // 10..12 and every dimension at least 2
};

struct QualificationVerdict
{
    FitKind kind = FitKind::Unscored;
    QualificationDimension gap = QualificationDimension::Budget; // for NeedsWork only
    int score = 0;   // 0..12
    int percent = 0; // score of 12, rounded half up
    friend bool operator==(const QualificationVerdict &, const QualificationVerdict &) = default;
};

// Rules, first match wins:
//  1. every score 0                                      -> Unscored
//  2. any score 0 (first of budget, authority, need, timing) -> NeedsWork with that gap: a deal
//     with no budget or no known decision maker is not a fit however high the rest scores
//  3. score >= 10 and every score >= 2                   -> StrongFit
//  4. score >= 7                                         -> GoodFit
//  5. otherwise                                          -> WeakFit
// Scores outside 0..3 are clamped, so a damaged row cannot give more than 100 %.
QualificationVerdict qualificationVerdict(const Qualification &qualification);

// "Strong fit", "Needs work: no budget yet", … in the current language.
QString verdictText(const QualificationVerdict &verdict);

} // namespace Sepakat
