// Golden command tests: a command line, what it prints and how it exits.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "citegraph/version.hpp"
#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::scratch_dir;
using citegraph::testing::shell_output;
using citegraph::testing::slurp;

namespace {

const std::string report = std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt";

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// Lines of text that start with prefix.
std::vector<std::string> lines_starting(const std::string& text, const std::string& prefix) {
    std::vector<std::string> found;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(prefix, 0) == 0) found.push_back(line);
    return found;
}

// Every line of text.
std::vector<std::string> lines_of(const std::string& text) { return lines_starting(text, ""); }

}  // namespace

TEST_SUITE("command line") {

TEST_CASE("--help lists the commands and the exit codes") {
    auto r = run_citegraph("--help");
    CHECK(r.exit == 0);
    CHECK(r.out.find("check") != std::string::npos);
    CHECK(r.out.find("export") != std::string::npos);
    CHECK(r.out.find("Exit codes: 0 success; 1 findings") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("--version prints the project's version and exits 0") {
    auto r = run_citegraph("--version");
    CHECK(r.exit == 0);
    CHECK(r.out == "citegraph " CITEGRAPH_VERSION "\n");
    CHECK(r.err.empty());
}

TEST_CASE("each command has its own --help") {
    auto check = run_citegraph("check --help");
    CHECK(check.exit == 0);
    CHECK(check.out.find("--fail-on") != std::string::npos);
    CHECK(check.out.find("--max-age") != std::string::npos);
    auto exporter = run_citegraph("export --help");
    CHECK(exporter.exit == 0);
    CHECK(exporter.out.find("graphml") != std::string::npos);
    auto reporter = run_citegraph("report --help");
    CHECK(reporter.exit == 0);
    CHECK(reporter.out.find("HTML") != std::string::npos);
    CHECK(reporter.out.find("--as-of") != std::string::npos);

    SUBCASE("exit code 1 is named only where --fail-on exists") {
        CHECK(check.out.find("1 findings (with --fail-on)") != std::string::npos);
        for (const char* command : {"export", "report", "render", "trace", "impact"}) {
            CAPTURE(command);
            const auto help = run_citegraph(std::string(command) + " --help");
            CHECK(help.out.find("Exit codes: 0 success; 2 usage error;") != std::string::npos);
            CHECK(help.out.find("--fail-on") == std::string::npos);
        }
    }
}

TEST_CASE("a progress line shows on a terminal only, and never with --quiet") {
    // script(1) gives the command a terminal; CITEGRAPH_PROGRESS_AFTER_MS=0 drops the
    // first second in which a run shows nothing.
    scratch_dir dir;
    const std::string out = (dir.path / "out.json").string();
    const std::string command = "CITEGRAPH_PROGRESS_AFTER_MS=0 " + std::string(CITEGRAPH_CLI) + " export";
    const std::string args = " -o " + out + " " + report;
    auto on_terminal = [&](const std::string& flags) {
        return shell_output("script -q -e -c \"" + command + flags + args + "\" /dev/null");
    };
    const std::string shown = on_terminal("");
    CHECK(shown.find("\r\x1b[Kcitegraph: read 1/1 document\r\x1b[K") != std::string::npos);
    CHECK(shown.find("citegraph: 1 document read; writing " + out) != std::string::npos);
    REQUIRE(shown.size() >= 4);
    CHECK(shown.substr(shown.size() - 4) == "\r\x1b[K");  // cleared at the end
    CHECK(on_terminal(" -q").empty());
    CHECK(on_terminal(" --quiet").empty());
    // Standard error into a pipe: nothing.
    CHECK(shell_output(command + args + " 2>&1 >/dev/null").empty());
}

TEST_CASE("files read on every core report as if read one by one, in input order") {
    scratch_dir dir;
    std::string files;
    for (int i = 1; i <= 6; ++i) {
        const std::string name = "n" + std::to_string(i) + ".txt";
        write(dir.path / name, "Claim " + std::to_string(i) + " holds. (1)\n");
        files += " " + (dir.path / name).string();
        if (i == 4) files += " " + (dir.path / "missing.txt").string();
    }
    auto r = run_citegraph("check" + files);
    CHECK(r.exit == 3);
    CHECK(r.out.empty());
    std::string expected;
    for (int i = 1; i <= 4; ++i) expected += (dir.path / ("n" + std::to_string(i) + ".txt")).string() + ": warning: no reference list found\n";
    expected += (dir.path / "missing.txt").string() + ": error: cannot open file\n";
    CHECK(r.err == expected);
}

TEST_CASE("--quiet keeps warnings off standard error, and errors on it") {
    scratch_dir dir;
    write(dir.path / "cites.txt", "Children work in mines. (1)\n");
    const std::string file = (dir.path / "cites.txt").string();
    auto loud = run_citegraph("check " + file);
    CHECK(loud.err == file + ": warning: no reference list found\n");
    auto quiet = run_citegraph("check -q " + file);
    CHECK(quiet.err.empty());
    CHECK(quiet.out == loud.out);
    CHECK(quiet.exit == loud.exit);
    auto missing = run_citegraph("check -q " + (dir.path / "missing.txt").string());
    CHECK(missing.exit == 3);
    CHECK(missing.err.find("error: cannot open file") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a message on standard error") {
    struct row { const char* args; const char* message; };
    for (row r : {row{"", "A subcommand is required"},
                  row{"check", "FILE is required"},
                  row{"check --max-age 3w x.txt", "invalid age '3w'"},
                  row{"check --as-of 2022-13-01 x.txt", "expected YYYY-MM-DD or 'today'"},
                  // Days the month lacks, and an empty date, are no dates either.
                  row{"check --as-of 2022-02-30 x.txt", "expected YYYY-MM-DD or 'today', got '2022-02-30'"},
                  row{"check --as-of 2023-02-29 x.txt", "expected YYYY-MM-DD or 'today', got '2023-02-29'"},
                  row{"check --as-of 2022-04-31 x.txt", "expected YYYY-MM-DD or 'today', got '2022-04-31'"},
                  row{"check --as-of '' x.txt", "expected YYYY-MM-DD or 'today', got ''"},
                  row{"check --max-age 1y1y x.txt", "invalid age '1y1y': the unit y is given twice"},
                  row{"check --max-age 2m3d1m x.txt", "invalid age '2m3d1m': the unit m is given twice"},
                  row{"check --max-age 10001y x.txt", "invalid age '10001y': longer than 10000 years"},
                  row{"check --max-age 9999y12m1d x.txt", "invalid age '9999y12m1d': longer than 10000 years"},
                  row{"check --fail-on stale x.txt", "--fail-on"},
                  row{"export --format pdf x.txt", "--format"},
                  row{"frobnicate x.txt", "unknown command 'frobnicate'"}}) {
        CAPTURE(r.args);
        auto result = run_citegraph(r.args);
        CHECK(result.exit == 2);
        CHECK(result.out.empty());
        CHECK(result.err.rfind("citegraph: ", 0) == 0);
        CHECK(result.err.find(r.message) != std::string::npos);
    }
}

TEST_CASE("a leap day and the longest age are accepted") {
    CHECK(run_citegraph("check --as-of 2024-02-29 " + report).exit == 0);
    CHECK(run_citegraph("check --as-of 2000-02-29 " + report).exit == 0);
    CHECK(run_citegraph("check --max-age 10000y " + report).exit == 0);
    CHECK(run_citegraph("check --max-age 9999y12m " + report).exit == 0);
}

TEST_CASE("standard input without --from is read by its XML root element, or refused naming --from") {
    const std::string data = CITEGRAPH_TEST_DATA;
    auto jats = run_citegraph("check - < '" + data + "/jats-bmc-microbiology-2011.nxml'");
    CHECK(jats.exit == 0);
    CHECK(jats.out.find("-: 64 references") != std::string::npos);
    auto page = run_citegraph("check - < '" + data + "/wikipedia-duck.html'");
    CHECK(page.exit == 0);
    CHECK(page.out.find("-: 55 references") != std::string::npos);
    auto text = run_citegraph("check - < '" + data + "/usdol-mali-2021.txt'");
    CHECK(text.exit == 3);
    CHECK(text.err == "-: error: cannot tell the format of this input; name it with --from "
                      "(text, jats, tei, markdown, html, pdf)\n");
}

TEST_CASE("check on the bundled report lists findings worst first with file, line and reasons") {
    auto r = run_citegraph("check " + report);
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const auto slavery = lines_starting(r.out, report + ":53:152: resting-on-stale: d1:c33 \"Some children are born");
    REQUIRE(slavery.size() == 1);
    CHECK(slavery[0] == report + ":53:152: resting-on-stale: d1:c33 \"Some children are born into slavery, while others "
                                 "are born free but rema…\" — cites 25 (2018-06-28; superseded by 4; older than 3y)");
    const auto partly = lines_starting(r.out, report + ":11:1: partly-stale: d1:c10 \"Children in Mali are subjected");
    REQUIRE(partly.size() == 1);
    CHECK(partly[0].find("— cites 1 (2017; older than 3y), 2 (2017-07; older than 3y); current: 3, 4, 5, 6") !=
          std::string::npos);

    SUBCASE("each stale source is listed with how many claims rest on it") {
        const auto source = lines_starting(r.out, report + ":343:3: stale-source: d1:r25 ");
        REQUIRE(source.size() == 1);
        CHECK(source[0] == report + ":343:3: stale-source: d1:r25 \"U.S. Department of State. Trafficking in Persons "
                                    "Report- 2018: Mali. Washington,…\" "
                                    "(2018-06-28; superseded by 4; older than 3y) — 9 claims rest on it");
    }
    SUBCASE("a shortened claim ends at a word or letter, never at a space before the ellipsis") {
        CHECK(r.out.find(" …\"") == std::string::npos);
        CHECK(r.out.find("and are often…\"") != std::string::npos);
    }
    SUBCASE("worse verdicts come first") {
        const auto first_partly = r.out.find(": partly-stale: ");
        const auto last_resting = r.out.rfind(": resting-on-stale: ");
        const auto first_uncited = r.out.find(": uncited: ");
        CHECK(last_resting < first_partly);
        CHECK(first_partly < first_uncited);
    }
    SUBCASE("the summary counts claims by verdict and references by flag") {
        const auto summary = lines_starting(r.out, report + ": ");
        REQUIRE(summary.size() == 2);
        CHECK(summary[0].find(" claims: ") != std::string::npos);
        CHECK(summary[0].find(" 0 dangling") != std::string::npos);
        CHECK(summary[1] == report + ": 80 references: 41 stale (7 superseded), 14 legislation in force, "
                                     "0 undated, 35 unverifiable, 2 draft, 0 never cited; as of 2022-07-06, max age 3y");
    }
}

TEST_CASE("check lists undated, unverifiable and draft references after the stale sources") {
    const auto r = run_citegraph("check " + report);
    REQUIRE(r.exit == 0);
    const auto unverifiable = lines_starting(r.out, report + ":329:3: unverifiable: d1:r11 ");
    REQUIRE(unverifiable.size() == 1);
    CHECK(unverifiable[0] == report + ":329:3: unverifiable: d1:r11 \"U.S. Embassy- Bamako. Reporting. January 14, "
                                      "2022.\" (2022-01-14) — 80 claims rest on it");
    const auto drafts = lines_starting(r.out, report + ":361:6: draft: d1:r40 ");
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].ends_with("(2012) — 4 claims rest on it"));
    // As many as the summary counts, below the last stale source.
    std::size_t unverifiable_lines = 0, draft_lines = 0;
    for (const auto& line : lines_of(r.out)) {
        unverifiable_lines += line.find(": unverifiable: d1:r") != std::string::npos;
        draft_lines += line.find(": draft: d1:r") != std::string::npos;
    }
    CHECK(unverifiable_lines == 35);
    CHECK(draft_lines == 2);
    CHECK(r.out.rfind(": stale-source: ") < r.out.find(": unverifiable: "));
    CHECK(r.out.rfind(": unverifiable: ") < r.out.find(": draft: "));
}

TEST_CASE("check --only and --hide choose the findings listed, and the summary still counts every one") {
    const auto all = run_citegraph("check " + report);
    const auto hidden = run_citegraph("check --hide uncited --hide unverifiable " + report);
    REQUIRE(hidden.exit == 0);
    CHECK(hidden.out.find(": uncited: ") == std::string::npos);
    CHECK(hidden.out.find(": unverifiable: ") == std::string::npos);
    CHECK(lines_of(all.out).size() - lines_of(hidden.out).size() == 35 + 35);  // 35 uncited, 35 unverifiable
    CHECK(hidden.out.find("223 claims: 135 ok, 43 partly-stale, 10 resting-on-stale, 35 uncited, 0 dangling") !=
          std::string::npos);
    const auto only = run_citegraph("check --only resting-on-stale --only draft " + report);
    REQUIRE(only.exit == 0);
    CHECK(lines_of(only.out).size() == 10 + 2 + 2);  // the claims, the drafts, the summary
    CHECK(lines_of(only.out)[10].find(": draft: d1:r40 ") != std::string::npos);
    // Every format alike.
    const auto json = nlohmann::json::parse(run_citegraph("check -f json --only draft " + report).out);
    REQUIRE(json["findings"].size() == 2);
    CHECK(json["findings"][0]["rule"] == "draft");
    CHECK(json["findings"][0]["id"] == "d1:r40");
    CHECK(json["findings"][0]["level"] == "note");
    CHECK(json["findings"][0]["claims"].size() == 4);
    CHECK(json["findings"][0]["message"] == "reference d1:r40 (2012): a draft, not a final text; 4 claims rest on it");
    CHECK(json["findings"][0]["reasons"] == nlohmann::json{"a draft, not a final text"});
    CHECK(json["shown"]["only"] == nlohmann::json{"draft"});
    CHECK(json["documents"][0]["verdicts"]["uncited"] == 35);
    const auto sarif = nlohmann::json::parse(run_citegraph("check -f sarif --hide uncited " + report).out);
    for (const auto& result : sarif["runs"][0]["results"]) CHECK(result["ruleId"] != "uncited");
    // --fail-on judges every claim, listed or not.
    CHECK(run_citegraph("check --only draft --fail-on resting-on-stale " + report).exit == 1);
    const auto wrong = run_citegraph("check --hide stale " + report);
    CHECK(wrong.exit == 2);
    CHECK(wrong.out.empty());
    CHECK(wrong.err.find("--hide: stale not in {resting-on-retracted,dangling,resting-on-stale,anachronism,partly-stale,") !=
          std::string::npos);
}

TEST_CASE("a repeatable option takes one value, so the files after it are still read as files") {
    const std::string plos = std::string(CITEGRAPH_TEST_DATA) + "/jats-plosone-2020-dairy-lca.nxml";
    const auto hidden = run_citegraph("check --hide uncited " + report + " " + plos);
    REQUIRE(hidden.exit == 0);
    CHECK(hidden.out.find(": uncited: ") == std::string::npos);
    CHECK(hidden.out.find("usdol-mali-2021.txt: 223 claims:") != std::string::npos);
    CHECK(hidden.out.find("jats-plosone-2020-dairy-lca.nxml: ") != std::string::npos);
    CHECK(run_citegraph("check --only draft " + report + " " + plos).exit == 0);
    for (const std::string view : {"--claim d1:c17", "--reference d1:r3", "--section Child"}) {
        CAPTURE(view);
        const auto r = run_citegraph("export --format json " + view + " " + report + " " + plos);
        CHECK(r.exit == 0);
        CHECK(r.err.empty());
        CHECK_FALSE(nlohmann::json::parse(r.out)["documents"].empty());
    }
    CHECK(run_citegraph("export --format json --claim d1:c17 " + report + " " + plos).out.find("\"d1:c17\"") !=
          std::string::npos);
}

TEST_CASE("the summary says 1 claim and 1 reference, in the singular") {
    scratch_dir dir;
    citegraph::testing::write(dir.path / "one.txt", "Children work in mines. (1)\n\nREFERENCES\n- A survey of mines. 2021.\n");
    const auto r = citegraph::testing::run_in(dir.path, {"check", "one.txt"});
    REQUIRE(r.exit == 0);
    CHECK(r.out.find("one.txt: 1 claim: 1 ok, ") != std::string::npos);
    CHECK(r.out.find("one.txt: 1 reference: 0 stale") != std::string::npos);
}

TEST_CASE("a file named twice is read once, with a warning") {
    scratch_dir dir;
    citegraph::testing::write(dir.path / "one.txt", "Children work in mines. (1)\n\nREFERENCES\n- A survey of mines. 2021.\n");
    const auto r = citegraph::testing::run_in(dir.path, {"check", "one.txt", "one.txt", "."});
    REQUIRE(r.exit == 0);
    CHECK(lines_starting(r.out, "one.txt: ").size() == 2);  // one document's two summary lines
    CHECK(r.out.find("./one.txt") == std::string::npos);
    CHECK(r.err.find("one.txt: warning: skipped: named more than once; read once") != std::string::npos);
}

TEST_CASE("one file under several names is one document: ./name, a symbolic link, its directory") {
    scratch_dir dir;
    std::filesystem::copy_file(std::string(CITEGRAPH_TEST_DATA) + "/provenance/chain/groundwater-survey.nxml",
                               dir.path / "survey.nxml");
    std::filesystem::create_directory(dir.path / "links");
    std::filesystem::create_symlink("../survey.nxml", dir.path / "links" / "survey-link.nxml");
    const std::vector<std::string> names{"survey.nxml", "./survey.nxml", "links/survey-link.nxml", ".", "survey.nxml"};
    for (std::size_t others = 1; others < names.size(); ++others) {
        std::vector<std::string> args{"check", names[0], names[others]};
        CAPTURE(names[others]);
        const auto r = citegraph::testing::run_in(dir.path, args);
        REQUIRE(r.exit == 0);
        CHECK(lines_starting(r.out, "survey.nxml: ").size() == 2);  // one document's two summary lines
        CHECK(r.out.find("1 claim:") != std::string::npos);
        CHECK(r.out.find("load-bearing") == std::string::npos);   // not a corpus of two
        const std::string skipped = names[others] == "." ? "./survey.nxml" : names[others];
        CHECK(r.err == skipped + ": warning: skipped: named more than once; read once\n");
        args.insert(args.begin() + 1, "-q");
        const auto quiet = citegraph::testing::run_in(dir.path, args);
        CHECK(quiet.err.empty());
        CHECK(quiet.out == r.out);
    }
    const auto all = citegraph::testing::run_in(dir.path, {"check", "-r", "survey.nxml", "./survey.nxml", "."});
    CHECK(lines_starting(all.out, "survey.nxml: ").size() == 2);
    CHECK(lines_starting(all.err, "").size() == 3);  // ./survey.nxml twice and the link in links/
}

TEST_CASE("--fail-on makes check exit 1 only when a finding that bad exists") {
    CHECK(run_citegraph("check --fail-on resting-on-stale " + report).exit == 1);
    CHECK(run_citegraph("check --fail-on partly-stale " + report).exit == 1);
    CHECK(run_citegraph("check --fail-on dangling " + report).exit == 0);
}

TEST_CASE("--as-of and --max-age change what is stale") {
    auto earlier = run_citegraph("check --as-of 2019-01-01 " + report);
    REQUIRE(earlier.exit == 0);
    CHECK(earlier.out.find("as of 2019-01-01, max age 3y") != std::string::npos);
    auto today = run_citegraph("check --as-of today " + report);
    const std::chrono::year_month_day now{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", static_cast<int>(now.year()), static_cast<unsigned>(now.month()),
                  static_cast<unsigned>(now.day()));
    CHECK(today.out.find(std::string("as of ") + iso + ", max age 3y") != std::string::npos);
    auto lenient = run_citegraph("check --max-age 20y " + report);
    REQUIRE(lenient.exit == 0);
    CHECK(lenient.out.find("80 references: 7 stale (7 superseded)") != std::string::npos);
}

TEST_CASE("a claim whose every source predates the year it reports is an anachronism") {
    scratch_dir dir;
    std::string text = slurp(report);
    const std::string original = "In 2021, at least 46 displaced child slaves were identified in Mali. (11)";
    REQUIRE(text.find(original) != std::string::npos);
    text.replace(text.find(original), original.size(),
                 "In 2021, at least 46 displaced child slaves were identified in Mali. (25)");
    write(dir.path / "edited.txt", text);
    auto r = run_citegraph("check " + (dir.path / "edited.txt").string());
    REQUIRE(r.exit == 0);
    auto found = lines_starting(r.out, (dir.path / "edited.txt").string() + ":53:");
    std::erase_if(found, [](const std::string& line) { return line.find(": anachronism: ") == std::string::npos; });
    REQUIRE(found.size() == 1);
    CHECK(found[0].find("\"In 2021, at least 46 displaced child slaves were identified in Mali.\" — reports 2021 "
                        "but every source predates it") != std::string::npos);
}

TEST_CASE("standard input is read with --from") {
    auto r = run_citegraph("check --from text - < " + report);
    CHECK(r.exit == 0);
    CHECK(r.out.find("-:53:152: resting-on-stale: d1:c33 ") != std::string::npos);
}

TEST_CASE("export writes each format to a file that its consumer reads") {
    scratch_dir dir;
    for (const char* format : {"json", "graphml", "dot"}) {
        CAPTURE(format);
        const auto out = dir.path / (std::string("mali.") + format);
        auto r = run_citegraph(std::string("export --format ") + format + " -o " + out.string() + " " + report);
        CHECK(r.exit == 0);
        CHECK(r.out.empty());
        CHECK(std::filesystem::file_size(out) > 10000);
    }
    CHECK(std::system(("dot -Tsvg " + (dir.path / "mali.dot").string() + " -o " +
                       (dir.path / "mali.svg").string()).c_str()) == 0);
    CHECK(slurp(dir.path / "mali.svg").find("<svg") != std::string::npos);
    CHECK(slurp(dir.path / "mali.json").find("\"path\": \"" + report + "\"") != std::string::npos);
}

// Graph and cluster names reach DOT as plain ids in every run: a name cgraph took for an
// HTML string came out as "digraph <citegraph>" in about half of all processes.
TEST_CASE("DOT names the graph and its clusters plainly in every run") {
    for (int run = 0; run < 8; ++run) {
        CAPTURE(run);
        auto r = run_citegraph("export --format dot " + report);
        REQUIRE(r.exit == 0);
        CHECK(r.out.rfind("digraph citegraph {", 0) == 0);
        CHECK(r.out.find("subgraph <") == std::string::npos);
        CHECK(r.out.find("subgraph \"cluster_d1:s1\" {") != std::string::npos);
    }
}

TEST_CASE("report writes one HTML page with as many findings and stale sources as check lists") {
    scratch_dir dir;
    const auto out = dir.path / "mali.html";
    auto r = run_citegraph("report --max-age 2y -o " + out.string() + " " + report);
    REQUIRE(r.exit == 0);
    CHECK(r.out.empty());
    const std::string page = slurp(out);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    auto check = run_citegraph("check --max-age 2y " + report);
    REQUIRE(check.exit == 0);
    std::size_t listed = 0;  // every line but the two summary lines names a finding
    for (std::size_t at = 0; (at = check.out.find('\n', at)) != std::string::npos; ++at) ++listed;
    listed -= 2;
    std::size_t rows = 0;  // the findings, and the stale sources ranked before them
    for (std::size_t at = 0; (at = page.find("<details class=\"finding\"", at)) != std::string::npos; ++at) ++rows;
    std::size_t stale_rows = 0;
    for (std::size_t at = 0; (at = page.find("<details class=\"stale-source\"", at)) != std::string::npos; ++at)
        ++stale_rows;
    std::size_t stale_lines = 0;
    for (std::size_t at = 0; (at = check.out.find(": stale-source: ", at)) != std::string::npos; ++at) ++stale_lines;
    CHECK(stale_rows == stale_lines);
    CHECK(stale_rows > 41);  // more are stale at two years than the 41 at three
    CHECK(rows + stale_rows == listed);
    CHECK(page.find("a source older than 2y is stale") != std::string::npos);
    auto piped = run_citegraph("report --max-age 2y " + report);
    CHECK(piped.exit == 0);
    CHECK(piped.out == page);
}

}
