#pragma once

// The one function each fuzz_*.cpp defines: libFuzzer calls it with generated inputs, replay.cpp
// with saved ones. It must return 0 and may do anything but crash, hang or leak.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// A target may check what the code promises beyond not crashing (a round trip, an error that
// names its place). A broken promise aborts, so libFuzzer saves the input and replay fails on it.
[[noreturn]] inline void promiseBroken(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}
