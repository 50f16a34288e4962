// citegraph.toml, suppressions, per-kind age limits and baselines, as an editor's CI uses them.
#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_in;
using citegraph::testing::scratch_dir;
using citegraph::testing::slurp;
using citegraph::testing::write;
using json = nlohmann::json;
namespace fs = std::filesystem;

TEST_SUITE("check configuration") {

namespace {

const std::string data = CITEGRAPH_TEST_DATA;

// The lines of text, in order.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The finding lines of check's text listing ("path:line:column: rule: id ..."), without the summaries.
std::vector<std::string> finding_lines(const std::string& out, const std::string& path) {
    std::vector<std::string> found;
    for (const std::string& line : lines_of(out))
        if (line.starts_with(path + ":") && line.size() > path.size() + 1 &&
            std::isdigit(static_cast<unsigned char>(line[path.size() + 1])))
            found.push_back(line);
    return found;
}

// The finding of check --format json with this id and rule.
json finding_with(const json& findings, const std::string& id, const std::string& rule) {
    for (const json& f : findings)
        if (f["id"] == id && f["rule"] == rule) return f;
    return json();
}

// A folder with a copy of the Mali report at reports/2021/mali.txt.
struct report_copy {
    scratch_dir dir;
    std::string relative = "reports/2021/mali.txt";
    report_copy() {
        fs::create_directories(dir.path / "reports/2021");
        fs::copy_file(data + "/usdol-mali-2021.txt", dir.path / relative);
    }
    citegraph::testing::run_result check(std::vector<std::string> args) const {
        args.insert(args.begin(), "check");
        args.push_back(relative);
        return run_in(dir.path, args);
    }
};

}  // namespace

TEST_CASE("a suppression by claim hash leaves out exactly that finding, and the summary counts it") {
    report_copy mali;
    const auto plain = mali.check({});
    REQUIRE(plain.exit == 0);
    const json findings = json::parse(mali.check({"--format", "json"}).out)["findings"];
    const json slavery = findings[0];
    REQUIRE(slavery["rule"] == "resting-on-stale");
    REQUIRE(slavery["line"] == 53);
    const std::string hash = slavery["hash"];
    CHECK(hash.size() == 12);
    // check --hashes prints the same hash at the end of the line.
    CHECK(finding_lines(mali.check({"--hashes"}).out, mali.relative)[0].ends_with(" [claim " + hash + "]"));

    write(mali.dir.path / "citegraph.toml", "[[suppress]]\nclaim = \"" + hash +
                                                "\"\nreason = \"The 2018 report is the latest on bonded labour\"\n");
    const auto suppressed = mali.check({"--fail-on", "resting-on-stale"});
    CHECK(suppressed.err.empty());
    std::vector<std::string> expected = finding_lines(plain.out, mali.relative);
    expected.erase(expected.begin());
    CHECK(finding_lines(suppressed.out, mali.relative) == expected);
    CHECK(suppressed.out.find(mali.relative + ": 165 findings listed, 1 suppressed\n") != std::string::npos);
    // Other resting-on-stale claims remain, so --fail-on still fails.
    CHECK(suppressed.exit == 1);

    SUBCASE("the JSON keeps the finding with its suppression") {
        const json j = json::parse(mali.check({"--format", "json"}).out);
        const json kept = j["findings"][0];
        CHECK(kept["hash"] == hash);
        CHECK(kept["suppression"]["reason"] == "The 2018 report is the latest on bonded labour");
        CHECK(kept["suppression"]["file"] == "citegraph.toml");
        CHECK(kept["suppression"]["line"] == 1);
        CHECK(j["findings"][1]["suppression"].is_null());
        CHECK(j["documents"][0]["suppressed"] == 1);
    }
    SUBCASE("--no-config reads no citegraph.toml") {
        CHECK(mali.check({"--no-config"}).out == plain.out);
    }
}

TEST_CASE("a suppression by URL, DOI or reference hash leaves out that stale source") {
    report_copy mali;
    const auto plain = mali.check({});
    const std::string hrw = mali.relative + ":334:3: stale-source: d1:r16 ";  // Human Rights Watch, 2017, with a URL
    REQUIRE(plain.out.find(hrw) != std::string::npos);
    const json findings = json::parse(mali.check({"--format", "json"}).out)["findings"];
    const std::string embassy_hash = finding_with(findings, "d1:r7", "stale-source")["hash"];
    REQUIRE(embassy_hash.size() == 12);
    // The URL as a reader copies it: another scheme, "www." and a tracking parameter make no difference.
    write(mali.dir.path / "citegraph.toml",
          "[[suppress]]\n"
          "reference = \"http://hrw.org/news/2017/06/30/submission-universal-periodic-review-mali/?utm_source=x\"\n"
          "reason = \"Cited for the history of the practice\"\n"
          "\n[[suppress]]\nreference = \"" + embassy_hash + "\"\nreason = \"Embassy reporting is the only source\"\n"
          "rule = \"stale-source\"\n");
    const auto r = mali.check({});
    CHECK(r.err.empty());
    std::vector<std::string> expected;
    for (const std::string& line : finding_lines(plain.out, mali.relative))
        if (!line.starts_with(hrw) && !line.starts_with(mali.relative + ":325:3: stale-source: d1:r7 ")) expected.push_back(line);
    CHECK(finding_lines(plain.out, mali.relative).size() == expected.size() + 2);
    CHECK(finding_lines(r.out, mali.relative) == expected);
    CHECK(r.out.find(": 164 findings listed, 2 suppressed\n") != std::string::npos);

    SUBCASE("by DOI, in any spelling") {
        scratch_dir dir;
        fs::copy_file(data + "/jats-plosone-2020-dairy-lca.nxml", dir.path / "dairy.nxml");
        const auto before = run_in(dir.path, {"check", "--policy", "report", "dairy.nxml"});
        const std::string rotz = "dairy.nxml:31:2257: stale-source: d1:r42 ";
        REQUIRE(before.out.find(rotz) != std::string::npos);
        write(dir.path / "citegraph.toml",
              "policy = \"report\"\n[[suppress]]\nreference = \"https://doi.org/10.3168/JDS.2009-2162\"\n"
              "reason = \"The method's source\"\n");
        const auto after = run_in(dir.path, {"check", "dairy.nxml"});
        CHECK(after.err.empty());
        CHECK(after.out.find(rotz) == std::string::npos);
        CHECK(finding_lines(after.out, "dairy.nxml").size() + 1 == finding_lines(before.out, "dairy.nxml").size());
    }
}

TEST_CASE("an expired suppression no longer applies and is warned about once, and so is one matching nothing") {
    report_copy mali;
    const auto plain = mali.check({});
    const json findings = json::parse(mali.check({"--format", "json"}).out)["findings"];
    const std::string first = findings[0]["hash"], second = findings[1]["hash"];
    write(mali.dir.path / "citegraph.toml",
          "[[suppress]]\nclaim = \"" + first + "\"\nreason = \"until the 2023 edition\"\nexpires = 2023-06-30\n"
          "\n[[suppress]]\nclaim = \"" + second + "\"\nreason = \"reviewed\"\nexpires = 2999-01-01\n"
          "\n[[suppress]]\nreference = \"10.9999/nothing-cites-this\"\nreason = \"stale entry\"\n");
    const auto r = mali.check({});
    CHECK(r.exit == 0);
    CHECK(r.err == "citegraph.toml:1:1: warning: suppression of claim \"" + first +
                       "\" expired on 2023-06-30 and no longer applies (reason: until the 2023 edition)\n"
                       "citegraph.toml:11:1: warning: suppression of reference "
                       "\"10.9999/nothing-cites-this\" matches no finding\n");
    std::vector<std::string> expected = finding_lines(plain.out, mali.relative);
    expected.erase(expected.begin() + 1);
    CHECK(finding_lines(r.out, mali.relative) == expected);
    CHECK(r.out.find(": 165 findings listed, 1 suppressed\n") != std::string::npos);
}

TEST_CASE("citegraph.toml is found upward from a nested input folder, and the command line overrides it") {
    report_copy mali;
    write(mali.dir.path / "citegraph.toml", "# the newsroom's settings\nmax-age = \"2y\"\nas-of = 2022-12-31\n"
                                            "[max-age-by-kind]\ninternal-reporting = \"1y\"\n");
    const auto r = mali.check({});
    REQUIRE(r.exit == 0);
    CHECK(r.out.find("as of 2022-12-31, max age 2y (internal-reporting 1y)\n") != std::string::npos);
    // U.S. Embassy reporting of February 2020 is older than the year the file gives internal reporting.
    CHECK(r.out.find(mali.relative + ":321:3: stale-source: d1:r3 \"U.S. Embassy- Bamako. Reporting. February 14, 2020.\" "
                                     "(2020-02-14; older than 1y) — 24 claims rest on it\n") != std::string::npos);
    // A report of June 2020 is older than the file's 2 years at its as-of date.
    CHECK(r.out.find("(2020-06-25; older than 2y)") != std::string::npos);
    CHECK(mali.check({"--no-config"}).out.find("(2020-06-25; older than") == std::string::npos);

    const auto overridden = mali.check({"--max-age", "3y", "--as-of", "2022-07-06", "--max-age", "internal-reporting=5y"});
    CHECK(overridden.out.find("as of 2022-07-06, max age 3y (internal-reporting 5y)\n") != std::string::npos);
    CHECK(overridden.out.find(":321:3: stale-source: d1:r3 ") == std::string::npos);

    SUBCASE("from a directory given as input, with or without its trailing slash") {
        for (const std::string folder : {"reports/2021/", "reports", "."}) {
            CAPTURE(folder);
            const auto from_folder = run_in(mali.dir.path, {"check", "-r", folder});
            CHECK(from_folder.exit == 0);
            CHECK(from_folder.out.find("max age 2y (internal-reporting 1y)\n") != std::string::npos);
        }
    }
    SUBCASE("--config names another file") {
        write(mali.dir.path / "strict.toml", "max-age = \"1y\"\n");
        const auto strict = mali.check({"--config", "strict.toml"});
        CHECK(strict.out.find("max age 1y\n") != std::string::npos);
    }
    SUBCASE("the walk stops at the top of a repository") {
        fs::create_directory(mali.dir.path / "reports/.git");
        CHECK(mali.check({}).out.find("max age 3y\n") != std::string::npos);
    }
}

TEST_CASE("--max-age KIND=AGE gives one kind its own limit, and the JSON policy shows the limits applied") {
    const std::string report = data + "/usdol-mali-2021.txt";
    const auto r = citegraph::testing::run_citegraph("check --max-age internal-reporting=1y --max-age legislation=never " + report);
    CHECK(r.exit == 0);
    CHECK(r.out.find(":321:3: stale-source: d1:r3 \"U.S. Embassy- Bamako. Reporting. February 14, 2020.\" (2020-02-14; older than 1y)") !=
          std::string::npos);
    CHECK(r.out.find("(2018-06-28; superseded by 4; older than 3y)") != std::string::npos);
    const json exported = json::parse(citegraph::testing::run_citegraph("export --max-age news=1y --max-age article=5y " + report).out);
    CHECK(exported["policy"]["max_age_by_kind"] == json{{"news", "1y"}, {"article", "5y"}});
    CHECK(exported["policy"]["age_limits"]["report"]["news"] == "1y");
    CHECK(exported["policy"]["age_limits"]["scholarly"]["article"] == "5y");
    CHECK(exported["policy"]["age_limits"]["scholarly"]["book"] == "never");
    CHECK(exported["policy"]["age_limits"]["report"]["report"] == "3y");

    SUBCASE("a law given an age of its own is judged by age, not in force") {
        const auto laws = citegraph::testing::run_citegraph("check --max-age legislation=10y " + report);
        CHECK(laws.out.find(" 0 legislation in force") != std::string::npos);
    }
    SUBCASE("mistakes are usage errors") {
        const auto unknown = citegraph::testing::run_citegraph("check --max-age films=1y " + report);
        CHECK(unknown.exit == 2);
        CHECK(unknown.err.find("unknown reference kind 'films'") != std::string::npos);
        CHECK(citegraph::testing::run_citegraph("check --max-age news=1y --max-age news=2y " + report).exit == 2);
        CHECK(citegraph::testing::run_citegraph("check --max-age 1y --max-age 2y " + report).exit == 2);
        CHECK(citegraph::testing::run_citegraph("check --max-age news=soon " + report).exit == 2);
        CHECK(citegraph::testing::run_citegraph("check --no-config --config x.toml " + report).exit == 2);
    }
}

TEST_CASE("a malformed citegraph.toml is an error naming file:line:col, exit 3") {
    report_copy mali;
    const std::string toml = "citegraph.toml";
    const auto fails_with = [&](const std::string& text) {
        write(mali.dir.path / "citegraph.toml", text);
        const auto r = mali.check({});
        CHECK(r.exit == 3);
        CHECK(r.out.empty());
        return r.err;
    };
    CHECK(fails_with("max-age = \"2y\"\npolicy = report\n") ==
          toml + ":2:10: error: not valid TOML: Error while parsing value: could not determine value type\n");
    CHECK(fails_with("max-age = \"2y\"\nmaxage = \"3y\"\n") ==
          toml + ":2:1: error: unknown key 'maxage' (citegraph.toml takes policy, max-age, as-of, [max-age-by-kind] "
                 "and [[suppress]])\n");
    CHECK(fails_with("[[suppress]]\nclaim = \"0123456789ab\"\n") == toml + ":1:1: error: a [[suppress]] needs a reason\n");
    CHECK(fails_with("[[suppress]]\nclaim = \"0123456789ab\"\nreason = \"x\"\nexpires = \"soon\"\n") ==
          toml + ":4:11: error: 'expires' takes a date, YYYY-MM-DD; got \"soon\"\n");
    CHECK(fails_with("[max-age-by-kind]\nnews = \"1w\"\n") ==
          toml + ":2:8: error: invalid age '1w': expected a number and a unit y, m or d, as in 3y, 18m, 1y6m or \"never\"\n");
    CHECK(fails_with("policy = \"lenient\"\n") ==
          toml + ":1:10: error: policy is by-format, report or scholarly; got \"lenient\"\n");
}

TEST_CASE("with several documents, each one's summary counts its own baselined and new findings") {
    report_copy mali;
    REQUIRE(mali.check({"--write-baseline", "baseline.json"}).exit == 0);
    fs::copy_file(data + "/jats-plosone-2020-dairy-lca.nxml", mali.dir.path / "dairy.nxml");
    const auto both = run_in(mali.dir.path, {"check", "--baseline", "baseline.json", mali.relative, "dairy.nxml"});
    REQUIRE(both.exit == 0);
    const std::size_t dairy_findings = finding_lines(both.out, "dairy.nxml").size();
    CHECK(dairy_findings > 0);
    CHECK(finding_lines(both.out, mali.relative).empty());
    CHECK(both.out.find(mali.relative + ": 0 new findings listed, 166 in the baseline\n") != std::string::npos);
    CHECK(both.out.find("dairy.nxml: " + std::to_string(dairy_findings) + " new findings listed, 0 in the baseline\n") !=
          std::string::npos);
    const json j = json::parse(
        run_in(mali.dir.path, {"check", "-f", "json", "--baseline", "baseline.json", mali.relative, "dairy.nxml"}).out);
    CHECK(j["documents"][0]["baselined"] == 166);
    CHECK(j["documents"][1]["baselined"] == 0);
}

TEST_CASE("a baseline written then read gives no new finding, and an edited copy shows exactly the new one") {
    report_copy mali;
    const auto written = mali.check({"--write-baseline", "baseline.json"});
    REQUIRE(written.exit == 0);
    const json baseline = json::parse(slurp(mali.dir.path / "baseline.json"));
    CHECK(baseline["schema"] == "citegraph-baseline/1");
    CHECK(baseline["findings"].size() == finding_lines(written.out, mali.relative).size());
    CHECK(baseline["findings"][0]["rule"] == "resting-on-stale");
    CHECK(baseline["findings"][0]["line"] == 53);

    const auto again = mali.check({"--baseline", "baseline.json", "--fail-on", "uncited"});
    CHECK(again.exit == 0);
    CHECK(finding_lines(again.out, mali.relative).empty());
    CHECK(again.out.find(mali.relative + ": 0 new findings listed, 166 in the baseline\n") != std::string::npos);

    // The editor adds a paragraph resting on the superseded 2018 report: every line below moves down two.
    std::string text = slurp(mali.dir.path / mali.relative);
    const auto at = text.find("\nChildren in Mali are subjected");  // the paragraph of section I, not the summary's
    REQUIRE(at != std::string::npos);
    text.insert(at + 1, "Traffickers sold children at the weekly markets of Mopti. (25)\n\n");
    write(mali.dir.path / mali.relative, text);
    const auto edited = mali.check({"--baseline", "baseline.json", "--fail-on", "resting-on-stale"});
    CHECK(edited.exit == 1);
    CHECK(finding_lines(edited.out, mali.relative) ==
          std::vector<std::string>{mali.relative + ":11:1: resting-on-stale: d1:c10 \"Traffickers sold children at the weekly "
                                                   "markets of Mopti.\" — cites 25 (2018-06-28; superseded by 4; older than 3y)"});
    CHECK(edited.out.find(mali.relative + ": 1 new finding listed, 166 in the baseline\n") != std::string::npos);

    SUBCASE("the JSON marks each finding new or unchanged") {
        const json j = json::parse(mali.check({"--baseline", "baseline.json", "--format", "json"}).out);
        std::size_t fresh = 0;
        for (const json& f : j["findings"]) fresh += f["baseline"] == "new";
        CHECK(fresh == 1);
        CHECK(j["documents"][0]["baselined"] == 166);
    }
    SUBCASE("a baseline never overwrites an input") {
        const auto refused = mali.check({"--write-baseline", mali.relative});
        CHECK(refused.exit == 2);
        CHECK(slurp(mali.dir.path / mali.relative) == text);
    }
}

TEST_CASE("an unverifiable reference is suppressed and baselined like a stale one, and --only filters what is left") {
    report_copy mali;
    // d1:r3, U.S. Embassy reporting of February 2020: unverifiable, and not stale at three years.
    const json findings = json::parse(mali.check({"--format", "json"}).out)["findings"];
    const json embassy = finding_with(findings, "d1:r3", "unverifiable");
    REQUIRE(embassy.is_object());
    const std::string hash = embassy["hash"];
    CHECK(embassy["fingerprint"].get<std::string>().size() == 16);
    CHECK(finding_with(findings, "d1:r3", "stale-source").is_null());
    // --hashes names it as a reference, beside its place and id.
    const auto hashes = mali.check({"--only", "unverifiable", "--hashes"});
    CHECK(hashes.out.find(mali.relative + ":321:3: unverifiable: d1:r3 \"U.S. Embassy- Bamako. Reporting. February 14, "
                                          "2020.\" (2020-02-14) — 24 claims rest on it [reference " + hash + "]\n") !=
          std::string::npos);

    write(mali.dir.path / "citegraph.toml", "[[suppress]]\nreference = \"" + hash +
                                                "\"\nreason = \"The embassy's reporting is on file\"\nrule = \"unverifiable\"\n");
    const auto only = mali.check({"--only", "unverifiable"});
    CHECK(only.err.empty());
    const std::vector<std::string> listed = finding_lines(only.out, mali.relative);
    CHECK(listed.size() == 34);
    for (const std::string& line : listed) CHECK(line.find(": unverifiable: d1:r") != std::string::npos);
    CHECK(only.out.find(" d1:r3 ") == std::string::npos);
    CHECK(only.out.find(mali.relative + ": 34 findings listed, 131 hidden by --only/--hide, 1 suppressed\n") !=
          std::string::npos);
    CHECK(only.out.find(", 35 unverifiable, ") != std::string::npos);  // the summary counts every one

    SUBCASE("JSON and SARIF keep the suppressed one, marked, among those --only names") {
        const json j = json::parse(mali.check({"--only", "unverifiable", "--format", "json"}).out);
        CHECK(j["findings"].size() == 35);
        CHECK(finding_with(j["findings"], "d1:r3", "unverifiable")["suppression"]["reason"] ==
              "The embassy's reporting is on file");
        CHECK(j["documents"][0]["suppressed"] == 1);
        const json sarif = json::parse(mali.check({"--only", "unverifiable", "--format", "sarif"}).out);
        std::size_t suppressed = 0;
        for (const json& result : sarif["runs"][0]["results"]) suppressed += result.contains("suppressions");
        CHECK(sarif["runs"][0]["results"].size() == 35);
        CHECK(suppressed == 1);
    }
    SUBCASE("the baseline holds every finding not suppressed, whatever --only names") {
        CHECK(mali.check({"--only", "draft", "--write-baseline", "baseline.json"}).exit == 0);
        CHECK(json::parse(slurp(mali.dir.path / "baseline.json"))["findings"].size() == 165);
        std::string text = slurp(mali.dir.path / mali.relative);
        text.insert(text.find("\nChildren in Mali are subjected") + 1,
                    "Traffickers sold children at the weekly markets of Mopti. (25)\n\n");
        write(mali.dir.path / mali.relative, text);
        const auto fresh = mali.check({"--baseline", "baseline.json", "--only", "resting-on-stale"});
        CHECK(finding_lines(fresh.out, mali.relative) ==
              std::vector<std::string>{mali.relative + ":11:1: resting-on-stale: d1:c10 \"Traffickers sold children at "
                                                       "the weekly markets of Mopti.\" — cites 25 (2018-06-28; "
                                                       "superseded by 4; older than 3y)"});
        CHECK(fresh.out.find(mali.relative + ": 1 new finding listed, 1 suppressed, 165 in the baseline\n") !=
              std::string::npos);
        // --fail-on judges the new claim though --only hides it.
        const auto hidden = mali.check({"--baseline", "baseline.json", "--only", "draft", "--fail-on", "resting-on-stale"});
        CHECK(hidden.exit == 1);
        CHECK(finding_lines(hidden.out, mali.relative).empty());
        CHECK(hidden.out.find(mali.relative + ": 0 new findings listed, 1 hidden by --only/--hide, 1 suppressed, 165 in "
                                              "the baseline\n") != std::string::npos);
    }
}

TEST_CASE("a malformed baseline is an error naming file:line:col, exit 3") {
    report_copy mali;
    write(mali.dir.path / "broken.json", "{\"schema\": \"citegraph-baseline/1\",\n \"findings\": [\n  {\"fingerprint\": 3,}\n]}\n");
    const auto broken = mali.check({"--baseline", "broken.json"});
    CHECK(broken.exit == 3);
    CHECK(broken.out.empty());
    CHECK(broken.err.starts_with("broken.json:3:21: error: not a baseline file (JSON): syntax error"));
    write(mali.dir.path / "other.json", "\n  {\"schema\": \"citegraph-check/1\", \"findings\": []}\n");
    const auto other = mali.check({"--baseline", "other.json"});
    CHECK(other.exit == 3);
    CHECK(other.err.starts_with("other.json:2:3: error: not a baseline file: expected {\"schema\": \"citegraph-baseline/1\""));
    CHECK(mali.check({"--baseline", "missing.json"}).err == "missing.json: error: cannot open the baseline file\n");
}

}  // TEST_SUITE
