#include "citation_graph.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "text/parallel_indices.hpp"

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

// A source is drawn when references of two or more documents name it: repeats inside one
// document are that document's affair, and a single document's graph stays as it was.
bool spans_documents(const source& s) {
    for (const reference_place& place : s.references)
        if (place.document != s.references.front().document) return true;
    return false;
}

// The claim's cited numbers, each once, ascending: the order its cites edges are added in.
std::vector<int> distinct_cites(const claim& cl) {
    std::vector<int> cites(cl.cites.begin(), cl.cites.end());
    std::sort(cites.begin(), cites.end());
    cites.erase(std::unique(cites.begin(), cites.end()), cites.end());
    return cites;
}

// Edges sorted by source vertex, each vertex's out-edges in the order they keep: compressed
// rows then take the list as it is, with no sort of their own.
struct edge_list {
    std::vector<std::pair<vertex, vertex>> ends;
    std::vector<graph_edge> kinds;

    void add(vertex from, vertex to, edge_kind kind) {
        ends.emplace_back(from, to);
        kinds.push_back(graph_edge{kind});
    }

};

// The edges leaving one document's vertices, source by source: the document -contains-> its
// sections, the claims outside any section and its references; each section -contains-> its
// claims; each claim -cites-> the references it cites; each reference -same-as-> the source
// drawn for it and -derived-from-> the corpus document it names. Only a reference's edges
// leave the document, and no edge leaves a source.
edge_list document_edges(const corpus& c, std::size_t doc) {
    const document& d = c.documents[doc];
    const auto in_section = [&](const claim& cl) { return cl.section < d.sections.size(); };
    // The claims of each section, in claim order (a counting sort by section).
    std::vector<std::size_t> section_start(d.sections.size() + 1, 0);
    for (const claim& cl : d.claims)
        if (in_section(cl)) ++section_start[cl.section + 1];
    for (std::size_t k = 1; k < section_start.size(); ++k) section_start[k] += section_start[k - 1];
    std::vector<std::size_t> by_section(section_start.back());
    {
        std::vector<std::size_t> next(section_start.begin(), section_start.end() - 1);
        for (std::size_t i = 0; i < d.claims.size(); ++i)
            if (in_section(d.claims[i])) by_section[next[d.claims[i].section]++] = i;
    }

    edge_list edges;
    const vertex document_node = c.document_vertex(doc);
    for (std::size_t i = 0; i < d.sections.size(); ++i)
        edges.add(document_node, c.section_vertex(doc, i), edge_kind::contains);
    for (std::size_t i = 0; i < d.claims.size(); ++i)
        if (!in_section(d.claims[i])) edges.add(document_node, c.claim_vertex(doc, i), edge_kind::contains);
    for (std::size_t i = 0; i < d.references.size(); ++i)
        edges.add(document_node, c.reference_vertex(doc, i), edge_kind::contains);
    for (std::size_t section = 0; section < d.sections.size(); ++section)
        for (std::size_t k = section_start[section]; k < section_start[section + 1]; ++k)
            edges.add(c.section_vertex(doc, section), c.claim_vertex(doc, by_section[k]), edge_kind::contains);
    for (std::size_t i = 0; i < d.claims.size(); ++i)
        for (int number : distinct_cites(d.claims[i]))
            if (const auto ref = c.reference_index(doc, number))  // none if dangling: the analysis reports it
                edges.add(c.claim_vertex(doc, i), c.reference_vertex(doc, *ref), edge_kind::cites);
    const provenance& links = c.links;
    for (std::size_t i = 0; i < d.references.size(); ++i) {
        if (doc < links.source_of.size() && i < links.source_of[doc].size())
            if (const auto drawn = c.source_vertex(links.source_of[doc][i]))
                edges.add(c.reference_vertex(doc, i), *drawn, edge_kind::same_as);
        if (doc < links.names_document.size() && i < links.names_document[doc].size())
            if (const auto named = links.names_document[doc][i])
                edges.add(c.reference_vertex(doc, i), c.document_vertex(*named), edge_kind::derived_from);
    }
    return edges;
}

