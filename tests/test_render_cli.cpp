// Golden command tests for `citegraph render` and the views `export` shares with it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <graphviz/cgraph.h>
#include <pugixml.hpp>

#include "analysed_report.hpp"
#include "command.hpp"
#include "citegraph/views.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::scratch_dir;
using citegraph::testing::slurp;

namespace {

const std::string report = std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt";

// How many vertices the view keeps on the bundled report, as the library counts them.
std::size_t kept_on_report(const citegraph::graph_view& view) {
    const auto& r = citegraph::testing::mali();
    return citegraph::kept_count(r.c, citegraph::select_vertices(r.c, r.a, view));
}

// The <g class="node ..."> elements of an SVG file.
std::size_t svg_nodes(const std::filesystem::path& file) {
    pugi::xml_document xml;
    REQUIRE(xml.load_file(file.c_str()));
    std::size_t nodes = 0;
    for (pugi::xpath_node g : xml.select_nodes("//g[starts-with(@class, 'node')]")) {
        (void)g;
        ++nodes;
    }
    return nodes;
}

// A plain-text report of `claims` claims in one section citing 50 references.
void write_large_report(const std::filesystem::path& file, int claims) {
    std::ofstream out(file);
    out << "Synthetic report\n\nI. FINDINGS\n\n";
    for (int i = 1; i <= claims; ++i) out << "Fact number " << i << " is recorded (" << i % 50 + 1 << ").\n\n";
    out << "REFERENCES\n\n";
    for (int k = 1; k <= 50; ++k) out << "- Agency " << k << ". Annual bulletin. Published: 2019.\n";
}

}  // namespace

