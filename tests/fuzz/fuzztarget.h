#pragma once

// The one function each fuzz_*.cpp defines: libFuzzer calls it with generated inputs, replay.cpp
// with saved ones. It must return 0 and may do anything but crash, hang or leak.

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
