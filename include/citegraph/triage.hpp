// Which of check's findings to list: those a suppression acknowledges (citegraph.toml) and
// those a baseline file already holds are kept apart from the new ones, as linters do.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <map>
#include <memory>
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

// 32 bytes, one per finding: `baselined` sits in the finding's last four bytes.
struct triaged_finding {
    finding f;
    bool baselined = false;   // held by the baseline (and not suppressed)
    // Set only when a suppression or the baseline compares keys, and then each key that one
    // of them needs; nullptr otherwise, so a writer that shows them reads them through
    // hash_of and fingerprint_of. Held apart since most runs need neither, and a corpus has
    // hundreds of thousands of findings.
    std::unique_ptr<finding_keys> keys;
    const suppression* suppressed_by = nullptr;  // points into the acknowledgements given
    // Listed, and counted by --fail-on: neither suppressed nor baselined.
    bool listed() const { return suppressed_by == nullptr && !baselined; }
};

struct triaged_findings {
    std::vector<triaged_finding> findings;  // ordered_findings, each with its state
    bool with_baseline = false;             // a baseline was given: each finding is new or not
    // A suppression that expired, or that matches no finding: one warning each, at the
    // place it is written.
    std::vector<diagnostic> warnings;
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

// The finding's text_hash: t.hash, or computed when triage left it "".
std::string hash_of(const corpus& c, const triaged_finding& t);

// The finding's finding_fingerprint: t.fingerprint, or computed when triage left it "".
std::string fingerprint_of(const corpus& c, const triaged_finding& t);

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
