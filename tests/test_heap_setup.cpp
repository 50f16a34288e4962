// The command's heap in the system's small pages (cli/heap_setup.cpp): in 2 MiB pages a
// huge page counted whole in the resident set once any of it was touched, and a check of
// one report peaked at 17.5 MB where it now peaks at 12 MB. check lists its findings with
// the pages the heap frees handed back at once, where its memory peaks.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::peak_below;
using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;

TEST_CASE("a check of one report peaks under 16 MiB: the heap is not rounded up to large pages") {
    scratch_dir dir;
    const run_result r = run_in(dir.path, {"check", std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt"});
    REQUIRE(r.exit == 0);
    CAPTURE(r.peak_kib);
    CHECK(peak_below(r, 16 * 1024));
}

#ifdef CITEGRAPH_COMMAND_MIMALLOC
TEST_CASE("check lists its findings with freed pages handed back at once, peaking lower than with them kept") {
    // 100 copies of the Mali report: the findings of 100 documents are triaged and listed.
    scratch_dir dir;
    std::vector<std::string> args{"check", "-q"};
    for (int i = 0; i < 100; ++i) {
        const std::string name = "mali-" + std::to_string(i) + ".txt";
        std::filesystem::copy_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", dir.path / name);
        args.push_back(name);
    }
    const run_result handed_back = run_in(dir.path, args);
    // mimalloc's own setting wins over the command's: a delay longer than the run keeps
    // every freed page resident, as the default's 25 ms kept most of them.
    ::setenv("MIMALLOC_DECOMMIT_DELAY", "10000", 1);
    const run_result kept = run_in(dir.path, args);
    ::unsetenv("MIMALLOC_DECOMMIT_DELAY");
    REQUIRE(handed_back.exit == 0);
    REQUIRE(kept.exit == 0);
    CHECK(handed_back.out == kept.out);
    CAPTURE(handed_back.peak_kib);
    CAPTURE(kept.peak_kib);
    CHECK(handed_back.peak_kib + 1024 < kept.peak_kib);  // 2.3-3.0 MiB apart when measured
}
#endif
