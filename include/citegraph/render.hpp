// Pictures of the graph: laid out and rendered in process by Graphviz's gvc library.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"
#include "citegraph/views.hpp"

namespace citegraph {

enum class render_format { svg, png, pdf };

// "svg", "png", "pdf".
std::string_view to_string(render_format format);

struct render_options {
    render_format format = render_format::svg;
    std::string layout;  // a Graphviz layout engine (layout_engines()); "" chooses by size
};

// Up to this many nodes (the legend counts) the layout is "dot", which draws claims and
// their sources in ranks; past it "sfdp", which scales to thousands of nodes.
constexpr std::size_t dot_layout_limit = 400;

// A graph with more nodes than this is refused: no engine draws it readably, and dot
// would take minutes on it.
constexpr std::size_t render_node_limit = 2000;

// The most nodes an engine lays out in a few seconds here: circo's time grows with about the
// cube of the nodes and faster still where claims cite several sources (sparse: 200 nodes
// 2 s, 400 nodes 20 s; three sources a claim: 80 nodes 3 s, 150 nodes 31 s), fdp's with the
// square (800: 5 s; 2000: 36 s); dot, sfdp, neato and twopi draw render_node_limit nodes in
// a few seconds.
std::size_t layout_node_limit(std::string_view engine);

// The engine render_graph uses for a graph of `nodes` nodes when none is asked for.
std::string_view choose_layout(std::size_t nodes);

// The layout engines --layout accepts: "dot", "sfdp", "neato", "fdp", "twopi", "circo".
const std::vector<std::string>& layout_engines();

// Thrown for a graph of more nodes than its layout engine draws (layout_node_limit); the
// message says how many, the engine's limit, and which engines draw more.
class graph_too_large : public view_error {
public:
    graph_too_large(std::size_t nodes, std::size_t limit, std::string_view engine = {});
    std::size_t nodes = 0;
};

// The picture of the kept vertices (every vertex for an empty filter; make one with
// select_vertices) in the visual language of write_dot, legend included, as the bytes of an
// SVG, PNG or PDF file. An empty graph gives an empty picture. Throws graph_too_large past
// layout_node_limit nodes for the engine, std::invalid_argument for an unknown layout engine or an
// assessment not parallel to the corpus, std::runtime_error if Graphviz fails (its message).
std::string render_graph(const corpus& c, const corpus_assessment& a, const vertex_filter& keep,
                         const render_options& options);

}  // namespace citegraph
