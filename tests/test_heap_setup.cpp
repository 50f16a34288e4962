// The command's heap in the system's small pages (cli/heap_setup.cpp): in 2 MiB pages a
// huge page counted whole in the resident set once any of it was touched, and a check of
// one report peaked at 17.5 MB where it now peaks at 12 MB. Pages the heap frees are handed
// back at once from linking on, through the assessment, where every command's memory
// peaks, and on through check's listing, where its memory peaks again.
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
using citegraph::testing::slurp;

TEST_CASE("a check of one report peaks under 16 MiB: the heap is not rounded up to large pages") {
    scratch_dir dir;
    const run_result r = run_in(dir.path, {"check", std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt"});
    REQUIRE(r.exit == 0);
    CAPTURE(r.peak_kib);
    CHECK(peak_below(r, 16 * 1024));
}

#ifdef CITEGRAPH_COMMAND_MIMALLOC
namespace {

// n copies of the Mali report in dir, by name.
std::vector<std::string> copies(const scratch_dir& dir, int n) {
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) {
        names.push_back("mali-" + std::to_string(i) + ".txt");
        std::filesystem::copy_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", dir.path / names.back());
    }
    return names;
}

}  // namespace

TEST_CASE("check lists its findings with freed pages handed back at once, peaking lower than with them kept") {
    // The findings of 100 documents are triaged and listed.
    scratch_dir dir;
    std::vector<std::string> args{"check", "-q"};
    for (const std::string& name : copies(dir, 100)) args.push_back(name);
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

TEST_CASE("an export peaks lower with freed pages handed back while sources are linked and claims assessed") {
    // 300 documents: what the delay keeps is freed in its last 25 ms, which on a busy
    // machine is less of the work; 100 came within 0.5 MiB with two other programs running.
    scratch_dir dir;
    const std::vector<std::string> names = copies(dir, 300);
    const auto export_to = [&](const std::string& output) {
        std::vector<std::string> args{"export", "-f", "graphml", "-o", output};
        args.insert(args.end(), names.begin(), names.end());
        return run_in(dir.path, args);
    };
    // Both run before either output is read: a run's peak counts the test's own memory,
    // which it forks from, and a GraphML read in here would be counted in the second.
    const run_result handed_back = export_to("handed_back.graphml");
    // mimalloc's own delay, set by the user, as every export ran before.
    ::setenv("MIMALLOC_DECOMMIT_DELAY", "25", 1);
    const run_result delayed = export_to("delayed.graphml");
    ::unsetenv("MIMALLOC_DECOMMIT_DELAY");
    REQUIRE(handed_back.exit == 0);
    REQUIRE(delayed.exit == 0);
    const std::string written = slurp(dir.path / "handed_back.graphml");
    CHECK(written.size() > 1'000'000);
    CHECK(slurp(dir.path / "delayed.graphml") == written);
    CAPTURE(handed_back.peak_kib);
    CAPTURE(delayed.peak_kib);
    CHECK(handed_back.peak_kib + 1024 < delayed.peak_kib);  // 2.6-4.8 MiB apart when measured, busy or not
}
#endif