TEST_SUITE("render command") {

TEST_CASE("render --only stale writes an SVG with one node per kept vertex and the legend") {
    scratch_dir dir;
    const auto out = dir.path / "stale.svg";
    const auto r = run_citegraph("render " + report + " --only stale -o " + out.string());
    CHECK(r.exit == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    citegraph::graph_view view;
    view.only_stale = true;
    CHECK(svg_nodes(out) == kept_on_report(view) + 1);
}

TEST_CASE("render takes the picture format from -o, or from --format") {
    scratch_dir dir;
    SUBCASE("png") {
        const auto out = dir.path / "r25.PNG";
        REQUIRE(run_citegraph("render " + report + " --reference 25 -o " + out.string()).exit == 0);
        CHECK(slurp(out).starts_with(std::string("\x89PNG\r\n\x1a\n", 8)));
    }
    SUBCASE("pdf") {
        const auto out = dir.path / "r25.pdf";
        REQUIRE(run_citegraph("render " + report + " --reference 25 -o " + out.string()).exit == 0);
        CHECK(slurp(out).starts_with("%PDF-"));
    }
    SUBCASE("--format over an extension that names none") {
        const auto out = dir.path / "r25.picture";
        REQUIRE(run_citegraph("render " + report + " --reference 25 --format svg -o " + out.string()).exit == 0);
        CHECK(slurp(out).find("<svg") != std::string::npos);
    }
    SUBCASE("standard output with --format") {
        const auto r = run_citegraph("render " + report + " --reference 25 --format svg -o -");
        CHECK(r.exit == 0);
        CHECK(r.out.find("<svg") != std::string::npos);
    }
}

TEST_CASE("render usage errors exit 2, name the problem and write nothing") {
    scratch_dir dir;
    const std::string out = (dir.path / "out.svg").string();
    struct row {
        std::string args;
        const char* message;
    };
    for (const row& each :
         {row{"render " + report, "--output is required"},
          row{"render " + report + " -o " + (dir.path / "out.jpg").string(), "cannot tell the picture format"},
          row{"render " + report + " --layout spring -o " + out, "--layout"},
          row{"render " + report + " --only old -o " + out, "--only"},
          row{"render " + report + " --claim d1:c9999 -o " + out, "no claim 'd1:c9999'"},
          row{"render " + report + " --reference 250 -o " + out, "no reference '250'"},
          row{"render " + report + " --section Appendix -o " + out, "no section title contains 'Appendix'"},
          row{"export " + report + " --claim c0", "no claim 'c0'"}}) {
        CAPTURE(each.args);
        const auto r = run_citegraph(each.args);
        CHECK(r.exit == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("citegraph: ", 0) == 0);
        CHECK(r.err.find(each.message) != std::string::npos);
    }
    CHECK(std::filesystem::is_empty(dir.path));
}

TEST_CASE("render refuses to overwrite an input") {
    scratch_dir dir;
    const auto input = dir.path / "report.txt";
    std::filesystem::copy_file(report, input);
    const auto r = run_citegraph("render " + input.string() + " --format svg -o " + input.string());
    CHECK(r.exit == 2);
    CHECK(r.err.find("is an input; refusing to overwrite it") != std::string::npos);
    CHECK(slurp(input) == slurp(report));
}

TEST_CASE("render refuses a graph too large to draw and says how to narrow it") {
    scratch_dir dir;
    const auto input = dir.path / "large.txt";
    write_large_report(input, 2100);
    const auto out = dir.path / "large.svg";
    const auto r = run_citegraph("render " + input.string() + " -o " + out.string());
    CHECK(r.exit == 2);
    CHECK(r.err.find("the graph has 2154 nodes; more than 2000 cannot be drawn readably") != std::string::npos);
    CHECK(r.err.find("--only stale, --section NAME, --claim ID or --reference N") != std::string::npos);
    CHECK(!std::filesystem::exists(out));
    SUBCASE("narrowed, it is drawn") {
        CHECK(run_citegraph("render " + input.string() + " --reference 7 -o " + out.string()).exit == 0);
        CHECK(svg_nodes(out) == 2100 / 50 + 4);  // the claims citing 7, it, document, section, legend
    }
}

TEST_CASE("circo and fdp refuse graphs past what they lay out in seconds, naming the engines that draw more") {
    scratch_dir dir;
    const auto input = dir.path / "medium.txt";
    write_large_report(input, 800);  // 800 claims, 50 references, document, section, legend: 854 nodes
    const auto out = dir.path / "medium.svg";
    struct row { const char* engine; const char* limit; };
    for (const row& r : {row{"circo", "80"}, row{"fdp", "800"}}) {
        CAPTURE(r.engine);
        const auto refused = run_citegraph("render --layout " + std::string(r.engine) + " " + input.string() + " -o " +
                                           out.string());
        CHECK(refused.exit == 2);
        CHECK(refused.err == "citegraph: the graph has 854 nodes; --layout " + std::string(r.engine) + " draws at most " +
                                 r.limit + " in reasonable time (dot, sfdp, neato and twopi up to 2000); narrow it "
                                 "with --only stale, --section NAME, --claim ID or --reference N\n");
        CHECK(!std::filesystem::exists(out));
    }
    const auto drawn = run_citegraph("render --layout sfdp " + input.string() + " -o " + out.string());
    CHECK(drawn.exit == 0);
    CHECK(svg_nodes(out) == 854);
    SUBCASE("narrowed below circo's limit, circo draws it") {
        CHECK(run_citegraph("render --layout circo " + input.string() + " --reference 7 -o " + out.string()).exit == 0);
        CHECK(svg_nodes(out) == 800 / 50 + 4);
    }
}

TEST_CASE("export --only stale -f dot writes the kept vertices and the legend") {
    const auto r = run_citegraph("export " + report + " --only stale -f dot");
    REQUIRE(r.exit == 0);
    std::unique_ptr<Agraph_t, decltype(&agclose)> g(agmemread(r.out.c_str()), &agclose);
    REQUIRE(g != nullptr);
    citegraph::graph_view view;
    view.only_stale = true;
    CHECK(static_cast<std::size_t>(agnnodes(g.get())) == kept_on_report(view) + 1);
    CHECK(agnode(g.get(), const_cast<char*>("legend"), 0) != nullptr);
}

TEST_CASE("render and export --help list the views") {
    for (const char* command : {"render --help", "export --help"}) {
        CAPTURE(command);
        const auto r = run_citegraph(command);
        CHECK(r.exit == 0);
        for (const char* option : {"--claim", "--reference", "--only", "--section"})
            CHECK(r.out.find(option) != std::string::npos);
    }
    CHECK(run_citegraph("render --help").out.find("--layout") != std::string::npos);
}

}  // TEST_SUITE("render command")
