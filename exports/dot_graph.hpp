// The styled cgraph graph that both the DOT writer and the renderer start from: one
// visual language for every picture of the graph.
#pragma once

#include <memory>

#include <graphviz/cgraph.h>

#include "citegraph/analysis.hpp"
#include "graph/citation_graph.hpp"
#include "citegraph/views.hpp"

namespace citegraph::exports_detail {

struct cgraph_closer {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using cgraph_ptr = std::unique_ptr<Agraph_t, cgraph_closer>;

// The graph of the kept vertices (every vertex for an empty filter) and the edges between
// them: shape by node kind, Okabe–Ito colour by verdict, sections as clusters, tooltips
// with each node's full text, date and reasons, http(s) links on references, sources shared
// across documents as ellipses with dashed same-as and bold derived-from arrows, and a
// "legend" node listing the colours and shapes the graph uses (none for an empty graph).
// agwrite on it writes to the std::ostream passed as its channel. Labels and tooltips are
// dot escStrings. Throws std::invalid_argument if the assessment is not parallel to the corpus.
cgraph_ptr make_dot_graph(const corpus& c, const corpus_assessment& a, const vertex_filter& keep);

}  // namespace citegraph::exports_detail
