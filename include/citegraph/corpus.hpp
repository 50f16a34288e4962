// A corpus: documents read together, the works their references share, and the graph of
// documents, sections, claims, references and shared sources over them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "citegraph/model.hpp"
#include "citegraph/provenance.hpp"

namespace citegraph {

// The graph itself (Boost.Graph), defined inside the library: its users go through the
// corpus, the analyses and the writers, so no Boost type reaches them.
class citation_graph;

// A vertex of the graph, by index. 32 bits, which the graph's rows and edges are counted
// in too: half the room of a std::size_t in every edge, and billions of vertices.
using vertex = std::uint32_t;

// A vertex's id as corpus::vertex_id spells it, in a buffer of its own rather than a string:
// writers name every vertex and both ends of every edge, and appending each id's pieces to a
// string was a tenth of a GraphML export's writing.
class vertex_id_text {
public:
    std::string_view view() const { return {chars_.data(), size_}; }

private:
    friend struct corpus;
    std::array<char, 32> chars_{};  // "d4294967296:r-2147483648" at the longest
    std::size_t size_ = 0;
};

// The documents and the graph over them. Vertices of a document come in the order
// document, its sections, its claims, its references, so lookups below are O(1); the
// source vertices come after every document's.
struct corpus {
    std::vector<document> documents;
    provenance links;  // sources and reference -> document links across the documents

    corpus();
    corpus(corpus&&) noexcept;
    corpus& operator=(corpus&&) noexcept;
    ~corpus();

    // The vertex of a document / its section, claim or reference at an index.
    vertex document_vertex(std::size_t doc) const { return first_vertex_[doc]; }
    vertex section_vertex(std::size_t doc, std::size_t i) const;
    vertex claim_vertex(std::size_t doc, std::size_t i) const;
    vertex reference_vertex(std::size_t doc, std::size_t i) const;
    // The vertex of links.sources[i]; nullopt for a source no two documents share (not drawn).
    std::optional<vertex> source_vertex(std::size_t i) const;

    // A vertex's id, stable and unique: "d1" for a document, "d1:s2" for its section at index
    // 2, "d1:c17" for its 17th claim, "d1:r25" for its reference numbered 25, "s3" for a
    // source (its provenance id). Made when asked: held per vertex, the ids were a third of
    // the graph's memory.
    std::string vertex_id(vertex v) const;
    // The same id, without a string.
    vertex_id_text vertex_id_text_of(vertex v) const;

    // The source (index into links.sources) a reference shares with references of other
    // documents, the one the graph draws; nullopt if no other document names its work.
    std::optional<std::size_t> shared_source(std::size_t doc, std::size_t ref) const;

    // Index of the reference numbered n in a document; nullopt if the list lacks it.
    std::optional<std::size_t> reference_index(std::size_t doc, int number) const;

    // The graph, for the analyses and writers inside the library (graph/citation_graph.hpp).
    const citation_graph& graph() const { return *graph_; }

    friend corpus build_corpus(std::vector<document> documents, const link_options& options);

private:
    std::unique_ptr<citation_graph> graph_;
    std::vector<vertex> first_vertex_;
    std::vector<std::optional<vertex>> source_vertex_;  // per source: its vertex, if drawn
    std::vector<std::vector<std::pair<int, std::size_t>>> reference_by_number_;  // per document: (number, index), by number
};

// Builds the graph: document -contains-> section -contains-> claim -cites-> reference,
// document -contains-> reference. A citation of a number the list lacks gets no edge.
// Across documents (link_sources): a source vertex for each work that references of two
// or more documents name, reference -same-as-> source, and reference -derived-from-> the
// corpus document it names. A single document gets no source vertex and no link edge.
corpus build_corpus(std::vector<document> documents, const link_options& options = {});

}  // namespace citegraph
