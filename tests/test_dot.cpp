// The DOT writer (exports/dot_graph, exports/dot_channel): a corpus written one document
// at a time, each from a cgraph graph of its own, against the graph built in one piece.
#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <graphviz/cgraph.h>

#include "analysed_report.hpp"
#include "citegraph/exports.hpp"
#include "citegraph/views.hpp"
#include "exports/dot_channel.hpp"
#include "exports/dot_graph.hpp"
#include "test_paths.hpp"

using namespace citegraph;
using exports_detail::dot_channel;

namespace {

char* chars(const std::string& text) { return const_cast<char*>(text.c_str()); }

const std::string data = CITEGRAPH_TEST_DATA;

// Passes each piece to the channel as agwrite would, one putstr call each.
std::string through(dot_channel& channel, std::ostringstream& out, const std::vector<std::string>& pieces) {
    for (const std::string& piece : pieces) channel.put(piece.c_str());
    channel.finish();
    return out.str();
}

// What agwrite writes for the whole graph built in one piece (the graph render lays out).
std::string whole_graph_text(const corpus& c, const corpus_assessment& a, const vertex_filter& keep = {}) {
    const exports_detail::cgraph_ptr g = exports_detail::make_dot_graph(c, a, keep);
    std::ostringstream out;
    dot_channel channel(out);
    REQUIRE(agwrite(g.get(), &channel) == 0);
    REQUIRE(channel.finish());
    return out.str();
}

std::string dot_text(const corpus& c, const corpus_assessment& a, const vertex_filter& keep = {}) {
    std::ostringstream out;
    write_dot(out, c, a, keep);
    return out.str();
}

// Twenty copies of the regional summary, which names the basin review, and the review
// itself: sources shared across documents, and edges between documents.
testing::analysed_report linked_corpus() {
    std::vector<document> documents;
    diagnostics warnings;
    documents.push_back(import_file(data + "/provenance/chain/basin-review.html", "", warnings));
    for (int i = 0; i < 20; ++i)
        documents.push_back(import_file(data + "/provenance/chain/regional-summary.md", "", warnings));
    documents.push_back(testing::mali_document());
    return testing::analyse(std::move(documents));
}

// What a channel writes for a graph d1 whose lines are `body`, written as a subgraph: each
// line one tab in, but the rest of a string broken after a backslash.
std::string as_subgraph(const std::string& body) {
    std::string expected = "\tsubgraph d1 {\n";
    bool continues = false;
    for (std::size_t from = 0; from < body.size();) {
        const std::size_t end = body.find('\n', from) + 1;
        if (!continues) expected += '\t';
        expected.append(body, from, end - from);
        continues = end >= 2 && body[end - 2] == '\\';
        from = end;
    }
    return expected + "\t}\n";
}

// What a channel writes for graph d1's lines, given in pieces of 1 to largest_piece bytes.
std::string through_pieces(const std::string& body, std::size_t largest_piece) {
    std::vector<std::string> pieces = {"digraph d1 {\n"};
    for (std::size_t from = 0, k = 0; from < body.size(); ++k) {
        const std::size_t size = std::min(1 + k % largest_piece, body.size() - from);
        pieces.push_back(body.substr(from, size));
        from += size;
    }
    pieces.emplace_back("}\n");
    std::ostringstream out;
    dot_channel channel(out, "digraph d1 {\n", "\tsubgraph d1 {\n", true);
    return through(channel, out, pieces);
}

}  // namespace

