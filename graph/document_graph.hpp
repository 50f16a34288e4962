// The documents of a corpus as a graph of their own: document a cites document b when a
// reference of a names b (provenance::names_document). Staleness travels along it, cycles
// of sourcing are found on it.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "citation_graph.hpp"

namespace citegraph {

struct document_links {
    std::vector<std::vector<std::size_t>> cites;         // per document: the documents it names, ascending, each once
    std::vector<std::vector<reference_place>> named_by;  // per document: the references naming it, in corpus order
};

// The corpus document a reference names; nullopt if none, or if the corpus' links are not filled.
std::optional<std::size_t> named_document(const corpus& c, std::size_t doc, std::size_t ref);

// The references that claims first_claim..end_claim of a document cite and its list holds,
// each once, ascending; empty for an empty range.
std::vector<std::size_t> references_cited(const corpus& c, std::size_t doc, std::size_t first_claim,
                                          std::size_t end_claim);

// Reads the document links out of c.links; no edges when the links are not filled. With
// cited_only, only references some claim cites link (the chains claims rest on).
document_links link_documents(const corpus& c, bool cited_only = false);

// The strong components of the document graph (documents citing each other in a circle
// form one), each ascending, in topological order with cited documents first: every
// component comes after the components its documents cite. Empty for no documents.
std::vector<std::vector<std::size_t>> citation_order(const document_links& links);

struct document_cycles {
    std::vector<std::vector<std::size_t>> cycles;  // document indices in citation order, smallest first; sorted
    bool truncated = false;                        // stopped at the limit with more to find
};

// Every elementary cycle of the document graph (Hawick and James), at most `limit` of
// them; none for an acyclic graph.
document_cycles find_cycles(const document_links& links, std::size_t limit);

}  // namespace citegraph
