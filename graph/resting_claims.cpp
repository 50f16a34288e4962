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

resting_claims::resting_claims(const corpus& c)
    : c_(c), index_(c), walk_(index_, link_documents(c, true)) {}

std::size_t resting_claims::count(const std::vector<reference_place>& references) {
    return walk_.run(references).size();
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
            for (const reference_place& naming : walk_.links().named_by[doc]) {
                for (std::size_t claim : index_.citing(index_.reference_number(naming))) {
                    builder.add(claim_rank(claim));
                    const std::size_t from = component_of[index_.document_of(claim)];
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
    const auto order = citation_order(walk_.links());
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
            for (std::size_t claim : index_.citing(index_.reference_number(r))) {
                builder.add(claim_rank(claim));
                const std::size_t from = component_of[index_.document_of(claim)];
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
