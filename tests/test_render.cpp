// render_graph: pictures of the graph laid out and rendered in process by gvc.
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <pugixml.hpp>

#include "analysed_report.hpp"
#include "analysis_fixtures.hpp"
#include "citegraph/import.hpp"
#include "citegraph/exports.hpp"
#include "citegraph/render.hpp"
#include "citegraph/stale_analysis.hpp"
#include "exports/reasons.hpp"
#include "graph/citation_graph.hpp"

using namespace citegraph;
using citegraph::testing::analyse;
using citegraph::testing::analysed_report;
using citegraph::testing::mali;

namespace {

// A report of `claims` claims, claim i citing reference i % references + 1.
analysed_report synthetic(std::size_t claims, int references) {
    using namespace fixtures;
    std::vector<claim_draft> cl;
    for (std::size_t i = 0; i < claims; ++i)
        cl.push_back(make_claim("Fact " + std::to_string(i) + ".", {static_cast<int>(i) % references + 1}));
    std::vector<reference> refs;
    for (int n = 1; n <= references; ++n)
        refs.push_back(make_reference(n, "Bulletin " + std::to_string(n) + ".", make_date(2015 + n % 8)));
    return analyse({make_document(std::move(cl), std::move(refs))});
}

render_options as(render_format format, std::string layout = "") {
    render_options options;
    options.format = format;
    options.layout = std::move(layout);
    return options;
}

bool has_class(pugi::xml_node element, const char* name) {
    std::istringstream classes(element.attribute("class").value());
    for (std::string word; classes >> word;)
        if (word == name) return true;
    return false;
}

// What an SVG from render shows: the title of each <g class="node ..."> and every link.
struct svg_contents {
    std::vector<std::string> node_titles;
    std::vector<std::string> links;     // xlink:href values
    std::vector<std::string> tooltips;  // xlink:title values
};

svg_contents read_svg(const std::string& svg) {
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed = xml.load_buffer(svg.data(), svg.size());
    INFO(parsed.description());
    REQUIRE(parsed);
    REQUIRE(std::string(xml.document_element().name()) == "svg");
    svg_contents contents;
    struct walker : pugi::xml_tree_walker {
        svg_contents* out;
        bool for_each(pugi::xml_node& node) override {
            if (std::string(node.name()) == "g" && has_class(node, "node"))
                out->node_titles.push_back(node.child("title").text().get());
            if (pugi::xml_attribute href = node.attribute("xlink:href")) out->links.push_back(href.value());
            if (pugi::xml_attribute title = node.attribute("xlink:title")) out->tooltips.push_back(title.value());
            return true;
        }
    } walk;
    walk.out = &contents;
    xml.traverse(walk);
    return contents;
}

std::multiset<std::string> kept_ids_and_legend(const corpus& c, const vertex_filter& keep) {
    std::multiset<std::string> ids{"legend"};
    for (vertex v : boost::make_iterator_range(boost::vertices(c.graph())))
        if (keeps(keep, v)) ids.insert(c.vertex_id(v));
    return ids;
}

vertex_filter only_stale(const analysed_report& r) {
    graph_view view;
    view.only_stale = true;
    return select_vertices(r.c, r.a, view);
}

}  // namespace

