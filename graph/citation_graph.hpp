// The graph of a corpus (Boost.Graph, bundled properties): its vertices and edges.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include "citegraph/corpus.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// source: one work that references in two or more documents name (provenance::sources).
enum class node_kind : std::uint8_t { document, section, claim, reference, source };
// same_as: reference -> the source it names with references of other documents;
// derived_from: reference -> the corpus document it names. A byte each: the compressed rows
// hold one per edge, beside the edge's 4-byte target.
enum class edge_kind : std::uint8_t { contains, cites, same_as, derived_from };

// "document", "section", "claim", "reference", "source" / "contains", "cites", "same-as",
// "derived-from".
std::string_view to_string(node_kind kind);
std::string_view to_string(edge_kind kind);

// Indices in 32 bits, as vertices are (citegraph/corpus.hpp), and no id (corpus::vertex_id
// makes it from these): a vertex's properties take 12 bytes.
struct graph_node {
    node_kind kind = node_kind::document;
    std::uint32_t document = 0;  // index into the corpus' documents; for a source, its first reference's
    std::uint32_t item = 0;      // index into that document's sections/claims/references; 0 for a
                                 // document; for a source, its index into provenance::sources
};

struct graph_edge {
    edge_kind kind = edge_kind::contains;
};

// Compressed rows (Boost's compressed_sparse_row_graph): the graph is made once, whole, from
// its edge list, and never changes after. A vertex's out-edges are one run of an array, in the
// order they were listed, so an edge costs its target and its kind: no list node, no vector
// per vertex and no in-edges, which no analysis walks. boost::edges lists the edges by source
// vertex. A class rather than an alias so that citegraph/corpus.hpp can name it without Boost.
class citation_graph : public boost::compressed_sparse_row_graph<boost::directedS, graph_node, graph_edge,
                                                                  boost::no_property, vertex, vertex> {
public:
    using compressed_sparse_row_graph::compressed_sparse_row_graph;
};
static_assert(std::is_same_v<citation_graph::vertex_descriptor, vertex>);

// Calls take(i) for the index i (in its document's list) of each reference that claim
// `claim` of document `doc` cites: its cites edges, each reference once, by ascending number.
template <class Take>
void for_each_cited_reference(const corpus& c, std::size_t doc, std::size_t claim, Take&& take) {
    const citation_graph& g = c.graph();
    for (const auto e : boost::make_iterator_range(boost::out_edges(c.claim_vertex(doc, claim), g)))
        if (g[e].kind == edge_kind::cites) take(g[boost::target(e, g)].item);
}

}  // namespace citegraph
