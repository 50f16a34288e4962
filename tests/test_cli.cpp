// Golden command tests: a command line, what it prints and how it exits.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "command.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::scratch_dir;
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

TEST_CASE("each command has its own --help") {
    auto check = run_citegraph("check --help");
    CHECK(check.exit == 0);
    CHECK(check.out.find("--fail-on") != std::string::npos);
    CHECK(check.out.find("--max-age") != std::string::npos);
    auto exporter = run_citegraph("export --help");
    CHECK(exporter.exit == 0);
    CHECK(exporter.out.find("graphml") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a message on standard error") {
    struct row { const char* args; const char* message; };
    for (row r : {row{"", "A subcommand is required"},
                  row{"check", "FILE is required"},
                  row{"check --max-age 3w " , "invalid age '3w'"},
                  row{"check --as-of 2022-13-01 x.txt", "expected YYYY-MM-DD or 'today'"},
                  row{"check --fail-on stale x.txt", "--fail-on"},
                  row{"export --format pdf x.txt", "--format"},
                  row{"frobnicate", "frobnicate"},
                  row{"check - ", "standard input needs --from"}}) {
        CAPTURE(r.args);
        auto result = run_citegraph(r.args);
        CHECK(result.exit == 2);
        CHECK(result.out.empty());
        CHECK(result.err.rfind("citegraph: ", 0) == 0);
        CHECK(result.err.find(r.message) != std::string::npos);
    }
}

TEST_CASE("an unreadable input exits 3 and names the file") {
    scratch_dir dir;
    SUBCASE("a missing file") {
        auto r = run_citegraph("check " + (dir.path / "missing.txt").string());
        CHECK(r.exit == 3);
        CHECK(r.err == (dir.path / "missing.txt").string() + ": error: cannot open file\n");
    }
    SUBCASE("a directory") {
        std::filesystem::create_directory(dir.path / "reports.txt");
        auto r = run_citegraph("check " + (dir.path / "reports.txt").string());
        CHECK(r.exit == 3);
        CHECK(r.err.find("is a directory") != std::string::npos);
    }
    SUBCASE("a format the extension does not tell") {
        write(dir.path / "report.docx", "x");
        auto r = run_citegraph("check " + (dir.path / "report.docx").string());
        CHECK(r.exit == 3);
        CHECK(r.err.find("--from") != std::string::npos);
    }
}

TEST_CASE("export refuses to overwrite one of its inputs") {
    scratch_dir dir;
    const auto input = dir.path / "report.txt";
    std::filesystem::copy_file(report, input);
    auto r = run_citegraph("export -o " + (dir.path / "." / "report.txt").string() + " " + input.string());
    CHECK(r.exit == 2);
    CHECK(r.err.find("is an input") != std::string::npos);
    CHECK(slurp(input) == slurp(report));
}

TEST_CASE("an output that cannot be written exits 3 and leaves nothing behind") {
    scratch_dir dir;
    const auto target = dir.path / "missing-dir" / "out.graphml";
    auto r = run_citegraph("export --format graphml -o " + target.string() + " " + report);
    CHECK(r.exit == 3);
    CHECK(r.err.find("cannot write") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(target));
}

}
