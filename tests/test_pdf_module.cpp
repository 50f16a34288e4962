// The command loads its PDF reader, and poppler with it, from citegraph-pdf.so on the first
// PDF it reads (cli/pdf_module_loader.cpp): a run that reads no PDF maps neither poppler nor
// the 21 libraries only it needs, which took 3.7 MB of a check of one report.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::peak_below;
using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;
using citegraph::testing::shell_output;

namespace {

const std::string text_report = std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt";
const std::string pdf_report = std::string(CITEGRAPH_TEST_DATA) + "/pdf/gao-06-1046-grants.pdf";

// The run, with the dynamic loader saying on standard error which files it maps.
run_result run_showing_loaded_files(const scratch_dir& dir, const std::string& input) {
    ::setenv("LD_DEBUG", "files", 1);
    const run_result r = run_in(dir.path, {"check", "-q", input});
    ::unsetenv("LD_DEBUG");
    return r;
}

}  // namespace

TEST_CASE("a check of a text report maps neither the PDF reader nor poppler") {
    scratch_dir dir;
    const run_result r = run_showing_loaded_files(dir, text_report);
    REQUIRE(r.exit == 0);
    CHECK(r.out.find("223 claims") != std::string::npos);
    // The loader names the command's own libraries, so it did speak.
    REQUIRE(r.err.find("libstdc++") != std::string::npos);
    CHECK(r.err.find("citegraph-pdf.so") == std::string::npos);
    CHECK(r.err.find("libpoppler") == std::string::npos);
    // 12.5 MB with poppler mapped, 8.8 MB without, when measured.
    const run_result plain = run_in(dir.path, {"check", "-q", text_report});
    REQUIRE(plain.exit == 0);
    CAPTURE(plain.peak_kib);
    CHECK(peak_below(plain, 11 * 1024));
}

TEST_CASE("a check of a PDF loads the reader from beside the command, and poppler with it") {
    scratch_dir dir;
    const run_result r = run_showing_loaded_files(dir, pdf_report);
    REQUIRE(r.exit == 0);
    CHECK(r.out.find("567 claims") != std::string::npos);
    const std::string beside = (std::filesystem::path(CITEGRAPH_CLI).parent_path() / "citegraph-pdf.so").string();
    CHECK(r.err.find(beside) != std::string::npos);
    CHECK(r.err.find("libpoppler") != std::string::npos);
}

TEST_CASE("a command without its PDF reader still reads text, and names each PDF it cannot read and why") {
    scratch_dir dir;
    const std::filesystem::path alone = dir.path / "citegraph";
    std::filesystem::copy_file(CITEGRAPH_CLI, alone);
    const std::string text = shell_output(alone.string() + " check -q " + text_report + " 2>&1; echo exit $?");
    CHECK(text.find("223 claims") != std::string::npos);
    CHECK(text.ends_with("exit 0\n"));

    const std::string pdf = shell_output(alone.string() + " check -q " + pdf_report + " 2>&1; echo exit $?");
    CAPTURE(pdf);
    CHECK(pdf.find(pdf_report + ": error: the PDF reader citegraph-pdf.so could not be loaded") != std::string::npos);
    CHECK(pdf.find((dir.path / "citegraph-pdf.so").string() + ": not there") != std::string::npos);
    CHECK(pdf.ends_with("exit 3\n"));
}
