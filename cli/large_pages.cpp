#include "large_pages.hpp"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <utility>

#if CITEGRAPH_MIMALLOC
#include <mimalloc.h>
#endif

namespace citegraph::cli {

#if CITEGRAPH_MIMALLOC
namespace {

// The mapping [begin, end) of this process that holds `address`, from /proc/self/maps;
// {0, 0} where that cannot be read.
std::pair<std::uintptr_t, std::uintptr_t> mapping_holding(std::uintptr_t address) {
    std::ifstream maps("/proc/self/maps");
    std::string line;  // "7f3c2a000000-7f3c2c000000 rw-p 00000000 00:00 0"
    while (std::getline(maps, line)) {
        char* dash = nullptr;
        const std::uintptr_t begin = std::strtoull(line.c_str(), &dash, 16);
        if (*dash != '-') continue;
        const std::uintptr_t end = std::strtoull(dash + 1, nullptr, 16);
        if (begin <= address && address < end) return {begin, end};
    }
    return {0, 0};
}

}  // namespace
#endif

void prefer_large_pages() {
#if CITEGRAPH_MIMALLOC
    // The environment variable stays the user's way to choose.
    if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) {
        mi_option_enable(mi_option_large_os_pages);
        // The option reaches only the memory mimalloc maps from now on. The main thread's
        // first segment was mapped before main, for the C++ runtime's own first allocations,
        // and the main thread fills it first: in small pages it took nine in ten of a
        // check's page faults. Advising it now gives its untouched part large pages too.
        const auto probe = std::make_unique<char>();
        const auto [begin, end] = mapping_holding(reinterpret_cast<std::uintptr_t>(probe.get()));
        if (begin != end) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    }
    // mimalloc commits a thread's first segment lazily, 4 KiB at a time, so that a thread
    // that allocates little costs little. Here every worker builds part of the model, and
    // those lazy segments took two thirds of a check's page faults, in small pages.
    if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) mi_option_set(mi_option_eager_commit_delay, 0);
#endif
}

}  // namespace citegraph::cli
