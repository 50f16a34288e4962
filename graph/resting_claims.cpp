#include "resting_claims.hpp"

#include <algorithm>
#include <limits>

namespace citegraph {

namespace {

// A claim's rank: a fixed pseudo-random number (splitmix64 of its index), so estimates are
// the same on every run.
std::uint64_t claim_rank(std::size_t claim) {
    std::uint64_t z = static_cast<std::uint64_t>(claim) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Gathers ranks and sketches and keeps the sketch_size smallest distinct ones. Ranks wait in
// a buffer that is cut back whenever it holds a few sketches' worth, so a sketch of many
// inputs costs memory of a few sketches.
class sketch_builder {
public:
    void add(std::uint64_t rank) {
        buffer_.push_back(rank);
        if (buffer_.size() >= 4 * sketch_size) cut();
    }
    void add(const std::vector<std::uint64_t>& sketch) {
        buffer_.insert(buffer_.end(), sketch.begin(), sketch.end());
        if (buffer_.size() >= 4 * sketch_size) cut();
    }
    std::vector<std::uint64_t> take() {
        cut();
        std::vector<std::uint64_t> out;
        out.swap(buffer_);
        out.shrink_to_fit();
        return out;
    }

private:
    void cut() {
        std::sort(buffer_.begin(), buffer_.end());
        buffer_.erase(std::unique(buffer_.begin(), buffer_.end()), buffer_.end());
        if (buffer_.size() > sketch_size) buffer_.resize(sketch_size);
    }
    std::vector<std::uint64_t> buffer_;
};

// How many distinct ranks a sketch stands for: all of them below sketch_size, otherwise the
// bottom-k estimate (k - 1) / (k-th smallest rank as a fraction of the rank range).
double sketch_count(const std::vector<std::uint64_t>& sketch) {
    if (sketch.size() < sketch_size) return static_cast<double>(sketch.size());
    const double range = static_cast<double>(std::numeric_limits<std::uint64_t>::max()) + 1.0;
    return static_cast<double>(sketch_size - 1) / ((static_cast<double>(sketch.back()) + 1.0) / range);
}

}  // namespace

resting_claims::resting_claims(const corpus& c) : c_(c), links_(link_documents(c, true)) {
    const std::size_t documents = c.documents.size();
    first_reference_.resize(documents + 1, 0);
    for (std::size_t doc = 0; doc < documents; ++doc)
        first_reference_[doc + 1] = first_reference_[doc] + c.documents[doc].references.size();

    // (reference, claim) pairs, then counted into per-reference runs.
    std::vector<std::pair<std::size_t, std::size_t>> cites;
    for (std::size_t doc = 0; doc < documents; ++doc) {
        for (std::size_t i = 0; i < c.documents[doc].claims.size(); ++i) {
            const std::size_t claim = claim_document_.size();
            claim_document_.push_back(doc);
            for (std::size_t ref : references_cited(c, doc, i, i + 1))
                cites.emplace_back(first_reference_[doc] + ref, claim);
        }
    }
    citing_start_.assign(first_reference_[documents] + 1, 0);
    for (const auto& [ref, claim] : cites) ++citing_start_[ref + 1];
    for (std::size_t r = 0; r + 1 < citing_start_.size(); ++r) citing_start_[r + 1] += citing_start_[r];
    citing_.resize(cites.size());
    std::vector<std::size_t> next(citing_start_.begin(), citing_start_.end() - 1);
    for (const auto& [ref, claim] : cites) citing_[next[ref]++] = claim;

    claim_seen_.assign(claim_document_.size(), 0);
    document_seen_.assign(documents, 0);
}

std::size_t resting_claims::count(const std::vector<reference_place>& references) {
    ++round_;
    queue_.clear();
    auto reach_citing = [&](std::size_t ref) {
        for (std::size_t i = citing_start_[ref]; i < citing_start_[ref + 1]; ++i) {
            const std::size_t claim = citing_[i];
            if (claim_seen_[claim] == round_) continue;
            claim_seen_[claim] = round_;
            queue_.push_back(claim);
        }
    };
    for (const reference_place& r : references) reach_citing(global_reference(r));
    // A claim reached makes its document reached: the references naming the document, and
    // the claims citing those, rest on it too.
    for (std::size_t at = 0; at < queue_.size(); ++at) {
        const std::size_t doc = claim_document_[queue_[at]];
        if (document_seen_[doc] == round_) continue;
        document_seen_[doc] = round_;
        for (const reference_place& naming : links_.named_by[doc]) reach_citing(global_reference(naming));
    }
    return queue_.size();
}

// Per strong component of the document graph: the sketch of the claims that rest on its
// documents, those citing a reference that names one of them and, through chains, those
// resting on the citing claims' documents. A citing component comes after the cited one in
// citation order, so walking that order backwards finds every input sketch ready.
std::vector<resting_claims::sketch> resting_claims::sketch_per_component(
    const std::vector<std::vector<std::size_t>>& order, const std::vector<std::size_t>& component_of) const {
    std::vector<sketch> sketches(order.size());
    std::vector<std::size_t> merged_into(order.size(), order.size());  // the component whose sketch took it last
    for (std::size_t k = order.size(); k-- > 0;) {
        sketch_builder builder;
        for (std::size_t doc : order[k]) {
            for (const reference_place& naming : links_.named_by[doc]) {
                const std::size_t ref = global_reference(naming);
                for (std::size_t i = citing_start_[ref]; i < citing_start_[ref + 1]; ++i) {
                    builder.add(claim_rank(citing_[i]));
                    const std::size_t from = component_of[claim_document_[citing_[i]]];
                    if (from == k || merged_into[from] == k) continue;
                    merged_into[from] = k;
                    builder.add(sketches[from]);
                }
            }
        }
        sketches[k] = builder.take();
    }
    return sketches;
}

std::vector<double> resting_claims::estimate_per_source() const {
    const auto order = citation_order(links_);
    std::vector<std::size_t> component_of(c_.documents.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        for (std::size_t doc : order[k]) component_of[doc] = k;
    const std::vector<sketch> per_component = sketch_per_component(order, component_of);
    const auto& sources = c_.links.sources;
    std::vector<double> estimates(sources.size(), 0.0);
    std::vector<std::size_t> merged_into(per_component.size(), sources.size());
    for (std::size_t s = 0; s < sources.size(); ++s) {
        sketch_builder builder;
        for (const reference_place& r : sources[s].references) {
            const std::size_t ref = global_reference(r);
            for (std::size_t i = citing_start_[ref]; i < citing_start_[ref + 1]; ++i) {
                builder.add(claim_rank(citing_[i]));
                const std::size_t from = component_of[claim_document_[citing_[i]]];
                if (merged_into[from] == s) continue;
                merged_into[from] = s;
                builder.add(per_component[from]);
            }
        }
        estimates[s] = sketch_count(builder.take());
    }
    return estimates;
}

}  // namespace citegraph
