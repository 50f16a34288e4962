// The findings of the analysis in the order an editor reads them, and the counts behind a
// document's summary: what `citegraph check` prints and the HTML report shows.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"

namespace citegraph {

enum class finding_kind : std::uint8_t {
    claim,         // a claim whose verdict is not ok
    anachronism,   // a claim that names an event every source predates
    stale_source,  // a stale, stale-upstream, retracted or noticed reference, with the claims resting on it
    reference_flag,  // an undated, unverifiable or draft reference: its age cannot be judged or checked
};

// Every name a finding can have, worst first as ordered_findings lists them: what
// `check --only` and `--hide` take.
inline constexpr std::array<std::string_view, 14> finding_names{
    "resting-on-retracted", "dangling", "resting-on-stale", "anachronism", "partly-stale", "uncited",
    "retracted-source", "stale-source", "stale-upstream", "concern-source", "corrected-source",
    "undated", "unverifiable", "draft"};

// 12 bytes: a check of a corpus holds one per claim that is not ok and per flagged
// reference, hundreds of thousands of them, so the name is held as its place in
// finding_names and the indices in 32 bits (as the graph counts its vertices).
class finding {
public:
    finding_kind kind = finding_kind::claim;

private:
    std::uint8_t name_ = 0;  // index into finding_names, beside the kind, before the indices

public:
    std::uint32_t document = 0;  // index into the corpus' documents
    std::uint32_t item = 0;      // claim index; reference index for a stale source or a reference flag

    finding() = default;
    // Throws std::invalid_argument for a name that is not one of finding_names.
    finding(finding_kind kind, std::size_t document, std::size_t item, std::string_view name);

    // "resting-on-retracted", ..., "anachronism", "retracted-source", "stale-source", "stale-upstream",
    // "concern-source", "corrected-source", "undated", "unverifiable", "draft": one of finding_names
    std::string_view name() const { return finding_names[name_]; }

    friend bool operator==(const finding&, const finding&) = default;
};

// True when the finding is about a reference (finding::item indexes the references), not a claim.
inline bool names_reference(const finding& f) {
    return f.kind == finding_kind::stale_source || f.kind == finding_kind::reference_flag;
}

// Which findings to show, by name: those `only` names (every one when it is empty), less
// those `hide` names. Counting is not filtering: summaries count every finding.
struct finding_filter {
    std::vector<std::string> only;
    std::vector<std::string> hide;

    // True when the filter lets a finding of this name through; always for the empty filter.
    bool shows(std::string_view name) const;
};

// Every finding, worst first: claims by verdict (an anachronism ranks between
// resting-on-stale and partly-stale), in document order within one; then each document's
// retracted, then stale and stale-upstream, then concerned, then corrected references, the one
// most claims rest on first within each, since mending it mends them all; then the undated, the unverifiable and the draft references, in that
// order, in document order within one (a reference with two of these flags is listed under
// each), since a reader cannot judge or check what they say.
// Empty when every claim is ok and no reference is stale or flagged.
std::vector<finding> ordered_findings(const corpus& c, const corpus_assessment& a);

// The numbers of the sources a claim cites that are current (neither stale nor stale
// upstream), in citation order;
// empty if it cites none, or only stale or missing ones.
std::vector<std::string> current_sources(const corpus& c, const corpus_assessment& a,
                                         std::size_t doc, std::size_t claim);

// A document's claims by verdict and references by flag; all zero for an empty document.
struct document_summary {
    std::array<int, 6> claims_by_verdict{};  // indexed by static_cast<int>(claim_verdict)
    int anachronisms = 0;
    int stale = 0;
    int superseded = 0;
    int in_force = 0;
    int undated = 0;
    int unverifiable = 0;
    int drafts = 0;
    int retracted = 0;
    int concerns = 0;     // under an expression of concern
    int corrected = 0;
    std::vector<std::string> never_cited;  // numbers of the references no claim cites

    int claims(claim_verdict v) const { return claims_by_verdict[static_cast<std::size_t>(v)]; }
};

// severity() of the worst claim verdict of the corpus; 0 when every claim is ok.
int worst_severity(const corpus_assessment& a);

// Counts what a document's assessment found.
document_summary summarize(const document& d, const document_assessment& da);

// The claim verdicts in the order summaries list them: ok first, dangling last.
inline constexpr std::array<claim_verdict, 6> summary_verdicts{
    claim_verdict::ok, claim_verdict::partly_stale, claim_verdict::resting_on_stale,
    claim_verdict::resting_on_retracted, claim_verdict::uncited, claim_verdict::dangling};

// Whether a summary lists the verdict: resting-on-retracted only when notices were matched
// (--retractions), since without them it cannot occur.
inline bool in_summary(claim_verdict v, const corpus_assessment& a) {
    return v != claim_verdict::resting_on_retracted || !a.retractions.empty();
}

}  // namespace citegraph
