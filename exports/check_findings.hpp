// The findings of `check` as plain fields, shared by its JSON and SARIF writers: where each
// is, what it names, why it holds, and how serious it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/exports.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/triage.hpp"
#include "json_stream.hpp"
#include "reasons.hpp"

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
    std::string hash;                  // text_hash of the claim's or reference's text
    std::string fingerprint;           // finding_fingerprint
    const suppression* suppressed_by = nullptr;
    std::string_view baseline_state;   // with a baseline: "new" or "unchanged"; "" without, or when suppressed
};

// The level a finding's rule has: resting-on-retracted, retracted-source, resting-on-stale
// and dangling are errors, uncited claims and corrected sources notes, the rest warnings.
std::string_view level_of(std::string_view rule);

// What one finding says, for a machine; `reasons` are the claims' reasons in words for c and a.
finding_fields fields_of(const corpus& c, const corpus_assessment& a, const claim_reasons& reasons, const finding& f);

// The same for finding i of `all`, with its hash, fingerprint, suppression and baseline state.
finding_fields fields_of(const corpus& c, const corpus_assessment& a, const claim_reasons& reasons,
                         const triaged_findings& all, std::size_t i);

// The writer's findings: in.findings, or every finding listed (kept in `fallback`) when null.
const triaged_findings& triaged(const writer_input& in, triaged_findings& fallback);

// Writes each finding of `t` that --only/--hide (in.shown) lets through as the next value
// of `stream`, in order, as `to_json` makes it of the finding's fields: the JSON and SARIF
// writers' findings, suppressed and baselined ones with their marks. Each finding's fields
// serve its value alone, so `to_json` moves their strings into it. They are made and
// dumped a window at a time on every core and written in order, so a listing of any length
// is written as it is made.
void stream_shown_findings(json_stream& stream, const writer_input& in, const triaged_findings& t,
                           nlohmann::ordered_json (*to_json)(finding_fields&&));

// What became of one document's findings.
struct left_out_counts {
    std::size_t listed = 0;      // listed and shown
    std::size_t hidden = 0;      // listed, but left out by --only/--hide
    std::size_t suppressed = 0;
    std::size_t baselined = 0;
};

// Every document's counts, in one pass over the corpus's findings (a pass per document
// would grow with documents times findings).
std::vector<left_out_counts> count_left_out(std::size_t documents, const triaged_findings& t,
                                            const finding_filter& shown);

}  // namespace citegraph::exports_detail
