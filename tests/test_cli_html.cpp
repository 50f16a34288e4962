// The command line on an HTML page: check and every export.
#include <doctest/doctest.h>

#include <string>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;

namespace {

const std::string duck = std::string(CITEGRAPH_TEST_DATA) + "/wikipedia-duck.html";

}  // namespace

TEST_SUITE("command line on html") {

TEST_CASE("check reads a Wikipedia page and summarises its 132 claims and 55 notes") {
    auto r = run_citegraph("check --policy report " + duck);
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("wikipedia-duck.html: 132 claims:") != std::string::npos);
    CHECK(r.out.find("wikipedia-duck.html: 55 references:") != std::string::npos);
    CHECK(r.out.find("as of 2024-09-21") != std::string::npos);
    CHECK(r.out.find(duck + ":1094:1: stale-source: d1:r5 \"Carboneras 1992, p. 536.\" (1992; older than 3y) — 4 claims "
                     "rest on it") != std::string::npos);
}

TEST_CASE("a Wikipedia page is judged by the scholarly policy: its books and articles do not age") {
    // Note 5 is a short note for a 1992 book (cite book): stale by age under the report
    // policy, current under the scholarly one, which the page's format picks.
    auto by_format = run_citegraph("check " + duck);
    auto report = run_citegraph("check --policy report " + duck);
    auto scholarly = run_citegraph("check --policy scholarly " + duck);
    CHECK(by_format.out == scholarly.out);
    CHECK(by_format.out.find("stale-source: d1:r5 ") == std::string::npos);
    CHECK(report.out.find("stale-source: d1:r5 ") != std::string::npos);
    CHECK(by_format.out.find("(scholarly: articles and books age only when superseded)") != std::string::npos);
    // Web pages and news still age under it.
    CHECK(by_format.out.find("stale-source:") != std::string::npos);
    auto json = run_citegraph("export --format json " + duck);
    CHECK(json.out.find("\"kind\": \"book\"") != std::string::npos);
    CHECK(json.out.find("\"kind\": \"web-page\"") != std::string::npos);
    CHECK(json.out.find("\"kind\": \"article\"") != std::string::npos);
    CHECK(json.out.find("\"policy\": \"scholarly\"") != std::string::npos);
}

TEST_CASE("export writes a Wikipedia page as JSON, GraphML and DOT") {
    auto json = run_citegraph("export -f json " + duck);
    CHECK(json.exit == 0);
    CHECK(json.err.empty());
    CHECK(json.out.find("\"title\": \"Duck\"") != std::string::npos);
    CHECK(json.out.find("Carboneras 1992, p. 536.") != std::string::npos);
    auto graphml = run_citegraph("export -f graphml " + duck);
    CHECK(graphml.exit == 0);
    CHECK(graphml.out.find("<graphml") != std::string::npos);
    CHECK(graphml.out.find("Carboneras 1992, p. 536.") != std::string::npos);
    auto dot = run_citegraph("export -f dot " + duck);
    CHECK(dot.exit == 0);
    CHECK(dot.out.find("digraph") != std::string::npos);
}

TEST_CASE("--from html reads an HTML page from standard input") {
    auto r = run_citegraph("check --from html - < " + duck);
    CHECK(r.exit == 0);
    CHECK(r.out.find("55 references:") != std::string::npos);
}

}  // TEST_SUITE
