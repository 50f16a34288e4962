#include "policy_json.hpp"

#include <string>

namespace citegraph::exports_detail {

namespace {

using json = nlohmann::ordered_json;

json limits_under(const stale_policy& policy, source_policy applied) {
    json limits = json::object();
    for (reference_kind kind : reference_kinds)
        limits[std::string(to_string(kind))] = to_string(age_limit_for(policy, applied, kind));
    return limits;
}

}  // namespace

json policy_json(const stale_policy& policy) {
    json own = json::object();
    for (const auto& [kind, limit] : policy.max_age_by_kind) own[std::string(to_string(kind))] = to_string(limit);
    return json{{"as_of", policy.as_of.known() ? json(to_iso(policy.as_of)) : json(nullptr)},
                {"max_age", to_string(policy.max_age)},
                {"sources", to_string(policy.sources)},
                {"max_age_by_kind", std::move(own)},
                {"age_limits",
                 {{"report", limits_under(policy, source_policy::report)},
                  {"scholarly", limits_under(policy, source_policy::scholarly)}}}};
}

json policy_json(const corpus_assessment& a) {
    json out = policy_json(a.policy);
    out["retractions"] = a.retractions.empty() ? json(nullptr) : json(a.retractions);
    return out;
}

}  // namespace citegraph::exports_detail
