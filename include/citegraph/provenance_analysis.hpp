// What rests on what across a corpus: load-bearing sources and the impact of one reference
// or source. Both follow chains claim -> reference -> the corpus document it names -> that
// document's claims -> their references, as far as the corpus goes.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"

namespace citegraph {

// One claim of one document of the corpus.
struct claim_place {
    std::size_t document = 0;  // index into the corpus' documents
    std::size_t claim = 0;     // index into that document's claims
    friend bool operator==(const claim_place&, const claim_place&) = default;
};

// How many claims rest on one source.
struct source_load {
    std::size_t source = 0;  // index into corpus::links.sources
    std::size_t direct = 0;  // claims citing one of its references
    std::size_t total = 0;   // claims resting on it directly or through chains
};

struct load_bearing_sources {
    // Claims whose cited references, merged into sources, are exactly one source; corpus order.
    std::vector<claim_place> single_source_claims;
    std::vector<std::size_t> single_source;  // parallel: that source's index
    // The sources most claims rest on, at most the number asked for: most claims in total
    // first, then most direct, then source order. Counts are exact.
    std::vector<source_load> ranking;
};

// Single-source claims, and the `ranked` sources most claims rest on. Exact counts for every
// source would be a transitive closure, so candidates are chosen by estimates
// (resting_claims.hpp) and only they are counted exactly: the ranking is exact whenever
// fewer than sketch_size claims rest on each source, and otherwise exact up to estimation
// error at its boundary. Time and memory are linear in the corpus for a small `ranked`.
// Empty when the corpus' links are not filled.
load_bearing_sources find_load_bearing(const corpus& c, std::size_t ranked);

// A claim resting on the thing asked about, with the shortest chain down to it.
struct impact_path {
    claim_place claim;
    // Vertex ids from the claim to the reference asked about: "d1:c1", "d1:r1", "d2",
    // "d2:c1", "d2:r4". A claim citing it directly has two.
    std::vector<std::string> path;
};

// Every claim that rests on one of the target references, directly or through chains, in
// corpus order; empty for no targets.
std::vector<impact_path> find_impact(const corpus& c, const std::vector<reference_place>& targets);

}  // namespace citegraph
