// --retractions: the Retraction Watch database checked against the corpus, as a user runs it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;
using citegraph::testing::slurp;
using json = nlohmann::json;

namespace {

const std::string data = CITEGRAPH_TEST_DATA;
const std::string plos = data + "/jats-plosone-2020-dairy-lca.nxml";
const std::string tei = data + "/tei-grobid-jner-2016-fes.tei.xml";
const std::string sample = data + "/retractions/retraction-watch-sample.csv";
const std::string with_sample = "--retractions " + sample + " ";

std::vector<std::string> lines_with(const std::string& text, const std::string& part) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(part) != std::string::npos) lines.push_back(line);
    return lines;
}

// The ids of the JSON findings of one rule, in order.
std::vector<std::string> finding_ids(const json& check, const std::string& rule) {
    std::vector<std::string> ids;
    for (const json& f : check["findings"])
        if (f["rule"] == rule) ids.push_back(f["id"]);
    return ids;
}

const json& reference_numbered(const json& document, int number) {
    for (const json& r : document["references"])
        if (r["number"] == number) return r;
    FAIL("no reference " << number);
    static const json none;
    return none;
}

}  // namespace

TEST_SUITE("retractions") {

TEST_CASE("claims of the PLOS article citing a retracted work are resting-on-retracted, worst first") {
    const auto r = run_citegraph("check " + with_sample + plos);
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const auto retracted = lines_with(r.out, ": resting-on-retracted: ");
    REQUIRE(retracted.size() == 12);
    CHECK(r.out.find(retracted.front()) == 0);  // the worst verdict comes first
    // Eleven claims cite reference 42, retracted by DOI (given in upper case in the database).
    CHECK(retracted[1] == plos + ":5:53417: resting-on-retracted: d1:c99 \"Estimated as described by Rotz et al.\" — cites 42 "
                                 "(2010; retracted 2021-03-15, notice 10.5555/cg-fixture.90001)");
    // One cites reference 73, whose notice names no DOI: matched by its PubMed ID.
    CHECK(retracted[11] == plos + ":5:91144: resting-on-retracted: d1:c262 \"Grazing lands may also improve biodiversity.\" — "
                                  "cites 73 (2011; retracted 2020-11-02)");
    CHECK(lines_with(r.out, ": retracted-source: d1:r42 \"Rotz CAA").size() == 1);
    CHECK(lines_with(r.out, ": concern-source: d1:r19 ").size() == 1);
    CHECK(lines_with(r.out, ": corrected-source: d1:r12 ").size() == 1);
    CHECK(lines_with(r.out, ": retracted-source: d1:r45 ").empty());  // retracted, then reinstated
    CHECK(lines_with(r.out, plos + ": 272 claims: 119 ok, 1 partly-stale, 12 resting-on-stale, 12 resting-on-retracted, "
                                   "128 uncited, 0 dangling; 0 anachronisms").size() == 1);
    CHECK(lines_with(r.out, " 0 never cited, 2 retracted, 1 under an expression of concern, 1 corrected; as of").size() == 1);

    SUBCASE("without the database the same claims are ok and the summary has no such verdict") {
        const auto plain = run_citegraph("check " + plos);
        CHECK(lines_with(plain.out, plos + ": 272 claims: 131 ok, 1 partly-stale, 12 resting-on-stale, 128 uncited, "
                                           "0 dangling; 0 anachronisms").size() == 1);
        CHECK(plain.out.find("retracted") == std::string::npos);
    }
}

TEST_CASE("check --format json names the retracted claims and sources, and the GROBID paper's claim") {
    const json j = json::parse(run_citegraph("check --format json " + with_sample + plos).out);
    CHECK(finding_ids(j, "resting-on-retracted") ==
          std::vector<std::string>{"d1:c91", "d1:c99", "d1:c127", "d1:c128", "d1:c129", "d1:c136", "d1:c142",
                                   "d1:c143", "d1:c154", "d1:c245", "d1:c249", "d1:c262"});
    CHECK(finding_ids(j, "retracted-source") == std::vector<std::string>{"d1:r42", "d1:r73"});
    CHECK(finding_ids(j, "concern-source") == std::vector<std::string>{"d1:r19"});
    CHECK(finding_ids(j, "corrected-source") == std::vector<std::string>{"d1:r12"});
    CHECK(j["findings"][0]["level"] == "error");
    CHECK(j["documents"][0]["verdicts"]["resting-on-retracted"] == 12);
    CHECK(j["documents"][0]["retracted"] == 2);
    CHECK(j["policy"]["retractions"] == sample);

    const json t = json::parse(run_citegraph("check --format json " + with_sample + tei).out);
    CHECK(finding_ids(t, "resting-on-retracted") == std::vector<std::string>{"d1:c16"});
    CHECK(finding_ids(t, "retracted-source") == std::vector<std::string>{"d1:r3"});
}

TEST_CASE("a Wikipedia short note rests on the retraction of the full entry it points to") {
    const auto r = run_citegraph("check " + with_sample + data + "/wikipedia-duck.html");
    REQUIRE(r.exit == 0);
    const auto retracted = lines_with(r.out, "resting-on-retracted: ");
    REQUIRE(retracted.size() == 1);
    CHECK(retracted[0] == data + "/wikipedia-duck.html:1010:1974: resting-on-retracted: d1:c21 \"The number of suggested "
                                 "subfamilies containing ducks ranges from two to…\" — cites 8 (2002-07; retracted "
                                 "2023-05-04, notice 10.5555/cg-fixture.90009)");
    CHECK(lines_with(r.out, ": retracted-source: d1:r8 \"Donne-Goussé, Laudet & Hänni 2002, pp. 353–354.\"").size() == 1);
}

TEST_CASE("--fail-on ranks resting-on-retracted above every other verdict") {
    CHECK(run_citegraph("check --fail-on resting-on-retracted " + with_sample + plos).exit == 1);
    CHECK(run_citegraph("check --fail-on resting-on-retracted " + plos).exit == 0);
    CHECK(run_citegraph("check --fail-on dangling " + with_sample + plos).exit == 1);
    CHECK(run_citegraph("check --fail-on dangling " + plos).exit == 0);
}

TEST_CASE("the retraction findings are filtered, coloured, suppressed and baselined like the others") {
    const auto only = run_citegraph("check --only retracted-source --only concern-source " + with_sample + plos);
    CHECK(only.exit == 0);
    CHECK(lines_with(only.out, ": retracted-source: ").size() == 2);
    CHECK(lines_with(only.out, ": concern-source: ").size() == 1);
    CHECK(lines_with(only.out, ": resting-on-retracted: ").empty());
    // The summary still counts every finding.
    CHECK(lines_with(only.out, " 12 resting-on-retracted, ").size() == 1);
    const auto hidden = run_citegraph("check --hide resting-on-retracted " + with_sample + plos);
    CHECK(lines_with(hidden.out, ": resting-on-retracted: ").empty());
    CHECK(lines_with(hidden.out, ": retracted-source: ").size() == 2);

    const auto colour = run_citegraph("check --color always --only retracted-source " + with_sample + plos);
    CHECK(colour.out.find(":31:2257: \x1b[37;41mretracted-source\x1b[0m: d1:r42 ") != std::string::npos);
    CHECK(colour.out.find("\x1b[1;37;41m12 resting-on-retracted\x1b[0m") != std::string::npos);
    CHECK(colour.out.find("\x1b[37;41m2 retracted\x1b[0m") != std::string::npos);

    // Reference 42 suppressed by its DOI, spelt as a resolver address in another case; the
    // claims resting on it stay findings of their own.
    scratch_dir dir;
    std::filesystem::copy_file(plos, dir.path / "dairy.nxml");
    std::ofstream(dir.path / "citegraph.toml")
        << "[[suppress]]\nreference = \"https://doi.org/10.3168/JDS.2009-2162\"\nreason = \"Retraction noted\"\n";
    const auto suppressed = run_in(dir.path, {"check", "--hashes", "--retractions", sample, "dairy.nxml"});
    CHECK(suppressed.err.empty());
    CHECK(lines_with(suppressed.out, ": retracted-source: d1:r42 ").empty());
    const auto r73 = lines_with(suppressed.out, ": retracted-source: d1:r73 ");
    REQUIRE(r73.size() == 1);
    CHECK(r73[0].ends_with("— 1 claim rests on it [reference 728220716023]"));
    CHECK(lines_with(suppressed.out, ": resting-on-retracted: ").size() == 12);
    CHECK(lines_with(suppressed.out, "dairy.nxml: 159 findings listed, 1 suppressed").size() == 1);
    const json sarif = json::parse(run_in(dir.path, {"check", "-f", "sarif", "--retractions", sample, "dairy.nxml"}).out);
    int accepted = 0;
    for (const json& result : sarif["runs"][0]["results"])
        if (result.contains("suppressions")) {
            CHECK(result["ruleId"] == "retracted-source");
            CHECK(result["suppressions"][0]["justification"] == "Retraction noted");
            ++accepted;
        }
    CHECK(accepted == 1);

    // Baselined, the retracted claims no longer fail the run; without the database they are
    // not findings at all, so the baseline holds nothing new either way.
    REQUIRE(run_in(dir.path, {"check", "--write-baseline", "base.json", "--retractions", sample, "dairy.nxml"}).exit == 0);
    const auto baselined = run_in(dir.path, {"check", "--baseline", "base.json", "--fail-on", "resting-on-retracted",
                                             "--retractions", sample, "dairy.nxml"});
    CHECK(baselined.exit == 0);
    CHECK(lines_with(baselined.out, "dairy.nxml: 0 new findings listed, 1 suppressed, 159 in the baseline").size() == 1);
}

TEST_CASE("the report ranks retracted sources first and counts them in the document table") {
    const auto report = run_citegraph("report " + with_sample + plos + " " + tei);
    REQUIRE(report.exit == 0);
    pugi::xml_document page;
    REQUIRE(page.load_string(report.out.c_str()));
    std::vector<std::string> ranked;
    for (const auto& row : page.select_nodes("//ol[@class='stale-sources']//details"))
        ranked.push_back(row.node().attribute("data-verdict").as_string());
    CHECK(ranked == std::vector<std::string>{"retracted-source", "retracted-source", "retracted-source", "stale-source",
                                             "stale-source", "stale-source"});
    CHECK(std::string(page.select_node("//section[@id='stale-sources']/h2").node().text().as_string()) ==
          "Retracted and stale sources");
    std::vector<std::string> heads;
    for (const auto& th : page.select_nodes("//table[@class='documents']/thead/tr/th"))
        heads.push_back(th.node().child_value()[0] ? th.node().child_value() : th.node().first_child().child_value());
    REQUIRE(heads.size() == 17);
    CHECK(heads[5] == "resting-on-retracted");
    CHECK(heads[12] == "Retracted");
    const auto total = page.select_nodes("//table[@class='documents']/tfoot/tr/th");
    REQUIRE(total.size() == 14);  // the first spans four columns
    CHECK(std::string(total[2].node().text().as_string()) == "13");   // resting-on-retracted claims
    CHECK(std::string(total[9].node().first_child().text().as_string()) == "3");  // retracted references
    // The concerned and the corrected reference stay among the findings.
    CHECK(page.select_node("//div[@id='finding-list']//*[@data-verdict='concern-source']"));

    const auto plain = run_citegraph("report " + plos + " " + tei);
    CHECK(plain.out.find(">resting-on-retracted<") == std::string::npos);
    CHECK(plain.out.find(">Retracted<") == std::string::npos);
}

TEST_CASE("the JSON, GraphML and DOT exports carry the notices") {
    const json j = json::parse(run_citegraph("export " + with_sample + plos).out);
    const json& d = j["documents"][0];
    const json& r42 = reference_numbered(d, 42);
    CHECK(r42["flags"] == json::array({"retracted"}));
    REQUIRE(r42["notices"].size() == 1);
    CHECK(r42["notices"][0]["kind"] == "retraction");
    CHECK(r42["notices"][0]["date"] == "2021-03-15");
    CHECK(r42["notices"][0]["notice_doi"] == "10.5555/cg-fixture.90001");
    CHECK(r42["notices"][0]["record_id"] == "90001");
    CHECK(r42["notices"][0]["standing"] == true);
    CHECK(reference_numbered(d, 73)["pmid"] == "21993620");
    const json& r45 = reference_numbered(d, 45);
    CHECK(r45["flags"] == json::array());
    REQUIRE(r45["notices"].size() == 2);
    CHECK(r45["notices"][1]["kind"] == "reinstatement");
    CHECK(r45["stale_reasons"] == json::array());
    // A correction is a reason on the claim, not a verdict.
    for (const json& claim : d["claims"]) {
        if (claim["id"] != "d1:c23") continue;
        CHECK(claim["verdict"] == "ok");
        CHECK(claim["reasons"] == json::array({"12 (2018; corrected 2019-06-30, notice 10.5555/cg-fixture.90003)"}));
    }

    pugi::xml_document graphml;
    REQUIRE(graphml.load_string(run_citegraph("export --format graphml " + with_sample + plos).out.c_str()));
    const auto status_of = [&](const char* id) {
        return graphml.select_node((std::string("//node[@id='") + id + "']/data[@key='status']").c_str())
            .node().text().as_string();
    };
    CHECK(std::string(status_of("d1:r42")) == "retracted");
    CHECK(std::string(status_of("d1:c262")) == "resting-on-retracted");
    CHECK(std::string(status_of("d1:r45")) == "current");

    const std::string dot = run_citegraph("export --format dot " + with_sample + plos).out;
    CHECK(dot.find("\"d1:c262\"") != std::string::npos);
    CHECK(lines_with(dot, "fillcolor=\"#000000\"").size() >= 1);
    CHECK(dot.find("claim: cites a retracted work") != std::string::npos);
}

TEST_CASE("trace, impact and the report show the retraction") {
    const auto trace = run_citegraph("trace d1:c262 " + with_sample + plos);
    CHECK(trace.out.find("└── d1:r73 2011 retracted (retracted 2020-11-02): \"Foley JA") != std::string::npos);
    const auto impact = run_citegraph("impact d1:r42 " + with_sample + plos);
    CHECK(lines_with(impact.out, ": resting-on-retracted: ").size() == 11);
    const auto report = run_citegraph("report " + with_sample + plos);
    CHECK(report.exit == 0);
    CHECK(report.out.find("badge v-resting-on-retracted") != std::string::npos);
    CHECK(report.out.find("badge v-retracted") != std::string::npos);
}

TEST_CASE("a malformed or foreign CSV stops the run with exit 3 at its place, writing nothing") {
    scratch_dir dir;
    const std::string out = (dir.path / "plos.json").string();
    const auto open_quote = run_citegraph("export -o " + out + " --retractions " + data +
                                          "/retractions/unterminated-quote.csv " + plos);
    CHECK(open_quote.exit == 3);
    CHECK(open_quote.err == data + "/retractions/unterminated-quote.csv:2:157: error: quoted field never closes "
                                   "(a missing '\"')\n");
    CHECK_FALSE(std::filesystem::exists(out));
    const auto foreign = run_citegraph("check --retractions " + data + "/retractions/missing-column.csv " + plos);
    CHECK(foreign.exit == 3);
    CHECK(foreign.err == data + "/retractions/missing-column.csv:1:1: error: the header lacks the column "
                                "'RetractionNature': not the Retraction Watch database CSV\n");
    CHECK(foreign.out.empty());
    const auto missing = run_citegraph("check --retractions " + data + "/retractions/none.csv " + plos);
    CHECK(missing.exit == 3);
    CHECK(missing.err == data + "/retractions/none.csv: error: cannot open: No such file or directory\n");
    const auto folder = run_citegraph("check --retractions " + data + "/retractions " + plos);
    CHECK(folder.exit == 3);
    CHECK(folder.err == data + "/retractions: error: is a directory, not the Retraction Watch CSV\n");
    const auto onto_itself = run_citegraph("export -o " + sample + " --retractions " + sample + " " + plos);
    CHECK(onto_itself.exit == 2);
}

TEST_CASE("a database of the real size is read in one pass, keeping only the rows about cited works") {
    // 50,000 rows of the real layout, ~60 MB, the last one about reference 42 of the article.
    scratch_dir dir;
    {
        std::ifstream header_of(sample);
        std::string header;
        std::getline(header_of, header);
        std::ofstream csv(dir.path / "rw.csv", std::ios::binary);
        csv << header << '\n';
        const std::string notes(900, 'n');
        for (int i = 0; i < 50000; ++i)
            csv << 10000 + i << ",\"A title, with a comma\",(BLS) Biology;,\"Inst\",J,P,C,\"A;B\",,Research Article;,"
                << "1/2/2020 0:00,10.9999/notice." << i << ",0,1/1/2015 0:00,10.9999/original." << i << ','
                << 20000000 + i << ",Retraction,+Fabrication;,No,\"" << notes << "\nmore\"\n";
        csv << "99999,Last,S,I,J,P,C,A,,Research Article;,3/15/2021 0:00,10.5555/last,0,2/1/2010 0:00,"
               "10.3168/jds.2009-2162,0,Retraction,+Error;,No,\n";
    }
    REQUIRE(std::filesystem::file_size(dir.path / "rw.csv") > 50'000'000);
    std::filesystem::copy_file(plos, dir.path / "plos.nxml");
    const run_result plain = run_in(dir.path, {"check", "plos.nxml"});
    const run_result checked = run_in(dir.path, {"check", "--retractions", "rw.csv", "plos.nxml"});
    REQUIRE(checked.exit == 0);
    CHECK(lines_with(checked.out, ": resting-on-retracted: ").size() == 11);
    CHECK(lines_with(checked.out, "retracted 2021-03-15, notice 10.5555/last").size() == 12);
    // The file streams through a 64 KiB buffer: no more than a few MiB over the plain run.
    if (citegraph::testing::memory_is_measured) CHECK(checked.peak_kib < plain.peak_kib + 4 * 1024);
}

}  // TEST_SUITE
