// The stale-source analysis over a corpus graph. Rules are documented in README.md.
#pragma once

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"

namespace citegraph {

// Judges every reference and claim of the corpus under the policy, and marks the references
// that `notices` name by DOI or PubMed ID retracted, corrected or under an expression of concern.
corpus_assessment assess(const corpus& c, const stale_policy& policy, const retraction_list& notices = {});

// The last day of the period a date names, the reading a reference is judged by: "2017" ->
// 2017-12-31, "2016-04" -> 2016-04-30, "2019-02-31" -> 2019-02-28; unknown stays unknown.
date last_day(const date& d);

// The day a source's period must not end before to be current at as_of under the limit
// (as_of's last day minus the limit, the day clamped to the month's end); unknown if as_of is.
date age_cutoff(const date& as_of, const age_limit& limit);

}  // namespace citegraph
