#include "provenance_analysis.hpp"

#include <algorithm>
#include <deque>

#include "document_graph.hpp"
#include "resting_claims.hpp"

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
    std::vector<source_load> load(c.links.sources.size());
    for (std::size_t s = 0; s < load.size(); ++s) load[s].source = s;
    source_set set(c.links.sources.size());
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        for (std::size_t i = 0; i < c.documents[doc].claims.size(); ++i) {
            set.clear();
            for (std::size_t ref : references_cited(c, doc, i, i + 1)) set.add(source_of[doc][ref]);
            for (std::size_t s : set.items()) ++load[s].direct;
            if (set.items().size() == 1) {
                result.single_source_claims.push_back({doc, i});
                result.single_source.push_back(set.items().front());
            }
        }
    }

    // Every claim resting on a source through chains rests on a claim citing it directly, so
    // the sources with direct claims are all there is to rank. The likeliest by estimate are
    // counted exactly; the pool is wider than the ranking so that estimation error near its
    // end does not decide which sources make it.
    std::vector<source_load> pool;
    for (const source_load& l : load)
        if (l.direct > 0) pool.push_back(l);
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
    result.ranking = std::move(pool);
    return result;
}

std::vector<impact_path> find_impact(const corpus& c, const corpus_assessment& a,
                                     const std::vector<reference_place>& targets) {
    const document_links links = link_documents(c);
    // Breadth first from the targets, against the direction of resting: a reference's
    // citing claims, a reached claim's document, the references naming that document...
    // Each claim records the reference it rests through; each document the first claim of
    // it reached, so every path is a shortest one.
    struct reached {
        bool seen = false;
        bool direct = false;  // via is a target
        reference_place via;  // the reference the claim cites on its way down
    };
    std::vector<std::vector<reached>> claims(c.documents.size());
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) claims[doc].resize(c.documents[doc].claims.size());
    std::vector<long> document_via(c.documents.size(), -1);  // claim index first reached in the document
    std::deque<claim_place> queue;
    auto reach_claims_of = [&](const reference_place& ref, bool direct) {
        for (std::size_t claim : a.documents[ref.document].references[ref.reference].cited_by) {
            reached& r = claims[ref.document][claim];
            if (r.seen) continue;
            r = {true, direct, ref};
            queue.push_back({ref.document, claim});
        }
    };
    for (const reference_place& t : targets) reach_claims_of(t, true);
    while (!queue.empty()) {
        const claim_place at = queue.front();
        queue.pop_front();
        if (document_via[at.document] >= 0) continue;
        document_via[at.document] = static_cast<long>(at.claim);
        for (const reference_place& naming : links.named_by[at.document]) reach_claims_of(naming, false);
    }

    const auto& g = c.graph;
    std::vector<impact_path> result;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        for (std::size_t i = 0; i < claims[doc].size(); ++i) {
            if (!claims[doc][i].seen) continue;
            impact_path found{{doc, i}, {}};
            claim_place at{doc, i};
            while (true) {
                const reached& r = claims[at.document][at.claim];
                found.path.push_back(g[c.claim_vertex(at.document, at.claim)].id);
                found.path.push_back(g[c.reference_vertex(r.via.document, r.via.reference)].id);
                if (r.direct) break;
                const auto next = static_cast<std::size_t>(named_document(c, r.via.document, r.via.reference));
                found.path.push_back(g[c.document_vertex(next)].id);
                at = {next, static_cast<std::size_t>(document_via[next])};
            }
            result.push_back(std::move(found));
        }
    }
    return result;
}

}  // namespace citegraph
