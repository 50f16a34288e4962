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
    CHECK(lines[0].ends_with("(" + mali + ":53:1)"));
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
    REQUIRE(lines.size() == 10);  // the reference, then the nine claims
    CHECK(lines[0] == "d1:r25 (2018-06-28): \"U.S. Department of State. Trafficking in Persons Report- 2018: Mali. "
                      "Washington, D.C., June 28, 2018…\" — "
                      "https://www.state.gov/reports/2018-trafficking-in-persons-report/mali/");
    CHECK(lines[1] == mali + ":53:1: partly-stale: \"Children, especially of the Bellah community (black Tuareg), are "
                             "subject…\" — d1:c32 → d1:r25");
    CHECK(lines[2] == mali + ":53:152: resting-on-stale: \"Some children are born into slavery, while others are born "
                             "free but rema…\" — d1:c33 → d1:r25");
    const auto json = nlohmann::json::parse(run_citegraph("impact 25 -f json " + mali).out);
    CHECK(json["target"] == "25");
    CHECK(json["references"] == nlohmann::json{"d1:r25"});
    REQUIRE(json["claims"].size() == 9);
    CHECK(json["claims"][1]["chain"] == nlohmann::json{"d1:c33", "d1:r25"});
    CHECK(json["claims"][1]["line"] == 53);
    CHECK(json["claims"][1]["column"] == 152);
    CHECK(json["claims"][1]["text"].get<std::string>().starts_with("Some children are born into slavery"));
    REQUIRE(json["targets"].size() == 1);
    CHECK(json["targets"][0]["urls"] ==
          nlohmann::json{"https://www.state.gov/reports/2018-trafficking-in-persons-report/mali/"});
    CHECK(json["targets"][0]["published"] == "2018-06-28");
    CHECK(json["targets"][0]["doi"].is_null());
}

TEST_CASE("trace finds a claim by the place check prints, the first on its line unless a column chooses") {
    // Line 53 of the Mali report holds four claims: c32 at column 1, c33 at 152, c34 at 403, c35 at 497.
    struct row { std::string subject; std::string root; };
    for (const row& r : {row{mali + ":53", "d1:c32 partly-stale: \"Children, especially of the Bellah"},
                         row{mali + ":53:1", "d1:c32 "},
                         row{mali + ":53:152", "d1:c33 resting-on-stale: \"Some children are born into slavery"},
                         row{mali + ":53:300", "d1:c33 "},  // inside the second claim
                         row{mali + ":53:403", "d1:c34 "},
                         row{mali + ":53:9999", "d1:c35 "},
                         row{"usdol-mali-2021.txt:55", "d1:c36 resting-on-stale: \"Children, particularly those of Songhai"},
                         row{data + "/../data/usdol-mali-2021.txt:55", "d1:c36 "}}) {
        CAPTURE(r.subject);
        const auto result = run_citegraph("trace '" + r.subject + "' " + mali);
        REQUIRE(result.exit == 0);
        CHECK(result.out.starts_with(r.root));
        // The same tree as the id gives.
        const std::string id = result.out.substr(0, result.out.find(' '));
        CHECK(result.out == run_citegraph("trace " + id + " " + mali).out);
    }
    // Check's own place for a finding leads trace to the claim it names.
    const auto check = run_citegraph("check --only resting-on-stale " + mali);
    const std::string first = check.out.substr(0, check.out.find('\n'));
    const std::string place = first.substr(0, first.find(": resting-on-stale: "));
    CHECK(run_citegraph("trace " + place + " " + mali).out.starts_with("d1:c33 resting-on-stale: "));
}

TEST_CASE("trace on a line where no claim starts is a usage error naming the nearest claims") {
    const auto between = run_citegraph("trace " + mali + ":54 " + mali);
    CHECK(between.exit == 2);
    CHECK(between.out.empty());
    CHECK(between.err == "citegraph: no claim starts on line 54 of " + mali + "; the nearest: d1:c35 (" + mali +
                             ":53:497) and d1:c36 (" + mali + ":55:1)\n");
    const auto before_all = run_citegraph("trace " + mali + ":1 " + mali);
    CHECK(before_all.exit == 2);
    CHECK(before_all.err == "citegraph: no claim starts on line 1 of " + mali + "; the nearest: d1:c1 (" + mali +
                                ":5:1)\n");
}

