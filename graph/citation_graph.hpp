// The claim/reference graph of one or more documents (Boost.Graph, bundled properties).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "citegraph/model.hpp"
#include "provenance.hpp"

namespace citegraph {

// source: one work that references in two or more documents name (provenance::sources).
enum class node_kind { document, section, claim, reference, source };
// same_as: reference -> the source it names with references of other documents;
// derived_from: reference -> the corpus document it names.
enum class edge_kind { contains, cites, same_as, derived_from };

// "document", "section", "claim", "reference", "source" / "contains", "cites", "same-as",
// "derived-from".
std::string_view to_string(node_kind kind);
std::string_view to_string(edge_kind kind);

struct graph_node {
    node_kind kind = node_kind::document;
    std::size_t document = 0;  // index into the corpus' documents; for a source, its first reference's
    std::size_t item = 0;      // index into that document's sections/claims/references; 0 for a
                               // document; for a source, its index into provenance::sources
    std::string id;            // stable and unique: "d1", "d1:s2", "d1:c17", "d1:r25", "s3"
};

struct graph_edge {
    edge_kind kind = edge_kind::contains;
};

// vecS vertices so vertex_index exists for the writers and the algorithms.
using citation_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                             graph_node, graph_edge>;
using vertex = citation_graph::vertex_descriptor;

// The documents and the graph over them. Vertices of a document come in the order
// document, its sections, its claims, its references, so lookups below are O(1); the
// source vertices come after every document's.
struct corpus {
    std::vector<document> documents;
    citation_graph graph;
    provenance links;  // sources and reference -> document links across the documents

    // The vertex of a document / its section, claim or reference at an index.
    vertex document_vertex(std::size_t doc) const { return first_vertex_[doc]; }
    vertex section_vertex(std::size_t doc, std::size_t i) const;
    vertex claim_vertex(std::size_t doc, std::size_t i) const;
    vertex reference_vertex(std::size_t doc, std::size_t i) const;
    // The vertex of links.sources[i]; nullopt for a source no two documents share (not drawn).
    std::optional<vertex> source_vertex(std::size_t i) const;

    // Index of the reference numbered n in a document; -1 if the list lacks it.
    long reference_index(std::size_t doc, int number) const;

    friend corpus build_corpus(std::vector<document> documents, const link_options& options);

private:
    std::vector<vertex> first_vertex_;
    std::vector<long> source_vertex_;  // per source: its vertex, or -1
    std::vector<std::unordered_map<int, long>> reference_by_number_;  // per document: number -> index
};

// Builds the graph: document -contains-> section -contains-> claim -cites-> reference,
// document -contains-> reference. A citation of a number the list lacks gets no edge.
// Across documents (link_sources): a source vertex for each work that references of two
// or more documents name, reference -same-as-> source, and reference -derived-from-> the
// corpus document it names. A single document gets no source vertex and no link edge.
corpus build_corpus(std::vector<document> documents, const link_options& options = {});

}  // namespace citegraph
