#pragma once

#include "util/result.h"

namespace Sepakat {

struct DemoOptions
{
    int deals = 60;
    quint64 seed = 1;
};

// Writes a new, deterministic, realistic deal book at path (same seed, same content, ids too).
// Refuses to overwrite a file that exists.
Status writeDemoBook(const QString &path, const DemoOptions &options);

} // namespace Sepakat
