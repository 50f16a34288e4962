// trace, impact and check across documents, run as a user would.
#include <doctest/doctest.h>

#include <cctype>
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;

namespace {

const std::string data = CITEGRAPH_TEST_DATA;
const std::string mali = data + "/usdol-mali-2021.txt";
const std::string chain = data + "/provenance/chain";
const std::string cycle = data + "/provenance/cycle";
const std::string shared = data + "/provenance/shared";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// A finding line with its ids' document part ("d5:c17") made "d:c17": alone, every
// document is d1.
std::string without_document_ids(std::string line) {
    for (std::size_t at = line.find(": d"); at != std::string::npos; at = line.find(": d", at + 1)) {
        std::size_t end = at + 3;
        while (end < line.size() && std::isdigit(static_cast<unsigned char>(line[end]))) ++end;
        if (end > at + 3 && end < line.size() && line[end] == ':') line.erase(at + 3, end - at - 3);
    }
    return line;
}

}  // namespace

TEST_SUITE("trace and impact commands") {

TEST_CASE("trace draws the references under a claim with their dates, verdicts and flags") {
    const auto r = run_citegraph("trace d1:c32 " + mali);
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].starts_with("d1:c32 partly-stale: \"Children, especially of the Bellah community"));
    CHECK(lines[0].ends_with("(" + mali + ":53)"));
    CHECK(lines[1] == "├── d1:r1 2017 stale (older than 3y): \"ILO Committee of Experts. Individual Direct Request "
                      "concerning Forced La…\"");
    CHECK(lines[2] == "├── d1:r3 2020-02-14 current [unverifiable]: \"U.S. Embassy- Bamako. Reporting. February 14, 2020.\"");
    CHECK(lines[6].starts_with("├── d1:r25 2018-06-28 stale (superseded by 4; older than 3y): "));
    CHECK(lines[7].starts_with("└── d1:r26 2016-04 stale (older than 3y): "));
}

TEST_CASE("trace --format json nests the references under the claim") {
    const auto r = run_citegraph("trace c32 --format json " + mali);
    REQUIRE(r.exit == 0);
    const auto tree = nlohmann::json::parse(r.out);
    CHECK(tree["id"] == "d1:c32");
    CHECK(tree["verdict"] == "partly-stale");
    REQUIRE(tree["references"].size() == 7);
    CHECK(tree["references"][5]["id"] == "d1:r25");
    CHECK(tree["references"][5]["stale_reasons"] == nlohmann::json{"superseded by 4", "older than 3y"});
    CHECK(tree["references"][1]["flags"] == nlohmann::json{"unverifiable"});
    CHECK(tree["references"][0]["document"].is_null());
}

TEST_CASE("impact lists the claims resting on a reference, as many as check counts") {
    const auto check = run_citegraph("check " + mali);
    CHECK(check.out.find(":343:3: stale-source: d1:r25 \"U.S. Department of State. Trafficking in Persons Report- 2018") !=
          std::string::npos);
    CHECK(check.out.find("(2018-06-28; superseded by 4; older than 3y) — 9 claims rest on it") != std::string::npos);
    const auto r = run_citegraph("impact d1:r25 " + mali);
    REQUIRE(r.exit == 0);
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 9);
    CHECK(lines[0] == mali + ":53: partly-stale: d1:c32 → d1:r25");
    CHECK(lines[1] == mali + ":53: resting-on-stale: d1:c33 → d1:r25");
    const auto json = nlohmann::json::parse(run_citegraph("impact 25 -f json " + mali).out);
    CHECK(json["target"] == "25");
    CHECK(json["references"] == nlohmann::json{"d1:r25"});
    REQUIRE(json["claims"].size() == 9);
    CHECK(json["claims"][1]["chain"] == nlohmann::json{"d1:c33", "d1:r25"});
    CHECK(json["claims"][1]["line"] == 53);
}

