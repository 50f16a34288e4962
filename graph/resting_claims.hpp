// Which claims of a corpus rest on a reference, directly or through chains claim ->
// reference -> the corpus document it names -> that document's claims -> their references.
//
// Counting them exactly for every source at once is a transitive closure: quadratic when
// chains are long, as they are in a corpus of notes that cite earlier notes. So the count
// for all sources is an estimate from bottom-k sketches (Cohen, "Size-estimation framework
// with applications to transitive closure and reachability", 1997), linear in the corpus
// times the sketch size, and exact counts come from one walk per source asked about.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "citation_graph.hpp"
#include "document_graph.hpp"
#include "resting_walk.hpp"

namespace citegraph {

// The most claim ranks a sketch keeps. Below it a sketch holds every claim and its count is
// exact; above it the estimate's relative standard error is about 1/sqrt(sketch_size - 2).
inline constexpr std::size_t sketch_size = 128;

class resting_claims {
public:
    // The corpus' links must be filled (build_corpus does); c must outlive this.
    explicit resting_claims(const corpus& c);

    // Exactly how many claims rest on any of the references: one walk against the direction
    // of resting, linear in the part of the corpus that rests on them.
    std::size_t count(const std::vector<reference_place>& references);

    // Per source of c.links.sources, about how many claims rest on it; exact for sources
    // fewer than sketch_size claims rest on.
    std::vector<double> estimate_per_source() const;

private:
    using sketch = std::vector<std::uint64_t>;  // the smallest claim ranks, ascending, at most sketch_size

    // order: citation_order of the walk's links; component_of: each document's index in it.
    std::vector<sketch> sketch_per_component(const std::vector<std::vector<std::size_t>>& order,
                                             const std::vector<std::size_t>& component_of) const;

    const corpus& c_;
    citing_index index_;
    resting_walk walk_;
};

}  // namespace citegraph
