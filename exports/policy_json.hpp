// The stale policy as JSON, one object for the export and for `check --format json`.
#pragma once

#include <nlohmann/json.hpp>

#include "citegraph/analysis.hpp"

namespace citegraph::exports_detail {

// {"as_of", "max_age", "sources", "max_age_by_kind": the kinds given limits of their own,
// "age_limits": {"report": {kind: "3y" or "never"}, "scholarly": {...}}}: the limit each
// kind was judged by under either policy (each document names the one it was judged by).
nlohmann::ordered_json policy_json(const stale_policy& policy);

// policy_json(a.policy) and "retractions": the Retraction Watch file the notices came from
// (--retractions), or null when none was given.
nlohmann::ordered_json policy_json(const corpus_assessment& a);

}  // namespace citegraph::exports_detail