TEST_SUITE("dot") {

TEST_CASE("a channel writes a graph as a subgraph one tab in, leaving a string's line breaks alone") {
    std::ostringstream out;
    dot_channel channel(out, "digraph d1 {\n\tnode [shape=box];\n", "\tsubgraph d1 {\n", true);
    // The head arrives in pieces that do not line up with it; a long string is broken after
    // a backslash, once inside a piece and once across two.
    const std::string text = through(
        channel, out,
        {"digraph ", "d1", " {\n\tnode [sha", "pe=box];\n\t", "\"d1:c1\"", "\t[label=\"long\\\ntext\\", "\nmore\"];\n",
         "\t\"d1:c1\" -> \"d1:r1\";\n", "}\n"});
    CHECK(text ==
          "\tsubgraph d1 {\n"
          "\t\t\"d1:c1\"\t[label=\"long\\\ntext\\\nmore\"];\n"
          "\t\t\"d1:c1\" -> \"d1:r1\";\n"
          "\t}\n");
    CHECK(channel.finish());
}

TEST_CASE("a channel indents a long graph alike however agwrite's pieces fall across its gatherings") {
    // Far more than one gathering (64 kB) of lines, every third holding a string broken
    // after a backslash.
    std::string body;
    for (int k = 0; k < 6000; ++k)
        body += "\t\"n" + std::to_string(k) + "\"\t[label=\"" + (k % 3 == 0 ? "long\\\ntext" : "short") + "\"];\n";
    for (const std::size_t largest_piece : {1U, 13U, 4096U, 1000000U}) {
        CAPTURE(largest_piece);
        CHECK(through_pieces(body, largest_piece) == as_subgraph(body));
    }
    // A string broken at every line, shifted so that one gathering ends between a
    // backslash and its line break.
    for (const std::size_t shift : {0U, 1U, 2U}) {
        std::string broken = "\t\"n\"\t[label=\"" + std::string(shift, 's');
        for (int k = 0; k < 30000; ++k) broken += "a\\\n";
        broken += "end\"];\n";
        CAPTURE(shift);
        CHECK(through_pieces(broken, 1) == as_subgraph(broken));
    }
}

TEST_CASE("a channel writes nothing after a head cgraph did not write, and says so") {
    std::ostringstream out;
    dot_channel channel(out, "digraph d1 {\n", "\tsubgraph d1 {\n", true);
    CHECK(channel.put("digraph "));
    CHECK_FALSE(channel.put("\"d 1\" {\n"));
    CHECK_FALSE(channel.put("\tnode;\n"));
    CHECK_FALSE(channel.finish());
    CHECK(out.str().empty());

    std::ostringstream short_out;
    dot_channel cut_short(short_out, "digraph d1 {\n", "", false);
    CHECK(cut_short.put("digraph d1"));
    CHECK_FALSE(cut_short.finish());  // agwrite stopped inside the head
}

TEST_CASE("DOT written a document at a time is byte for byte what cgraph writes for the whole graph") {
    const auto r = linked_corpus();
    REQUIRE(r.c.documents.size() == 22);
    const std::string written = dot_text(r.c, r.a);
    CHECK(written == whole_graph_text(r.c, r.a));
    // Sources and edges between documents are there to be written at the top.
    CHECK(written.find("class=source") != std::string::npos);
    CHECK(written.find("class=\"derived-from\"") != std::string::npos);
    CHECK(written.find("class=\"same-as\"") != std::string::npos);

    SUBCASE("and so is a view that keeps part of some documents and none of others") {
        graph_view stale;
        stale.only_stale = true;
        const vertex_filter keep = select_vertices(r.c, r.a, stale);
        REQUIRE(kept_count(r.c, keep) > 0);
        REQUIRE(kept_count(r.c, keep) < boost::num_vertices(r.c.graph()) / 2);
        CHECK(dot_text(r.c, r.a, keep) == whole_graph_text(r.c, r.a, keep));
    }
    SUBCASE("and so is a document with claims outside every section, beside ones inside") {
        // As a reader of a format without headings may leave them: the claims of the third
        // section in none, so they sit in the document itself, between edges, and claims
        // citing nothing in the clusters are the end of no edge.
        document mali = testing::mali_document();
        claim_list claims;
        std::size_t outside = 0;
        for (const claim& cl : mali.claims) {
            const bool moved = cl.section == 2;
            outside += moved;
            claims.push_back(cl.text, std::span<const int>(cl.cites.begin(), cl.cites.size()), cl.where,
                             moved ? static_cast<std::uint32_t>(mali.sections.size()) : cl.section, cl.in_table);
        }
        REQUIRE(outside > 0);
        mali.claims = std::move(claims);
        const auto moved = testing::analyse({mali});
        const std::string text = dot_text(moved.c, moved.a);
        CHECK(text == whole_graph_text(moved.c, moved.a));
        // A claim declared at the document's level, two tabs in, with its attributes.
        std::size_t at_document_level = 0;
        for (std::size_t at = text.find("\n\t\t\"d1:c"); at != std::string::npos; at = text.find("\n\t\t\"d1:c", at + 1))
            at_document_level += text.compare(text.find('"', at + 4) + 1, 14, "\t[class=claim,") == 0;
        CHECK(at_document_level > 0);
    }
    SUBCASE("and a view that keeps nothing is the declarations alone") {
        const vertex_filter none(boost::num_vertices(r.c.graph()), false);
        const std::string empty = dot_text(r.c, r.a, none);
        CHECK(empty == whole_graph_text(r.c, r.a, none));
        CHECK(empty.starts_with("digraph citegraph {\n\tgraph [fontname=Helvetica,"));
        CHECK(empty.ends_with("\tedge [color=\"#333333\",\n\t\tstyle=solid\n\t];\n}\n"));
    }
}

TEST_CASE("the top of the DOT written in parts is byte for byte the top of the whole graph") {
    // A part of 1, 2 or 7 edges: sources named by references of many parts, declared in the
    // first, a vertex whose edges outrun the part, the legend in the last.
    const auto r = linked_corpus();
    const std::string whole = whole_graph_text(r.c, r.a);
    graph_view stale;
    stale.only_stale = true;
    const vertex_filter keep = select_vertices(r.c, r.a, stale);
    const std::string whole_stale = whole_graph_text(r.c, r.a, keep);
    std::size_t top_edges = 0;
    for (auto e : boost::make_iterator_range(boost::edges(r.c.graph())))
        if (r.c.graph()[e].kind == edge_kind::same_as || r.c.graph()[e].kind == edge_kind::derived_from) ++top_edges;
    REQUIRE(top_edges > 20);  // parts enough
    for (const std::size_t per_part : {std::size_t{1}, std::size_t{2}, std::size_t{7}, top_edges}) {
        CAPTURE(per_part);
        std::ostringstream parts;
        exports_detail::write_dot_graph(parts, r.c, r.a, {}, per_part);
        CHECK(parts.str() == whole);
        std::ostringstream stale_parts;
        exports_detail::write_dot_graph(stale_parts, r.c, r.a, keep, per_part);
        CHECK(stale_parts.str() == whole_stale);
    }
}

TEST_CASE("DOT written by several processes is byte for byte what one process writes") {
    // Documents dealt round 2, 3 and 22 processes (one each, and the caller left the top):
    // the legend gathers what every process saw.
    const auto r = linked_corpus();
    REQUIRE(r.c.documents.size() == 22);
    const std::string whole = whole_graph_text(r.c, r.a);
    graph_view stale;
    stale.only_stale = true;
    const vertex_filter keep = select_vertices(r.c, r.a, stale);
    const std::string whole_stale = whole_graph_text(r.c, r.a, keep);
    REQUIRE(whole.find("claim: every source current") != std::string::npos);
    for (const unsigned processes : {1u, 2u, 3u, 22u}) {
        CAPTURE(processes);
        std::ostringstream all;
        write_dot(all, r.c, r.a, {}, processes);
        CHECK(all.str() == whole);
        std::ostringstream stale_only;
        write_dot(stale_only, r.c, r.a, keep, processes);
        CHECK(stale_only.str() == whole_stale);
    }
}

TEST_CASE("DOT states each default once, in the declarations, and Graphviz reads it back on every node") {
    const auto& r = testing::mali();
    const std::string text = dot_text(r.c, r.a);
    // Claims and the document are boxes filled pale or by verdict: the shape and style are
    // the declared defaults, written once.
    std::size_t boxes = 0, filled = 0;
    for (std::size_t at = text.find("shape=box"); at != std::string::npos; at = text.find("shape=box", at + 1)) ++boxes;
    for (std::size_t at = text.find("style=filled"); at != std::string::npos; at = text.find("style=filled", at + 1))
        ++filled;
    CHECK(boxes == 1);
    CHECK(filled == 1);
    const exports_detail::cgraph_ptr g(agmemread(text.c_str()));
    REQUIRE(g != nullptr);
    std::size_t claims = 0;
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
        if (std::string(agget(n, chars("class"))) != "claim") continue;
        ++claims;
        CHECK(std::string(agget(n, chars("shape"))) == "box");
        CHECK(std::string(agget(n, chars("style"))) == "filled");
        CHECK(std::string(agget(n, chars("fontname"))) == "Helvetica");
    }
    CHECK(claims == r.c.documents.front().claims.size());
}

}  // TEST_SUITE("dot")
