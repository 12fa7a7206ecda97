#pragma once

// One figure for tools/bench's table and bench.json. A benchmark prints what it likes for a
// reader, plus one line per figure in this form, which tools/bench collects:
//
//   BENCH name value unit [baseline ratio] [# note]
//
// name and unit are single words (e.g. value_case_recompute, ms); baseline names the figure
// (of the same run) that ratio = value / baseline compares against; the note says the goal or
// what was measured, in a few words.

#include <cstdio>

namespace Sepakat::Bench {

inline void figure(const char *name, double value, const char *unit, const char *note = nullptr)
{
    std::printf("BENCH %s %.6g %s%s%s\n", name, value, unit, note ? " # " : "", note ? note : "");
    std::fflush(stdout);
}

inline void figure(const char *name, double value, const char *unit, const char *baseline,
                   double baselineValue, const char *note = nullptr)
{
    const double ratio = baselineValue > 0 ? value / baselineValue : 0.0;
    std::printf("BENCH %s %.6g %s %s %.4g%s%s\n", name, value, unit, baseline, ratio,
                note ? " # " : "", note ? note : "");
    std::fflush(stdout);
}

} // namespace Sepakat::Bench