TEST_SUITE("render") {

TEST_CASE("the SVG of the stale paths has one node per kept vertex, titled by its id, and the legend") {
    const auto& r = mali();
    const vertex_filter keep = only_stale(r);
    const svg_contents svg = read_svg(render_graph(r.c, r.a, keep, as(render_format::svg)));
    const std::multiset<std::string> titles(svg.node_titles.begin(), svg.node_titles.end());
    CHECK(titles == kept_ids_and_legend(r.c, keep));
    CHECK(svg.node_titles.size() == kept_count(r.c, keep) + 1);

    // Exactly the kept references with a web address link to it.
    std::multiset<std::string> expected_links;
    for (std::size_t i = 0; i < r.c.documents[0].references.size(); ++i) {
        const reference& ref = r.c.documents[0].references[i];
        if (keep[r.c.reference_vertex(0, i)] && !ref.urls.empty() &&
            (ref.urls[0].starts_with("http://") || ref.urls[0].starts_with("https://")))
            expected_links.insert(ref.urls[0]);
    }
    REQUIRE(!expected_links.empty());
    CHECK(std::multiset<std::string>(svg.links.begin(), svg.links.end()) == expected_links);
}

TEST_CASE("tooltips carry a reference's full text and date and a claim's full text and reasons") {
    const auto& r = mali();
    graph_view view;
    view.references = {"25"};
    const svg_contents svg =
        read_svg(render_graph(r.c, r.a, select_vertices(r.c, r.a, view), as(render_format::svg)));
    const std::size_t index = r.c.reference_index(0, 25).value();
    const reference& ref = r.c.documents[0].references[index];
    REQUIRE(ref.text.size() > 60);  // longer than its label
    const auto starting = [&](std::string_view prefix) {
        for (const std::string& tooltip : svg.tooltips)
            if (tooltip.starts_with(prefix)) return tooltip;
        return std::string();
    };
    const std::string reference_tip = starting("[25] ");
    CHECK(reference_tip.find(ref.text) != std::string::npos);
    CHECK(reference_tip.find("published 2018-06-28") != std::string::npos);
    CHECK(reference_tip.find("superseded by 4") != std::string::npos);

    const std::size_t first = r.a.documents[0].references[index].cited_by.front();
    const std::string claim_tip = starting(r.c.documents[0].claims[first].text);
    REQUIRE(!claim_tip.empty());
    for (const std::string& reason : exports_detail::claim_reason_texts(r.c, r.a, 0, first))
        CHECK(claim_tip.find(reason) != std::string::npos);
}

TEST_CASE("only http and https addresses become links: javascript: and data: are dropped") {
    using namespace fixtures;
    reference script = make_reference(1, "Script.", make_date(2022));
    script.urls = {"javascript:alert(1)"};
    reference data = make_reference(2, "Data.", make_date(2022));
    data.urls = {"data:text/html,<script>alert(1)</script>"};
    reference web = make_reference(3, "Web.", make_date(2022));
    web.urls = {"https://example.org/report?a=1&b=2"};
    const auto r = analyse({make_document({make_claim("Claim (1-3).", {1, 2, 3})}, {script, data, web})});

    const std::string svg = render_graph(r.c, r.a, {}, as(render_format::svg));
    const svg_contents contents = read_svg(svg);
    CHECK(contents.links == std::vector<std::string>{"https://example.org/report?a=1&b=2"});
    CHECK(svg.find("href=\"javascript") == std::string::npos);
    CHECK(svg.find("href=\"data:") == std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);  // the text is escaped where it shows
    std::ostringstream dot;
    write_dot(dot, r.c, r.a);
    CHECK(dot.str().find("javascript") == std::string::npos);
    CHECK(dot.str().find("data:text") == std::string::npos);
}

TEST_CASE("PNG and PDF come out with their file signatures") {
    const auto& r = mali();
    graph_view view;
    view.references = {"25"};
    const vertex_filter keep = select_vertices(r.c, r.a, view);
    const std::string png = render_graph(r.c, r.a, keep, as(render_format::png));
    CHECK(png.starts_with(std::string("\x89PNG\r\n\x1a\n", 8)));
    CHECK(png.size() > 1000);
    const std::string pdf = render_graph(r.c, r.a, keep, as(render_format::pdf));
    CHECK(pdf.starts_with("%PDF-"));
    CHECK(pdf.find("%%EOF") != std::string::npos);
}

// dot draws sections as clusters; sfdp has no clusters, so its pictures have none.
std::size_t clusters(const std::string& svg) {
    std::size_t count = 0;
    for (std::size_t at = svg.find("class=\"cluster\""); at != std::string::npos;
         at = svg.find("class=\"cluster\"", at + 1))
        ++count;
    return count;
}

TEST_CASE("the layout is dot up to the documented node count and sfdp past it") {
    CHECK(choose_layout(1) == "dot");
    CHECK(choose_layout(dot_layout_limit) == "dot");
    CHECK(choose_layout(dot_layout_limit + 1) == "sfdp");
    CHECK(choose_layout(render_node_limit) == "sfdp");

    SUBCASE("the Mali report, whole, is small enough for dot") {
        const auto& r = mali();
        REQUIRE(boost::num_vertices(r.c.graph()) + 1 <= dot_layout_limit);
        CHECK(clusters(render_graph(r.c, r.a, only_stale(r), as(render_format::svg))) > 0);
    }
    SUBCASE("a graph past the limit is drawn by sfdp unless --layout says otherwise") {
        const auto r = synthetic(dot_layout_limit, 20);  // with document, section and legend: past it
        REQUIRE(boost::num_vertices(r.c.graph()) + 1 > dot_layout_limit);
        CHECK(clusters(render_graph(r.c, r.a, {}, as(render_format::svg))) == 0);
        CHECK(clusters(render_graph(r.c, r.a, {}, as(render_format::svg, "dot"))) > 0);
    }
}

TEST_CASE("a picture drawn twice in one process comes out the same") {
    // Regression: cluster order followed the heap addresses of their names.
    const auto& r = mali();
    const vertex_filter keep = only_stale(r);
    const std::string first = render_graph(r.c, r.a, keep, as(render_format::svg));
    CHECK(render_graph(r.c, r.a, keep, as(render_format::svg)) == first);
    CHECK(render_graph(r.c, r.a, keep, as(render_format::svg, "dot")) == first);
}

TEST_CASE("a graph past the render limit is refused before any layout") {
    const auto r = synthetic(render_node_limit, 10);
    const std::size_t nodes = boost::num_vertices(r.c.graph()) + 1;
    REQUIRE(nodes > render_node_limit);
    try {
        render_graph(r.c, r.a, {}, as(render_format::svg));
        FAIL("no graph_too_large");
    } catch (const graph_too_large& e) {
        CHECK(e.nodes == nodes);
        CHECK(std::string(e.what()) == "the graph has " + std::to_string(nodes) + " nodes; more than " +
                                           std::to_string(render_node_limit) + " cannot be drawn readably");
    }
    SUBCASE("a view brings it under the limit") {
        graph_view view;
        view.references = {"3"};
        const std::string svg = render_graph(r.c, r.a, select_vertices(r.c, r.a, view), as(render_format::svg));
        CHECK(read_svg(svg).node_titles.size() == render_node_limit / 10 + 4);  // claims, reference, doc, section, legend
    }
}

TEST_CASE("an unknown layout engine and a mismatched assessment are refused") {
    const auto& r = mali();
    CHECK_THROWS_WITH_AS(render_graph(r.c, r.a, {}, as(render_format::svg, "spring")),
                         "unknown layout engine 'spring'", std::invalid_argument);
    CHECK_THROWS_AS(render_graph(r.c, corpus_assessment{}, {}, as(render_format::svg)), std::invalid_argument);
}

TEST_CASE("an empty view renders an empty picture") {
    const auto r = synthetic(3, 1);
    vertex_filter nothing(boost::num_vertices(r.c.graph()), false);
    const svg_contents svg = read_svg(render_graph(r.c, r.a, nothing, as(render_format::svg)));
    CHECK(svg.node_titles.empty());
}

}  // TEST_SUITE("render")
