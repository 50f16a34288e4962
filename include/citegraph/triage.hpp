// Which of check's findings to list: those a suppression acknowledges (citegraph.toml) and
// those a baseline file already holds are kept apart from the new ones, as linters do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"
#include "citegraph/diagnostics.hpp"
#include "citegraph/findings.hpp"

namespace citegraph {

// A finding acknowledged by the reference it names or the claim it is about. Exactly one of
// `reference` and `claim` is set.
struct suppression {
    // A DOI (any spelling: "10.1/x", "doi:10.1/x", "https://doi.org/10.1/x"), a URL (matched
    // as source merging matches URLs), or the reference's text_hash: the stale-source,
    // stale-upstream, undated, unverifiable and draft findings of every reference it names.
    std::string reference;
    std::string claim;      // a claim's text_hash: every finding about a claim with that text
    std::string rule;       // only findings of this name (one of finding_names); "" any
    std::string reason;     // why it is acknowledged; never empty
    date expires;           // the last day it applies; unknown: it never expires
    std::string file;       // where it is written, for warnings
    location where;
};

// What check sets beside its findings. The baseline maps each fingerprint to how many
// findings had it when it was written; nullopt: no baseline given.
struct acknowledgements {
    std::vector<suppression> suppressions;
    std::optional<std::map<std::string, std::size_t>> baseline;
    std::string baseline_file;
    date today;             // suppressions expire after their `expires` day at this date
};

// text_hash of a finding's claim or reference text, and its finding_fingerprint.
struct finding_keys {
    std::string hash;
    std::string fingerprint;
};

// 20 bytes, one per finding: `baselined` sits in the finding's last four bytes, and what
// suppresses it is a place in a list, not a pointer; its keys are held apart
// (triaged_findings::keys), as most runs need none and a corpus has hundreds of thousands.
struct triaged_finding {
    static constexpr std::uint32_t not_suppressed = 0xFFFFFFFFu;

    finding f;
    bool baselined = false;   // held by the baseline (and not suppressed)
    // The suppression that acknowledges it: its place in the acknowledgements' list (read it
    // through triaged_findings::suppressed_by); not_suppressed if none does.
    std::uint32_t suppression = not_suppressed;
    // Listed, and counted by --fail-on: neither suppressed nor baselined.
    bool listed() const { return suppression == not_suppressed && !baselined; }
};

struct triaged_findings {
    std::vector<triaged_finding> findings;  // ordered_findings, each with its state
    // findings[i]'s keys at i, each that a suppression or the baseline compared; empty when
    // neither did, so a writer that shows them reads them through hash_of and fingerprint_of.
    std::vector<finding_keys> keys;
    // The acknowledgements' suppressions, which findings name by place; they must outlive
    // these. nullptr when none were given.
    const std::vector<suppression>* suppressions = nullptr;
    bool with_baseline = false;             // a baseline was given: each finding is new or not
    // A suppression that expired, or that matches no finding: one warning each, at the
    // place it is written.
    std::vector<diagnostic> warnings;

    // The suppression that acknowledges t; nullptr if none does.
    const suppression* suppressed_by(const triaged_finding& t) const {
        return t.suppression == triaged_finding::not_suppressed ? nullptr : &(*suppressions)[t.suppression];
    }
};

// ordered_findings, each marked suppressed (by the first live suppression that matches it)
// or baselined (while the baseline's count for its fingerprint lasts, in listing order).
// With no acknowledgements every finding is listed.
triaged_findings triage(const corpus& c, const corpus_assessment& a, const acknowledgements& ack);

// severity() of the worst claim verdict among the listed findings; 0 if none.
int worst_listed_severity(const corpus_assessment& a, const triaged_findings& t);

// 12 lower-case hex digits of the SHA-256 of the text with runs of white space made one
// space and the ends trimmed, so a line wrapped anew keeps its hash.
std::string text_hash(std::string_view text);

// Finding i's text_hash: as triage kept it, or computed when it kept none.
std::string hash_of(const corpus& c, const triaged_findings& t, std::size_t i);

// Finding i's finding_fingerprint: as triage kept it, or computed when it kept none.
std::string fingerprint_of(const corpus& c, const triaged_findings& t, std::size_t i);

// What identifies a finding across edits of its document: its name, the document's path
// (lexically normal) and the claim's text, or the reference's DOI, else its first URL, else
// its text; 16 hex digits. Lines moving or text changing elsewhere leave it as it was.
std::string finding_fingerprint(const corpus& c, const finding& f);

// "citegraph-baseline/1": {"schema", "findings": [{"fingerprint", "rule", "path", "line",
// "text"}]}, every finding not suppressed, in listing order.
void write_baseline(std::ostream& out, const corpus& c, const triaged_findings& t);

// The fingerprints of a baseline file and how often each occurs. Throws input_error naming
// path:line:col for a file that cannot be read, is not JSON, or is not a baseline.
std::map<std::string, std::size_t> read_baseline(const std::string& path);

}  // namespace citegraph
