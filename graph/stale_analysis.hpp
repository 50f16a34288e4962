// The stale-source analysis over a corpus graph. Rules are documented in README.md.
#pragma once

#include "citegraph/analysis.hpp"
#include "citation_graph.hpp"

namespace citegraph {

// Judges every reference and claim of the corpus under the policy.
corpus_assessment assess(const corpus& c, const stale_policy& policy);

}  // namespace citegraph
