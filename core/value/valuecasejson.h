#pragma once

#include "domain/valuecase.h"
#include "util/result.h"
#include "value/valueengine.h"

#include <QByteArray>

namespace Sepakat {

// The value-case file of issue 5 (`sepakat value-case CASE.json`). Amounts are decimal strings
// in major units; hours, percents and scenario factors are JSON numbers, read through their
// shortest decimal form so 0.7 becomes exactly 7000 basis points. Every field shown in the
// issue is required except scenario_factors (and any of its three keys). Unknown keys are
// ignored so a file written by a newer Sepakat still reads.
//
// On failure the error's field is the JSON path of the first bad field ("items[1].hourly_rate",
// "horizon_months"; empty when the text is not a JSON object at all, the message then gives the
// parse error and its offset), and its message lists every problem found, one per line, each
// with its path. On success *upfront (when given) receives upfront_cost, which is also set as the
// inputs' upfront override.
Result<ValueCaseInputs> readValueCaseJson(const QByteArray &json, Money *upfront = nullptr);

// The output shape of issue 5, keys in the order, one month per line. Money is a plain
// decimal string ("-150000000", "1250.50"), hours a number with up to 3 decimals, payback_months
// and roi_percent numbers with up to 2 decimals, and null where they do not exist.
QByteArray writeValueCaseJson(const ValueCaseResult &result);

} // namespace Sepakat
