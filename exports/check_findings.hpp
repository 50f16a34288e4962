// The findings of `check` as plain fields, shared by its JSON and SARIF writers: where each
// is, what it names, why it holds, and how serious it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/findings.hpp"

namespace citegraph::exports_detail {

struct finding_fields {
    std::string_view rule;           // the finding's name: "resting-on-stale", "stale-source", ...
    std::string_view level;          // SARIF's: "error", "warning" or "note"
    const std::string* path = nullptr;
    location where;
    std::string id;                  // the claim's or reference's id: "d1:c17", "d1:r25"
    std::string text;                // the claim's or reference's text
    std::string message;             // one line, as `check` prints after the path
    std::vector<std::string> reasons;
    std::vector<std::string> sources;  // the source ids (s1, ...) the claim cites, or the reference is
    std::vector<std::string> claims;   // a stale source: the claims resting on it
};

// The level a finding's rule has: resting-on-retracted, retracted-source, resting-on-stale
// and dangling are errors, uncited claims and corrected sources notes, the rest warnings.
std::string_view level_of(std::string_view rule);

// What one finding says, for a machine.
finding_fields fields_of(const corpus& c, const corpus_assessment& a, const finding& f);

}  // namespace citegraph::exports_detail
