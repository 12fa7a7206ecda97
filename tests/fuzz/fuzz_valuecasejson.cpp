// Fuzz target: the value-case JSON reader (`sepakat value-case CASE.json`). Any bytes must give
// inputs or a clear error, never a crash, a hang or undefined behaviour; inputs it accepts must
// compute or fail cleanly too, since the command computes whatever it read.

#include "fuzztarget.h"
#include "value/valuecasejson.h"
#include "value/valueengine.h"

#include <QByteArray>

using namespace Sepakat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Money upfront;
    const Result<ValueCaseInputs> inputs = readValueCaseJson(bytes, &upfront);
    if (inputs.ok()) {
        for (const auto scenario :
             {Scenario::Conservative, Scenario::Expected,
              Scenario::Optimistic}) {
            const auto result = computeValueCase(*inputs, upfront, scenario);
            if (result.ok())
                (void)writeValueCaseJson(*result);
        }
    }
    return 0;
}
