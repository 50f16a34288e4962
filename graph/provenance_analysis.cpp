#include "citegraph/provenance_analysis.hpp"

#include <algorithm>
#include <cstdint>

#include "citation_graph.hpp"
#include "document_graph.hpp"
#include "resting_claims.hpp"
#include "resting_walk.hpp"

namespace citegraph {

namespace {

bool links_filled(const corpus& c) {
    const auto& of = c.links.source_of;
    if (of.size() != c.documents.size()) return false;
    for (std::size_t doc = 0; doc < of.size(); ++doc)
        if (of[doc].size() != c.documents[doc].references.size()) return false;
    return true;
}

// Collects distinct source indices; a stamp per source says whether the current set holds it.
class source_set {
public:
    explicit source_set(std::size_t sources) : stamp_(sources, 0) {}
    void clear() {
        items_.clear();
        ++round_;
    }
    void add(std::size_t source) {
        if (stamp_[source] == round_) return;
        stamp_[source] = round_;
        items_.push_back(source);
    }
    const std::vector<std::size_t>& items() const { return items_; }

private:
    std::vector<std::size_t> stamp_;
    std::size_t round_ = 1;
    std::vector<std::size_t> items_;
};

}  // namespace

load_bearing_sources find_load_bearing(const corpus& c, std::size_t ranked) {
    load_bearing_sources result;
    if (!links_filled(c)) return result;
    const auto& source_of = c.links.source_of;
    // The sources with direct claims, each with their count. The counts per source and the
    // set are gone before the walk's index is made: this runs beside the writers, at the
    // run's peak of memory.
    std::vector<source_load> pool;
    {
        std::vector<std::uint32_t> direct(c.links.sources.size(), 0);  // fewer claims than vertices
        source_set set(c.links.sources.size());
        for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
            for (std::size_t i = 0; i < c.documents[doc].claims.size(); ++i) {
                set.clear();
                // The claim's edges read where they lie: a list of them made per claim was an
                // allocation for every claim of the corpus.
                for_each_cited_reference(c, doc, i, [&](std::size_t ref) { set.add(source_of[doc][ref]); });
                for (std::size_t s : set.items()) ++direct[s];
                if (set.items().size() == 1) {
                    result.single_source_claims.push_back({doc, i});
                    result.single_source.push_back(set.items().front());
                }
            }
        }
        result.single_source_claims.shrink_to_fit();
        result.single_source.shrink_to_fit();
        pool.reserve(static_cast<std::size_t>(std::count_if(direct.begin(), direct.end(), [](std::uint32_t n) { return n > 0; })));
        for (std::size_t s = 0; s < direct.size(); ++s)
            if (direct[s] > 0) pool.push_back({s, direct[s], 0});
    }

    // Every claim resting on a source through chains rests on a claim citing it directly, so
    // the sources with direct claims are all there is to rank. The likeliest by estimate are
    // counted exactly; the pool is wider than the ranking so that estimation error near its
    // end does not decide which sources make it.
    resting_claims resting(c);
    const std::size_t wanted = std::min(ranked, pool.size());
    const std::size_t counted = pool.size() - wanted <= 3 * wanted + 16 ? pool.size() : 4 * wanted + 16;
    if (counted < pool.size()) {
        const std::vector<double> estimate = resting.estimate_per_source();
        std::partial_sort(pool.begin(), pool.begin() + static_cast<long>(counted), pool.end(),
                          [&](const source_load& x, const source_load& y) {
                              if (estimate[x.source] != estimate[y.source]) return estimate[x.source] > estimate[y.source];
                              return x.direct != y.direct ? x.direct > y.direct : x.source < y.source;
                          });
        pool.resize(counted);
    }
    for (source_load& l : pool) l.total = resting.count(c.links.sources[l.source].references);
    std::sort(pool.begin(), pool.end(), [](const source_load& x, const source_load& y) {
        if (x.total != y.total) return x.total > y.total;
        return x.direct != y.direct ? x.direct > y.direct : x.source < y.source;
    });
    pool.resize(wanted);
    pool.shrink_to_fit();  // the ranking is kept while the writers run: its few entries, not the pool
    result.ranking = std::move(pool);
    return result;
}

std::vector<impact_path> find_impact(const corpus& c, const std::vector<reference_place>& targets) {
    const citing_index index(c);
    resting_walk walk(index, link_documents(c, true));
    std::vector<std::size_t> reached = walk.run(targets);
    std::sort(reached.begin(), reached.end());  // claim numbers ascend in corpus order

    std::vector<impact_path> result;
    result.reserve(reached.size());
    for (std::size_t claim : reached) {
        impact_path found{index.place_of(claim), {}};
        // Down the way each claim was reached: the reference it cites, the document that
        // reference names, that document's claim reached first, and so on to a target.
        for (std::size_t at = claim;;) {
            const claim_place place = index.place_of(at);
            const reference_place via = walk.via(at);
            found.path.push_back(c.vertex_id(c.claim_vertex(place.document, place.claim)));
            found.path.push_back(c.vertex_id(c.reference_vertex(via.document, via.reference)));
            if (walk.direct(at)) break;
            const std::size_t next = *named_document(c, via.document, via.reference);
            found.path.push_back(c.vertex_id(c.document_vertex(next)));
            at = walk.first_claim_of(next);
        }
        result.push_back(std::move(found));
    }
    return result;
}

}  // namespace citegraph
