// The command's heap in the system's small pages (cli/heap_setup.cpp): in 2 MiB pages a
// huge page counted whole in the resident set once any of it was touched, and a check of
// one report peaked at 17.5 MB where it now peaks at 12 MB.
#include <doctest/doctest.h>

#include <string>

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