TEST_CASE("trace and impact refuse a claim, reference or source the corpus lacks with exit 2") {
    struct row { std::string args; std::string message; };
    for (const row& r : {row{"trace d1:c999 " + mali, "no claim 'd1:c999'"},
                         row{"trace d2:c1 " + mali, "no claim 'd2:c1'"},
                         row{"impact d1:r999 " + mali, "no reference 'd1:r999'"},
                         row{"impact s999 " + mali, "no source 's999'"},
                         row{"trace " + mali, "FILE is required"},
                         row{"impact d1:r25 --format dot " + mali, "--format"}}) {
        CAPTURE(r.args);
        const auto result = run_citegraph(r.args);
        CHECK(result.exit == 2);
        CHECK(result.out.empty());
        CHECK(result.err.find(r.message) != std::string::npos);
    }
}

TEST_CASE("check on the chain corpus: the review's citation of the survey is stale only upstream, and the summary's claim through it") {
    // Files in name order: d1 basin-review.html, d2 groundwater-survey.nxml, d3 regional-summary.md.
    const auto r = run_citegraph("check " + chain);
    REQUIRE(r.exit == 0);
    const std::string upstream = "stale upstream: d2 \"Groundwater Survey of the Lower Basin\" → d2:c1 → d2:r1 (2009; older than 3y)";
    CHECK(r.out.find(chain + "/basin-review.html:15:1: stale-upstream: d1:r1 \"Groundwater Survey of the Lower Basin.") !=
          std::string::npos);
    CHECK(r.out.find("(2021; " + upstream + ") — 2 claims rest on it") != std::string::npos);
    CHECK(r.out.find(chain + "/regional-summary.md:11:1: resting-on-stale: d3:c1 \"Irrigation demand rose by a fifth") !=
          std::string::npos);
    CHECK(r.out.find("cites 1 (2023; stale upstream: d1 \"Basin Water Review\" → d1:c1 → d1:r1 → d2 → d2:c1 → d2:r1 "
                     "(2009; older than 3y))") != std::string::npos);
    // Only the survey's own source is stale by age; nothing is superseded across documents.
    CHECK(r.out.find("superseded by d") == std::string::npos);
    CHECK(r.out.find("cycle:") == std::string::npos);
    CHECK(r.out.find("load-bearing: 4 of 5 claims rest on a single source\n") != std::string::npos);
    CHECK(r.out.find("load-bearing: s3 \"Ministry of Water. Well census of the lower basin.") != std::string::npos);
    CHECK(r.out.find("(2009): 4 claims rest on it, 1 directly\n") != std::string::npos);
}

TEST_CASE("trace and impact follow the chain corpus from the summary down to the stale census") {
    const auto tree = run_citegraph("trace d3:c1 " + chain);
    REQUIRE(tree.exit == 0);
    const auto lines = lines_of(tree.out);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0].starts_with("d3:c1 resting-on-stale: \"Irrigation demand rose by a fifth"));
    CHECK(lines[1].starts_with("└── d3:r1 2023 stale-upstream: \"National Water Office. Basin Water Review."));
    CHECK(lines[2].starts_with("    └── d1 \"Basin Water Review\" (" + chain + "/basin-review.html, "));
    CHECK(lines[3].starts_with("        ├── d1:r1 2021 stale-upstream: \"Groundwater Survey"));
    CHECK(lines[4].starts_with("        │   └── d2 \"Groundwater Survey of the Lower Basin\""));
    CHECK(lines[5].starts_with("        │       └── d2:r1 2009 stale (older than 3y): \"Ministry of Water."));
    CHECK(lines[6].starts_with("        └── d1:r2 2014 stale (older than 3y): \"River Flow Yearbook 2014."));
    const auto impact = run_citegraph("impact d2:r1 " + chain);
    REQUIRE(impact.exit == 0);
    CHECK(lines_of(impact.out) == std::vector<std::string>{
        chain + "/basin-review.html:11: resting-on-stale: d1:c1 → d1:r1 → d2 → d2:c1 → d2:r1",
        chain + "/basin-review.html:12: resting-on-stale: d1:c2 → d1:r1 → d2 → d2:c1 → d2:r1",
        chain + "/groundwater-survey.nxml:12: resting-on-stale: d2:c1 → d2:r1",
        chain + "/regional-summary.md:11: resting-on-stale: d3:c1 → d3:r1 → d1 → d1:c1 → d1:r1 → d2 → d2:c1 → d2:r1"});
}

