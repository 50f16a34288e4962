#include "citation_graph.hpp"

#include <algorithm>

namespace citegraph {

std::string_view to_string(node_kind kind) {
    switch (kind) {
        case node_kind::document: return "document";
        case node_kind::section: return "section";
        case node_kind::claim: return "claim";
        case node_kind::reference: return "reference";
        case node_kind::source: return "source";
    }
    return "document";
}

std::string_view to_string(edge_kind kind) {
    switch (kind) {
        case edge_kind::contains: return "contains";
        case edge_kind::cites: return "cites";
        case edge_kind::same_as: return "same-as";
        case edge_kind::derived_from: return "derived-from";
    }
    return "contains";
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

corpus::corpus() : graph_(std::make_unique<citation_graph>()) {}
corpus::corpus(corpus&&) noexcept = default;
corpus& corpus::operator=(corpus&&) noexcept = default;
corpus::~corpus() = default;

std::optional<vertex> corpus::source_vertex(std::size_t i) const {
    return i < source_vertex_.size() ? source_vertex_[i] : std::nullopt;
}

std::optional<std::size_t> corpus::shared_source(std::size_t doc, std::size_t ref) const {
    const auto& of = links.source_of;
    if (doc >= of.size() || ref >= of[doc].size() || !source_vertex(of[doc][ref])) return std::nullopt;
    return of[doc][ref];
}

std::optional<std::size_t> corpus::reference_index(std::size_t doc, int number) const {
    const auto& by_number = reference_by_number_[doc];
    const auto found = std::lower_bound(by_number.begin(), by_number.end(), number,
                                        [](const auto& entry, int n) { return entry.first < n; });
    if (found == by_number.end() || found->first != number) return std::nullopt;
    return found->second;
}

namespace {

// (number, index) of every reference, by number and then by index, so a binary search
// finds the first reference with a number; an absurd number in a malformed list costs nothing.
std::vector<std::pair<int, std::size_t>> index_by_number(const document& d) {
    std::vector<std::pair<int, std::size_t>> by_number;
    by_number.reserve(d.references.size());
    for (std::size_t i = 0; i < d.references.size(); ++i) by_number.emplace_back(d.references[i].number, i);
    std::sort(by_number.begin(), by_number.end());
    return by_number;
}

std::size_t vertex_count(const std::vector<document>& documents) {
    std::size_t count = 0;
    for (const document& d : documents)
        count += 1 + d.sections.size() + d.claims.size() + d.references.size();
    return count;
}

// A source is drawn when references of two or more documents name it: repeats inside one
// document are that document's affair, and a single document's graph stays as it was.
bool spans_documents(const source& s) {
    for (const reference_place& place : s.references)
        if (place.document != s.references.front().document) return true;
    return false;
}

// "d3:c17": the document's prefix, a letter for the kind, a number.
std::string node_id(const std::string& prefix, char kind, long number) {
    std::string id = prefix;
    id += ':';
    id += kind;
    id += std::to_string(number);
    return id;
}

// The claim's cited numbers, each once, ascending: the order its cites edges are added in.
std::vector<int> distinct_cites(const claim& cl) {
    std::vector<int> cites = cl.cites;
    std::sort(cites.begin(), cites.end());
    cites.erase(std::unique(cites.begin(), cites.end()), cites.end());
    return cites;
}

// Source vertices after every document's, and the same-as and derived-from edges; returns
// each source's vertex, nullopt for a source not drawn.
std::vector<std::optional<vertex>> add_link_edges(corpus& c, citation_graph& g, vertex next) {
    const provenance& links = c.links;
    std::vector<std::optional<vertex>> source_vertex(links.sources.size());
    for (std::size_t i = 0; i < links.sources.size(); ++i) {
        const source& s = links.sources[i];
        if (!spans_documents(s)) continue;
        g[next] = graph_node{node_kind::source, s.references.front().document, i, s.id};
        source_vertex[i] = next;
        for (const reference_place& place : s.references)
            boost::add_edge(c.reference_vertex(place.document, place.reference), next,
                            graph_edge{edge_kind::same_as}, g);
        ++next;
    }
    for (std::size_t doc = 0; doc < links.names_document.size(); ++doc)
        for (std::size_t i = 0; i < links.names_document[doc].size(); ++i)
            if (const auto named = links.names_document[doc][i])
                boost::add_edge(c.reference_vertex(doc, i), c.document_vertex(*named),
                                graph_edge{edge_kind::derived_from}, g);
    return source_vertex;
}

}  // namespace

corpus build_corpus(std::vector<document> documents, const link_options& options) {
    corpus c;
    c.documents = std::move(documents);
    c.links = link_sources(c.documents, options);
    std::size_t drawn_sources = 0;
    for (const source& s : c.links.sources) drawn_sources += spans_documents(s) ? 1 : 0;
    // Every vertex is created up front, in the order the lookups assume, so the vertex
    // list is allocated once instead of growing one vertex at a time.
    c.graph_ = std::make_unique<citation_graph>(vertex_count(c.documents) + drawn_sources);
    auto& g = *c.graph_;
    vertex next = 0;
    auto add_node = [&](node_kind kind, std::size_t doc, std::size_t item, std::string id) {
        g[next] = graph_node{kind, doc, item, std::move(id)};
        return next++;
    };
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        std::string prefix = "d";  // appended, not "d" + ...: g++ 12 warns falsely on that
        prefix += std::to_string(doc + 1);
        c.reference_by_number_.push_back(index_by_number(d));

        vertex document_node = add_node(node_kind::document, doc, 0, prefix);
        c.first_vertex_.push_back(document_node);
        for (std::size_t i = 0; i < d.sections.size(); ++i) {
            vertex s = add_node(node_kind::section, doc, i, node_id(prefix, 's', i));
            boost::add_edge(document_node, s, graph_edge{edge_kind::contains}, g);
        }
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            vertex v = add_node(node_kind::claim, doc, i, node_id(prefix, 'c', i + 1));
            const std::size_t section = d.claims[i].section;
            vertex parent = section < d.sections.size() ? c.section_vertex(doc, section)
                                                        : document_node;
            boost::add_edge(parent, v, graph_edge{edge_kind::contains}, g);
        }
        for (std::size_t i = 0; i < d.references.size(); ++i) {
            vertex r = add_node(node_kind::reference, doc, i, node_id(prefix, 'r', d.references[i].number));
            boost::add_edge(document_node, r, graph_edge{edge_kind::contains}, g);
        }
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            for (int number : distinct_cites(d.claims[i])) {
                const auto ref = c.reference_index(doc, number);
                if (!ref) continue;  // dangling: the analysis reports it
                boost::add_edge(c.claim_vertex(doc, i), c.reference_vertex(doc, *ref),
                                graph_edge{edge_kind::cites}, g);
            }
        }
    }
    c.source_vertex_ = add_link_edges(c, g, next);
    return c;
}

}  // namespace citegraph