TEST_CASE("trace finds a claim by words of its text, case and spacing ignored, when they fit one claim") {
    const auto unique = run_citegraph("trace 'SALT   mines of taoudenni' " + mali);
    REQUIRE(unique.exit == 0);
    CHECK(unique.out.starts_with("d1:c36 resting-on-stale: \"Children, particularly those of Songhai ethnicity"));
    CHECK(unique.out.find("└── d1:r25 2018-06-28 stale (superseded by 4; older than 3y)") != std::string::npos);

    const auto several = run_citegraph("trace Born " + mali);
    CHECK(several.exit == 2);
    CHECK(several.out.empty());
    CHECK(several.err == "citegraph: 2 claims contain \"Born\"; name one: d1:c33 (" + mali + ":53:152), d1:c179 (" +
                             mali + ":215:1)\n");

    const auto many = run_citegraph("trace children " + mali);
    CHECK(many.exit == 2);
    CHECK(many.err.starts_with("citegraph: 62 claims contain \"children\"; name one: d1:c5 (" + mali + ":5:608), "));
    CHECK(many.err.ends_with(" and 50 more\n"));

    const auto none = run_citegraph("trace 'no claim says this' " + mali);
    CHECK(none.exit == 2);
    CHECK(none.err == "citegraph: no claim's text contains \"no claim says this\"\n");
    const auto wrong_file = run_citegraph("trace other.txt:53 " + mali);
    CHECK(wrong_file.exit == 2);
    CHECK(wrong_file.err == "citegraph: no claim's text contains \"other.txt:53\", and no document is named other.txt\n");
}

TEST_CASE("trace across the chain corpus takes a file:line in any of its documents and words of any claim") {
    const auto by_place = run_citegraph("trace regional-summary.md:11 " + chain);
    REQUIRE(by_place.exit == 0);
    CHECK(by_place.out == run_citegraph("trace d3:c1 " + chain).out);
    const auto by_words = run_citegraph("trace 'registered wells' " + chain);
    REQUIRE(by_words.exit == 0);
    CHECK(by_words.out.starts_with("d2:c1 resting-on-stale: \"The lower basin holds 212 registered wells"));
    const auto json = nlohmann::json::parse(run_citegraph("trace groundwater-survey.nxml:12 -f json " + chain).out);
    CHECK(json["id"] == "d2:c1");
    CHECK(json["line"] == 12);
    CHECK(json["column"] == 4);
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
        "d2:r1 (2009): \"Ministry of Water. Well census of the lower basin. Bamako: Ministry of Water; 2009.\" — "
        "no URL or DOI",
        chain + "/basin-review.html:11:4: resting-on-stale: \"Groundwater tables in the lower basin fell by four metres "
                "over five year…\" — d1:c1 → d1:r1 → d2 → d2:c1 → d2:r1",
        chain + "/basin-review.html:12:4: resting-on-stale: \"Irrigation now draws more water than the river delivers in "
                "a dry year.\" — d1:c2 → d1:r1 → d2 → d2:c1 → d2:r1",
        chain + "/groundwater-survey.nxml:12:4: resting-on-stale: \"The lower basin holds 212 registered wells, a third "
                "of them dry in summe…\" — d2:c1 → d2:r1",
        chain + "/regional-summary.md:11:1: resting-on-stale: \"Irrigation demand rose by a fifth across the basin since "
                "the last review…\" — d3:c1 → d3:r1 → d1 → d1:c1 → d1:r1 → d2 → d2:c1 → d2:r1"});
    // The survey's own citation names its DOI, the place to read it.
    CHECK(lines_of(run_citegraph("impact d1:r1 " + chain).out)[0] ==
          "d1:r1 (2021): \"Groundwater Survey of the Lower Basin. J Hydrol Stud. 2021;18:40–52. "
          "doi:10.5555/gw-survey.2021\" — doi:10.5555/gw-survey.2021");
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
    CHECK(lines_of(impact.out).size() == 4);  // two references of one source, two claims
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
