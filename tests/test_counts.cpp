// Every printed count takes its noun in the number it asks for: "1 claim", "1 reference",
// "1 document", "1 anachronism", on real documents with exactly one of each.
#include <doctest/doctest.h>

#include <string>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::scratch_dir;
using citegraph::testing::shell_output;
using citegraph::testing::slurp;

namespace {

const std::string data = CITEGRAPH_TEST_DATA;
// One claim, resting on the one reference, which is stale.
const std::string survey = data + "/provenance/chain/groundwater-survey.nxml";

}  // namespace

TEST_SUITE("counts in the singular") {

TEST_CASE("check on a document of one claim and one reference says each in the singular") {
    const auto r = run_citegraph("check " + survey);
    REQUIRE(r.exit == 0);
    CHECK(r.out.find(survey + ":17:1: stale-source: d1:r1 \"Ministry of Water. Well census of the lower basin. Bamako: "
                              "Ministry of Water; 20…\" (2009; older than 3y) — 1 claim rests on it\n") !=
          std::string::npos);
    CHECK(r.out.find(survey + ": 1 claim: 0 ok, 0 partly-stale, 1 resting-on-stale, 0 uncited, 0 dangling; "
                              "0 anachronisms\n") != std::string::npos);
    CHECK(r.out.find(survey + ": 1 reference: 1 stale (0 superseded), ") != std::string::npos);
    const auto sarif = run_citegraph("check --format sarif " + survey);
    CHECK(sarif.out.find("\"reference d1:r1 (2009) is stale: older than 3y; 1 claim rests on it\"") != std::string::npos);
}

TEST_CASE("one anachronism is an anachronism, not anachronisms") {
    scratch_dir dir;
    std::string text = slurp(data + "/usdol-mali-2021.txt");
    const std::string original = "In 2021, at least 46 displaced child slaves were identified in Mali. (11)";
    REQUIRE(text.find(original) != std::string::npos);
    text.replace(text.find(original), original.size(),
                 "In 2021, at least 46 displaced child slaves were identified in Mali. (25)");
    citegraph::testing::write(dir.path / "edited.txt", text);
    const auto r = run_citegraph("check " + (dir.path / "edited.txt").string());
    REQUIRE(r.exit == 0);
    CHECK(r.out.find(" 0 dangling; 1 anachronism\n") != std::string::npos);
}

TEST_CASE("load-bearing: one claim of three rests on a single source") {
    const auto r = run_citegraph("check " + survey + " " + data + "/SOURCES.md");
    REQUIRE(r.exit == 0);
    CHECK(r.out.find("load-bearing: 1 of 3 claims rests on a single source\n") != std::string::npos);
    CHECK(r.out.find("(2009): 1 claim rests on it, 1 directly\n") != std::string::npos);
}

TEST_CASE("the HTML report counts one claim and one reference in the singular") {
    scratch_dir dir;
    const auto page = dir.path / "survey.html";
    REQUIRE(run_citegraph("report -o " + page.string() + " " + survey).exit == 0);
    const std::string html = slurp(page);
    CHECK(html.find("<h3>1 claim</h3>") != std::string::npos);
    CHECK(html.find("<h3>1 reference</h3>") != std::string::npos);
    CHECK(html.find("1 claim rests on it") != std::string::npos);
    CHECK(html.find("1 claims") == std::string::npos);
    CHECK(html.find("1 references") == std::string::npos);
}

TEST_CASE("the progress line on a terminal counts one document") {
    scratch_dir dir;
    const std::string shown =
        shell_output("script -q -e -c \"CITEGRAPH_PROGRESS_AFTER_MS=0 " + std::string(CITEGRAPH_CLI) + " export -o " +
                     (dir.path / "out.json").string() + " " + survey + "\" /dev/null");
    CHECK(shown.find("citegraph: read 1/1 document\r") != std::string::npos);
    CHECK(shown.find("citegraph: 1 document read; assessing") != std::string::npos);
    CHECK(shown.find("documents") == std::string::npos);
}

}  // TEST_SUITE