TEST_CASE("check lists the three-document cycle with its paths, and trace stops where it comes back") {
    const auto r = run_citegraph("check " + cycle);
    REQUIRE(r.exit == 0);
    CHECK(r.out.find("cycle: " + cycle + "/coastal-atlas.md → " + cycle + "/harbour-sediment-note.md → " + cycle +
                     "/tide-gauge-records.md → " + cycle + "/coastal-atlas.md\n") != std::string::npos);
    const auto tree = run_citegraph("trace d1:c1 " + cycle);
    const auto lines = lines_of(tree.out);
    REQUIRE(lines.size() == 7);
    CHECK(lines[6] == "                    └── ↻ cycle back to d1");
    const auto json = nlohmann::json::parse(run_citegraph("trace d1:c1 -f json " + cycle).out);
    const auto& back = json["references"][0]["document"]["references"][0]["document"]["references"][0]["document"];
    CHECK(back["id"] == "d1");
    CHECK(back["cycle_back"] == true);
}

TEST_CASE("the 2017 edition in one brief is superseded by the 2020 edition the other cites") {
    const auto r = run_citegraph("check " + shared);
    REQUIRE(r.exit == 0);
    CHECK(r.out.find(shared + "/food-brief.md:17:4: stale-source: d1:r3 \"Food Security Information Network. Global Report on "
                              "Food Crises 2017.") != std::string::npos);
    CHECK(r.out.find("(2017; superseded by d2:r4 (2020); older than 3y) — 1 claim rests on it") != std::string::npos);
    CHECK(r.out.find("superseded by d1:") == std::string::npos);
    // The same outside works, merged: the trace names their shared source.
    const auto tree = run_citegraph("trace d1:c1 " + shared);
    CHECK(tree.out.find("d1:r1 2020 current s1: ") != std::string::npos);
    const auto impact = run_citegraph("impact s1 " + shared);
    CHECK(lines_of(impact.out).size() == 2);
}

TEST_CASE("the real corpus files checked together say per document what each says alone") {
    const std::vector<std::string> files{"jats-bmc-microbiology-2011.nxml", "jats-plosone-2020-dairy-lca.nxml",
                                         "md-arxiv-2203.01017-tableformer.md", "tei-grobid-jner-2016-fes.tei.xml",
                                         "usdol-mali-2021.txt", "wikipedia-duck.html"};
    std::string all;
    std::vector<std::string> alone;
    for (const auto& f : files) {
        all += " " + data + "/" + f;
        for (const auto& line : lines_of(run_citegraph("check " + data + "/" + f).out))
            alone.push_back(without_document_ids(line));
    }
    const auto together = run_citegraph("check" + all);
    std::vector<std::string> per_document;
    for (const auto& line : lines_of(together.out))
        if (!line.starts_with("load-bearing: ")) per_document.push_back(without_document_ids(line));
    std::sort(per_document.begin(), per_document.end());
    std::sort(alone.begin(), alone.end());
    CHECK(per_document == alone);
    CHECK(together.out.find("cycle:") == std::string::npos);
    CHECK(together.out.find("stale-upstream") == std::string::npos);
}

TEST_CASE("--help names trace and impact") {
    const auto r = run_citegraph("--help");
    CHECK(r.out.find("trace") != std::string::npos);
    CHECK(r.out.find("impact") != std::string::npos);
    CHECK(run_citegraph("trace --help").out.find("CLAIM") != std::string::npos);
    CHECK(run_citegraph("impact --help").out.find("REF|SOURCE") != std::string::npos);
}

}  // TEST_SUITE
