// The styled cgraph graph that both the DOT writer and the renderer start from: one
// visual language for every picture of the graph.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>

#include <graphviz/cgraph.h>

#include "cgraph_arena.hpp"

#include "citegraph/analysis.hpp"
#include "graph/citation_graph.hpp"
#include "citegraph/views.hpp"

namespace citegraph::exports_detail {

struct cgraph_closer {
    void operator()(Agraph_t* g) const { close_graph(g); }
};
using cgraph_ptr = std::unique_ptr<Agraph_t, cgraph_closer>;

// The graph of the kept vertices (every vertex for an empty filter) and the edges between
// them: shape by node kind, Okabe–Ito colour by verdict, sections as clusters, tooltips
// with each node's full text, date and reasons, http(s) links on references, sources shared
// across documents as ellipses with dashed same-as and bold derived-from arrows, and a
// "legend" node listing the colours and shapes the graph uses (none for an empty graph).
// Each document's nodes, clusters and inner edges sit in a plain subgraph "document_d1";
// sources, the edges that join documents and the legend at the top. Labels and tooltips are
// dot escStrings. Throws std::invalid_argument if the assessment is not parallel to the corpus.
// For drawing: it holds the whole corpus at once.
cgraph_ptr make_dot_graph(const corpus& c, const corpus_assessment& a, const vertex_filter& keep);

// How many edges of the top write_dot_graph puts in one cgraph graph: at 4096, DOT of 2000
// copies of the Mali report peaks below 3 times its input.
constexpr std::size_t top_edges_per_part_by_default = 4096;

// Writes, as DOT, the graph make_dot_graph builds, one document at a time: the declarations,
// each document from a cgraph graph of its own written as its subgraph, then the top (the
// sources, the edges between documents or to a source, the legend) in parts of about
// `top_edges_per_part` edges, each from a cgraph graph of its own. No more than one such
// graph exists at once in a process, so memory and time grow with the corpus, not its
// square. The documents are made in up to `processes` processes (0: one per core): the
// caller and children fork() makes (forked_texts), each with a graph of its own at a time.
// Throws std::runtime_error if the stream fails or a child does.
void write_dot_graph(std::ostream& out, const corpus& c, const corpus_assessment& a, const vertex_filter& keep,
                     std::size_t top_edges_per_part = top_edges_per_part_by_default, unsigned processes = 0);

}  // namespace citegraph::exports_detail
