// Command tests on the Markdown corpus file: check and every export read it.
#include <doctest/doctest.h>

#include <string>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;

namespace {

const std::string paper = std::string(CITEGRAPH_TEST_DATA) + "/md-arxiv-2203.01017-tableformer.md";

}  // namespace

TEST_SUITE("command line on Markdown") {

TEST_CASE("check reads the TableFormer Markdown paper by its extension") {
    auto r = run_citegraph("check " + paper);
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find(": 38 references:") != std::string::npos);
    CHECK(r.out.find("md-arxiv-2203.01017-tableformer.md:41:61: partly-stale: d1:c35 \"The latter is a long standing") !=
          std::string::npos);
}

TEST_CASE("every export format writes the TableFormer Markdown paper") {
    auto json = run_citegraph("export -f json " + paper);
    CHECK(json.exit == 0);
    CHECK(json.out.find("\"title\": \"TableFormer: Table Structure Understanding with Transformers.\"") != std::string::npos);
    auto graphml = run_citegraph("export -f graphml " + paper);
    CHECK(graphml.exit == 0);
    CHECK(graphml.out.find("<graphml") != std::string::npos);
    auto dot = run_citegraph("export -f dot " + paper);
    CHECK(dot.exit == 0);
    CHECK(dot.out.find("digraph") != std::string::npos);
}

TEST_CASE("standard input is read as Markdown with --from markdown") {
    auto r = run_citegraph("check --from markdown - < " + paper);
    CHECK(r.exit == 0);
    CHECK(r.out.find(": 38 references:") != std::string::npos);
}

}  // TEST_SUITE
