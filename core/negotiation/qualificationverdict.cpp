#include "negotiation/qualificationverdict.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Sepakat {

namespace {

constexpr int kMaximumScore = 3;
constexpr int kDimensions = 4;
constexpr int kStrongScore = 10;
constexpr int kStrongEach = 2;
constexpr int kGoodScore = 7;

constexpr const char *kContext = "Sepakat::QualificationVerdict";

// Indexed by FitKind, then the NeedsWork texts by QualificationDimension.
constexpr const char *kFitTexts[] = {
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Not qualified yet"),
    nullptr,
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Weak fit: keep qualifying"),
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Good fit"),
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Strong fit"),
};
constexpr const char *kGapTexts[] = {
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Needs work: no budget yet"),
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Needs work: decision maker unknown"),
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Needs work: no clear need yet"),
    QT_TRANSLATE_NOOP("Sepakat::QualificationVerdict", "Needs work: no timeline yet"),
};

} // namespace

QualificationVerdict qualificationVerdict(const Qualification &qualification)
{
    const std::array<std::pair<QualificationDimension, int>, kDimensions> scores{{
        {QualificationDimension::Budget, std::clamp(qualification.budget, 0, kMaximumScore)},
        {QualificationDimension::Authority, std::clamp(qualification.authority, 0, kMaximumScore)},
        {QualificationDimension::Need, std::clamp(qualification.need, 0, kMaximumScore)},
        {QualificationDimension::Timing, std::clamp(qualification.timing, 0, kMaximumScore)},
    }};
    QualificationVerdict verdict;
    int lowest = kMaximumScore;
    for (const auto &[dimension, score] : scores) {
        verdict.score += score;
        lowest = std::min(lowest, score);
    }
    constexpr int kMaximumTotal = kMaximumScore * kDimensions;
    verdict.percent = (verdict.score * 100 + kMaximumTotal / 2) / kMaximumTotal;
    if (verdict.score == 0) {
        verdict.kind = FitKind::Unscored;
    } else if (lowest == 0) {
        verdict.kind = FitKind::NeedsWork;
        verdict.gap = std::find_if(scores.begin(), scores.end(), [](const auto &entry) {
                          return entry.second == 0;
                      })->first;
    } else if (verdict.score >= kStrongScore && lowest >= kStrongEach) {
        verdict.kind = FitKind::StrongFit;
    } else if (verdict.score >= kGoodScore) {
        verdict.kind = FitKind::GoodFit;
    } else {
        verdict.kind = FitKind::WeakFit;
    }
    return verdict;
}

QString verdictText(const QualificationVerdict &verdict)
{
    const char *text = verdict.kind == FitKind::NeedsWork
                           ? kGapTexts[static_cast<int>(verdict.gap)]
                           : kFitTexts[static_cast<int>(verdict.kind)];
    return QCoreApplication::translate(kContext, text);
}

} // namespace Sepakat
