#pragma once

#include "domain/plan.h"
#include "negotiation/pacing.h"
#include "negotiation/reciprocity.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace Sepakat {

// What the salesperson checks before the next move: do our price concessions shrink, how much
// of the room between opening and walk-away is gone, and is every concession answered.
class ConcessionChecks final : public QFrame
{
    Q_OBJECT

public:
    explicit ConcessionChecks(QWidget *parent = nullptr);

    void showChecks(const Result<PacingAnalysis> &pacing, const Plan &plan,
                    const QList<ReciprocityFinding> &findings);
    void retranslate();

private:
    void showPacing(const Result<PacingAnalysis> &pacing);
    void showRoom(const PacingAnalysis &pacing, const Plan &plan);
    void showReciprocity(const QList<ReciprocityFinding> &findings);

    QLabel *m_title;
    QLabel *m_pacingHeading;
    QLabel *m_pacing;
    QLabel *m_roomHeading;
    QLabel *m_room;
    QProgressBar *m_roomBar;
    QLabel *m_reciprocityHeading;
    QLabel *m_reciprocity;
};

} // namespace Sepakat
