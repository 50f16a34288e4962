#include "document_graph.hpp"

#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <boost/graph/strong_components.hpp>

namespace citegraph {

namespace {

using plain_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

plain_graph to_graph(const document_links& links) {
    plain_graph g(links.cites.size());
    for (std::size_t doc = 0; doc < links.cites.size(); ++doc)
        for (std::size_t cited : links.cites[doc]) boost::add_edge(doc, cited, g);
    return g;
}

// Each document's strong component, and each component's documents, ascending.
struct strong_parts {
    std::vector<std::size_t> component;
    std::vector<std::vector<std::size_t>> members;
};

strong_parts strong_parts_of(const document_links& links) {
    const std::size_t n = links.cites.size();
    strong_parts parts;
    parts.component.resize(n);
    const plain_graph g = to_graph(links);
    const std::size_t count =
        n == 0 ? 0
               : boost::strong_components(g, boost::make_iterator_property_map(parts.component.begin(),
                                                                                boost::get(boost::vertex_index, g)));
    parts.members.resize(count);
    for (std::size_t doc = 0; doc < n; ++doc) parts.members[parts.component[doc]].push_back(doc);
    return parts;
}

// Thrown by the visitor to end the search once the limit is reached: hawick_circuits has no
// other way to stop.
struct cycle_limit_reached {};

struct cycle_collector {
    std::vector<std::vector<std::size_t>>* cycles;
    std::size_t limit;

    template <typename Path, typename Graph>
    void cycle(const Path& path, const Graph&) {
        if (cycles->size() == limit) throw cycle_limit_reached{};
        std::vector<std::size_t> found(path.begin(), path.end());
        // Hawick and James start each circuit at its smallest vertex; rotate in case.
        std::rotate(found.begin(), std::min_element(found.begin(), found.end()), found.end());
        cycles->push_back(std::move(found));
    }
};

}  // namespace

std::optional<std::size_t> named_document(const corpus& c, std::size_t doc, std::size_t ref) {
    const auto& names = c.links.names_document;
    if (doc >= names.size() || ref >= names[doc].size()) return std::nullopt;
    const auto named = names[doc][ref];
    return named && *named < c.documents.size() ? named : std::nullopt;
}

std::vector<std::size_t> references_cited(const corpus& c, std::size_t doc, std::size_t first_claim,
                                          std::size_t end_claim) {
    // Read off the graph's cites edges, not looked up number by number.
    std::vector<std::size_t> refs;
    for (std::size_t i = first_claim; i < end_claim; ++i)
        for_each_cited_reference(c, doc, i, [&](std::size_t ref) { refs.push_back(ref); });
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    return refs;
}

document_links link_documents(const corpus& c, bool cited_only) {
    document_links links;
    links.cites.resize(c.documents.size());
    links.named_by.resize(c.documents.size());
    std::vector<bool> cited;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        cited.assign(c.documents[doc].references.size(), !cited_only);
        if (cited_only)
            for (std::size_t ref : references_cited(c, doc, 0, c.documents[doc].claims.size())) cited[ref] = true;
        for (std::size_t ref = 0; ref < c.documents[doc].references.size(); ++ref) {
            const auto named = named_document(c, doc, ref);
            if (!named || !cited[ref]) continue;
            links.cites[doc].push_back(*named);
            links.named_by[*named].push_back({doc, ref});
        }
        auto& cited = links.cites[doc];
        std::sort(cited.begin(), cited.end());
        cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
    }
    return links;
}

std::vector<std::vector<std::size_t>> citation_order(const document_links& links) {
    const std::size_t n = links.cites.size();
    strong_parts parts = strong_parts_of(links);
    const std::vector<std::size_t>& component = parts.component;
    std::vector<std::vector<std::size_t>>& members = parts.members;
    const std::size_t count = members.size();
    // Kahn's algorithm on the condensation, edges reversed: a component is ready once every
    // component it cites has been placed.
    std::vector<std::vector<std::size_t>> cited_by(count);
    std::vector<std::size_t> waiting_on(count, 0);
    for (std::size_t doc = 0; doc < n; ++doc)
        for (std::size_t cited : links.cites[doc])
            if (component[cited] != component[doc]) {
                cited_by[component[cited]].push_back(component[doc]);
                ++waiting_on[component[doc]];
            }
    std::vector<std::size_t> ready;
    for (std::size_t k = count; k-- > 0;)
        if (waiting_on[k] == 0) ready.push_back(k);
    std::vector<std::vector<std::size_t>> order;
    order.reserve(count);
    while (!ready.empty()) {
        const std::size_t k = ready.back();
        ready.pop_back();
        order.push_back(std::move(members[k]));
        for (std::size_t citing : cited_by[k])
            if (--waiting_on[citing] == 0) ready.push_back(citing);
    }
    return order;
}

// The part of the document graph inside one strong component, its documents numbered by
// their place in `members` (ascending, so a smaller local number is a smaller document).
plain_graph component_graph(const document_links& links, const std::vector<std::size_t>& members,
                            const std::vector<std::size_t>& component) {
    plain_graph g(members.size());
    for (std::size_t local = 0; local < members.size(); ++local)
        for (std::size_t cited : links.cites[members[local]])
            if (component[cited] == component[members[local]])
                boost::add_edge(local, static_cast<std::size_t>(std::lower_bound(members.begin(), members.end(), cited) -
                                                                members.begin()),
                                g);
    return g;
}

document_cycles find_cycles(const document_links& links, std::size_t limit) {
    // Only a strong component of two or more documents holds a cycle (a document never names
    // itself), so the search runs inside each such component: on a long acyclic chain it
    // does nothing, where a search over the whole graph took time quadratic in its length.
    const strong_parts parts = strong_parts_of(links);
    document_cycles result;
    for (const std::vector<std::size_t>& docs : parts.members) {
        if (docs.size() < 2) continue;
        std::vector<std::vector<std::size_t>> local;
        try {
            boost::hawick_unique_circuits(component_graph(links, docs, parts.component),
                                          cycle_collector{&local, limit - result.cycles.size()});
        } catch (const cycle_limit_reached&) {
            result.truncated = true;
        }
        for (auto& cycle : local) {
            for (std::size_t& doc : cycle) doc = docs[doc];
            result.cycles.push_back(std::move(cycle));
        }
        if (result.truncated) break;
    }
    std::sort(result.cycles.begin(), result.cycles.end());
    return result;
}

}  // namespace citegraph
