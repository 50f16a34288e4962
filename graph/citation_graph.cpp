#include "citation_graph.hpp"

#include <algorithm>

namespace citegraph {

std::string_view to_string(node_kind kind) {
    switch (kind) {
        case node_kind::document: return "document";
        case node_kind::section: return "section";
        case node_kind::claim: return "claim";
        case node_kind::reference: return "reference";
    }
    return "document";
}

std::string_view to_string(edge_kind kind) {
    return kind == edge_kind::cites ? "cites" : "contains";
}

vertex corpus::section_vertex(std::size_t doc, std::size_t i) const {
    return first_vertex_[doc] + 1 + i;
}

vertex corpus::claim_vertex(std::size_t doc, std::size_t i) const {
    return section_vertex(doc, documents[doc].sections.size()) + i;
}

vertex corpus::reference_vertex(std::size_t doc, std::size_t i) const {
    return claim_vertex(doc, documents[doc].claims.size()) + i;
}

long corpus::reference_index(std::size_t doc, int number) const {
    const auto& by_number = reference_by_number_[doc];
    auto found = by_number.find(number);
    return found == by_number.end() ? -1 : found->second;
}

namespace {

vertex add_node(citation_graph& g, node_kind kind, std::size_t doc, std::size_t item,
                std::string id) {
    return boost::add_vertex(graph_node{kind, doc, item, std::move(id)}, g);
}

// number -> index of the first reference with that number (a hash map, so an absurd
// number in a malformed list costs nothing).
std::unordered_map<int, long> index_by_number(const document& d) {
    std::unordered_map<int, long> by_number;
    for (std::size_t i = 0; i < d.references.size(); ++i)
        by_number.emplace(d.references[i].number, static_cast<long>(i));
    return by_number;
}

}  // namespace

corpus build_corpus(std::vector<document> documents) {
    corpus c;
    c.documents = std::move(documents);
    auto& g = c.graph;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        const std::string prefix = "d" + std::to_string(doc + 1);
        c.reference_by_number_.push_back(index_by_number(d));

        vertex document_node = add_node(g, node_kind::document, doc, 0, prefix);
        c.first_vertex_.push_back(document_node);
        for (std::size_t i = 0; i < d.sections.size(); ++i) {
            vertex s = add_node(g, node_kind::section, doc, i, prefix + ":s" + std::to_string(i));
            boost::add_edge(document_node, s, graph_edge{edge_kind::contains}, g);
        }
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            vertex v = add_node(g, node_kind::claim, doc, i, prefix + ":c" + std::to_string(i + 1));
            const std::size_t section = d.claims[i].section;
            vertex parent = section < d.sections.size() ? c.section_vertex(doc, section)
                                                        : document_node;
            boost::add_edge(parent, v, graph_edge{edge_kind::contains}, g);
        }
        for (std::size_t i = 0; i < d.references.size(); ++i) {
            vertex r = add_node(g, node_kind::reference, doc, i,
                                prefix + ":r" + std::to_string(d.references[i].number));
            boost::add_edge(document_node, r, graph_edge{edge_kind::contains}, g);
        }
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            auto cites = d.claims[i].cites;
            std::sort(cites.begin(), cites.end());
            cites.erase(std::unique(cites.begin(), cites.end()), cites.end());
            for (int number : cites) {
                long ref = c.reference_index(doc, number);
                if (ref < 0) continue;  // dangling: the analysis reports it
                boost::add_edge(c.claim_vertex(doc, i),
                                c.reference_vertex(doc, static_cast<std::size_t>(ref)),
                                graph_edge{edge_kind::cites}, g);
            }
        }
    }
    return c;
}

}  // namespace citegraph
