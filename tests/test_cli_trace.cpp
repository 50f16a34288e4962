// trace, impact and check across documents, run as a user would.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "command.hpp"

using citegraph::testing::run_citegraph;

namespace {

const std::string data = CITEGRAPH_TEST_DATA;
const std::string mali = data + "/usdol-mali-2021.txt";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
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
    CHECK(check.out.find("stale-source: 25 \"U.S. Department of State. Trafficking in Persons Report- 2018") !=
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

TEST_CASE("--help names trace and impact") {
    const auto r = run_citegraph("--help");
    CHECK(r.out.find("trace") != std::string::npos);
    CHECK(r.out.find("impact") != std::string::npos);
    CHECK(run_citegraph("trace --help").out.find("CLAIM") != std::string::npos);
    CHECK(run_citegraph("impact --help").out.find("REF|SOURCE") != std::string::npos);
}

}  // TEST_SUITE