// The compressed rows of `vertices` vertices, filled on every core: each document its own
// vertices' row starts and its own run of the edge arrays, as Boost's constructor from
// sorted edges fills them. That constructor copies the edges one by one on one core, after
// the documents' lists were joined: together 40 ms on 500 reports, with the other cores idle.
// The arrays are Boost's public members m_rowstart, m_column and m_edge_properties.
// documents_end: the first vertex past the documents' own.
std::unique_ptr<citation_graph> make_rows(const corpus& c, vertex documents_end, vertex vertices) {
    std::vector<edge_list> per_document(c.documents.size());
    text::for_each_index_in_parallel(c.documents.size(),
                                     [&](std::size_t doc) { per_document[doc] = document_edges(c, doc); });
    std::vector<std::size_t> first_edge(c.documents.size() + 1, 0);  // each document's run
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        first_edge[doc + 1] = first_edge[doc] + per_document[doc].ends.size();
    const std::size_t edges = first_edge.back();

    auto g = std::make_unique<citation_graph>(vertices);
    auto& rows = g->m_forward;
    rows.m_column.resize(edges);
    rows.m_edge_properties.resize(edges);
    // The vertices past the documents' (the sources) have no out-edges: their rows start
    // at the end, as does the one past the last vertex.
    std::fill(rows.m_rowstart.begin() + documents_end, rows.m_rowstart.end(), static_cast<vertex>(edges));
    text::for_each_index_in_parallel(c.documents.size(), [&](std::size_t doc) {
        const edge_list& list = per_document[doc];
        const vertex first = c.document_vertex(doc);
        const vertex end = doc + 1 < c.documents.size() ? c.document_vertex(doc + 1) : documents_end;
        std::size_t k = 0;  // the document's next edge
        for (vertex v = first; v < end; ++v) {
            rows.m_rowstart[v] = static_cast<vertex>(first_edge[doc] + k);
            for (; k < list.ends.size() && list.ends[k].first == v; ++k) {
                rows.m_column[first_edge[doc] + k] = list.ends[k].second;
                rows.m_edge_properties[first_edge[doc] + k] = list.kinds[k];
            }
        }
    });
    return g;
}

// Each vertex's kind and place; the documents' vertices on every core, each document
// writing only its own.
void place_vertices(const corpus& c, citation_graph& g) {
    // A node's indices fit its 32 bits: there are fewer of them than vertices.
    const auto node = [](node_kind kind, std::size_t doc, std::size_t item) {
        return graph_node{kind, static_cast<std::uint32_t>(doc), static_cast<std::uint32_t>(item)};
    };
    text::for_each_index_in_parallel(c.documents.size(), [&](std::size_t doc) {
        const document& d = c.documents[doc];
        g[c.document_vertex(doc)] = node(node_kind::document, doc, 0);
        for (std::size_t i = 0; i < d.sections.size(); ++i) g[c.section_vertex(doc, i)] = node(node_kind::section, doc, i);
        for (std::size_t i = 0; i < d.claims.size(); ++i) g[c.claim_vertex(doc, i)] = node(node_kind::claim, doc, i);
        for (std::size_t i = 0; i < d.references.size(); ++i)
            g[c.reference_vertex(doc, i)] = node(node_kind::reference, doc, i);
    });
    for (std::size_t i = 0; i < c.links.sources.size(); ++i)
        if (const auto drawn = c.source_vertex(i))
            g[*drawn] = node(node_kind::source, c.links.sources[i].references.front().document, i);
}

}  // namespace

std::string corpus::vertex_id(vertex v) const { return std::string(vertex_id_text_of(v).view()); }

vertex_id_text corpus::vertex_id_text_of(vertex v) const {
    const graph_node& node = (*graph_)[v];
    vertex_id_text id;
    char* const first = id.chars_.data();
    char* const last = first + id.chars_.size();
    char* at = first;
    // Each piece fits: the longest id is 24 characters (corpus.hpp).
    const auto put = [&](std::string_view piece) { at = std::copy(piece.begin(), piece.end(), at); };
    const auto number = [&](long n) { at = std::to_chars(at, last, n).ptr; };
    if (node.kind == node_kind::source) {
        put("s");
        number(static_cast<long>(links.sources[node.item].number));
    } else {
        put("d");
        number(static_cast<long>(node.document) + 1);
        switch (node.kind) {
            case node_kind::section:
                put(":s");
                number(static_cast<long>(node.item));
                break;
            case node_kind::claim:
                put(":c");
                number(static_cast<long>(node.item) + 1);
                break;
            case node_kind::reference:
                put(":r");
                number(documents[node.document].references[node.item].number);
                break;
            default: break;
        }
    }
    id.size_ = static_cast<std::size_t>(at - first);
    return id;
}

corpus build_corpus(std::vector<document> documents, const link_options& options) {
    corpus c;
    c.documents = std::move(documents);
    c.links = link_sources(c.documents, options);
    // Vertices in the order the lookups assume: each document, its sections, claims and
    // references; then the sources drawn.
    vertex next = 0;
    c.first_vertex_.reserve(c.documents.size());
    c.reference_by_number_.reserve(c.documents.size());
    for (const document& d : c.documents) {
        c.first_vertex_.push_back(next);
        c.reference_by_number_.push_back(index_by_number(d));
        next += 1 + d.sections.size() + d.claims.size() + d.references.size();
    }
    const vertex documents_end = next;
    c.source_vertex_.resize(c.links.sources.size());
    for (std::size_t i = 0; i < c.links.sources.size(); ++i)
        if (spans_documents(c.links.sources[i])) c.source_vertex_[i] = next++;

    c.graph_ = make_rows(c, documents_end, next);
    place_vertices(c, *c.graph_);
    return c;
}

}  // namespace citegraph
