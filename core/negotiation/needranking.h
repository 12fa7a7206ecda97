#pragma once

#include "domain/need.h"

#include <QList>

namespace Sepakat {

// Whether a is more pressing than b: must before should before could; then the more urgent;
// then the greater monthly pain in hours, then in money (no money counts as zero; two currencies
// are not compared). Ties keep the salesperson's own order (position).
bool morePressing(const Need &a, const Need &b);

// The needs, most pressing first (a stable sort by morePressing).
QList<Need> rankNeeds(QList<Need> needs);

// The first count of rankNeeds(needs).
QList<Need> topNeeds(const QList<Need> &needs, int count);

} // namespace Sepakat
