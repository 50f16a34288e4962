// The command's heap in 2 MiB pages: faulting in a few hundred megabytes 4 KiB at a time
// was a fifth of a check's time, so the heap asks for large pages (cli/large_pages.cpp),
// the part mapped before main included. Each large page is one fault where small pages
// are 512, so the faults counted against the resident memory show which the heap got.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "command.hpp"

using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;

namespace {

// The plain build links the command with mimalloc, which is what asks for large pages;
// sanitizer builds and builds configured without it leave the allocator alone.
#ifdef CITEGRAPH_COMMAND_MIMALLOC
constexpr bool command_asks_for_large_pages = true;
#else
constexpr bool command_asks_for_large_pages = false;
#endif

// True when the kernel hands out transparent huge pages to memory that asks for them
// ("always" or "madvise" chosen in its setting).
bool system_gives_large_pages() {
    std::ifstream setting("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string chosen;
    std::getline(setting, chosen);  // "always [madvise] never"
    return chosen.find("[always]") != std::string::npos || chosen.find("[madvise]") != std::string::npos;
}

}  // namespace

TEST_CASE("check on a hundred reports faults its heap in large pages, not one 4 KiB page at a time") {
    if (!command_asks_for_large_pages) {
        MESSAGE("the command is built without mimalloc, which is what asks for large pages");
        return;
    }
    if (!system_gives_large_pages()) {
        MESSAGE("this kernel gives no transparent huge pages");
        return;
    }
    scratch_dir dir;
    std::vector<std::string> args{"check"};
    for (int i = 0; i < 100; ++i) {
        const std::string name = "mali-" + std::to_string(i) + ".txt";
        std::filesystem::copy_file(std::filesystem::path(CITEGRAPH_TEST_DATA) / "usdol-mali-2021.txt", dir.path / name);
        args.push_back(name);
    }
    const run_result r = run_in(dir.path, args);
    REQUIRE(r.exit == 0);
    const long resident_small_pages = r.peak_kib / 4;
    CAPTURE(r.peak_kib);
    CAPTURE(r.minor_faults);
    // About one fault per eleven resident pages with the whole heap in large pages (the
    // program's own code and libraries are most of them); one in three when the main
    // thread's first 32 MiB of heap was left in small pages; three in four with none.
    CHECK(r.minor_faults * 5 < resident_small_pages);
}
