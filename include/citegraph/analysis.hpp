// The stale-source analysis: its policy in, verdicts with reasons out.
// Results are plain values parallel to the documents they describe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"
#include "citegraph/provenance.hpp"
#include "citegraph/retractions.hpp"

namespace citegraph {

// A span of calendar time, "3y", "18m", "90d" or a sum "1y6m".
struct age_limit {
    int years = 3;
    int months = 0;
    int days = 0;
    friend bool operator==(const age_limit&, const age_limit&) = default;
};

// Parses "3y", "18m", "90d", "1y6m"; throws std::invalid_argument naming the text otherwise.
age_limit parse_age_limit(std::string_view text);

// "3y", "1y6m"; "0d" for a zero limit.
std::string to_string(const age_limit& limit);

// Which sources age. report (government and NGO reports): every dated source but
// legislation is stale past the age limit. scholarly (papers): an article or a book is
// stale only when superseded, since a paper cites the literature its claims rest on, not
// the latest news; statistics, news, web pages and reports still age. by_format: scholarly
// for JATS, TEI, Markdown and HTML, report for plain text and PDF.
enum class source_policy { by_format, report, scholarly };

// "by-format", "report", "scholarly".
std::string_view to_string(source_policy policy);

// A kind's own age limit; nullopt: the kind is never stale by age (only when superseded).
using kind_age_limit = std::optional<age_limit>;

// Every reference kind, in the order of the enum: the kinds an age limit can name.
inline constexpr reference_kind reference_kinds[] = {
    reference_kind::other,   reference_kind::legislation, reference_kind::personal_communication,
    reference_kind::internal_reporting, reference_kind::news, reference_kind::report,
    reference_kind::web_page, reference_kind::dataset, reference_kind::article, reference_kind::book};

// The kind its name (to_string(reference_kind)) names, "web-page"; nullopt for any other text.
std::optional<reference_kind> parse_reference_kind(std::string_view name);

// "3y", "18m", ... as parse_age_limit reads them, or "never": a kind not judged by age.
// Throws std::invalid_argument naming the text otherwise.
kind_age_limit parse_kind_age_limit(std::string_view text);

// "3y", "1y6m", or "never" for nullopt.
std::string to_string(const kind_age_limit& limit);

struct stale_policy {
    date as_of;                 // unknown: each document's own as-of date
    age_limit max_age;          // a reference older than this at the as-of date is stale
    source_policy sources = source_policy::by_format;
    // Limits of their own for some kinds, over both policies' defaults (age_limit_for).
    std::map<reference_kind, kind_age_limit> max_age_by_kind = {};
};

// The age limit a reference of this kind is judged by under the policy a document is judged
// by (report or scholarly; by_format reads as report): the kind's own limit if the policy
// gives one; else never for legislation (judged in force) and, under scholarly, for articles
// and books (stale only when superseded); else max_age.
kind_age_limit age_limit_for(const stale_policy& policy, source_policy applied, reference_kind kind);

enum class claim_verdict : std::uint8_t {
    ok,                  // every source current
    partly_stale,        // some sources stale, some current
    resting_on_stale,    // every source stale
    uncited,             // no citation supports it
    dangling,            // cites a number the reference list lacks
    // cites a retracted work (retraction_list): it rests on something withdrawn, whatever
    // else it cites; last so that the others keep their numbers
    resting_on_retracted,
};

// "ok", "partly-stale", "resting-on-stale", "uncited", "dangling", "resting-on-retracted".
std::string_view to_string(claim_verdict verdict);

// How bad a verdict is, for "worst first": resting-on-retracted > dangling > resting-on-stale >
// partly-stale > uncited > ok, from max_severity down to 0.
int severity(claim_verdict verdict);
inline constexpr int max_severity = 5;

// The most ids a reference_assessment::upstream_path holds.
inline constexpr std::size_t upstream_path_limit = 48;

// Flags a reference carries besides staleness.
struct reference_flags {
    bool undated = false;
    bool unverifiable = false;  // source on file, personal communication or internal reporting
    bool draft = false;
    bool in_force = false;      // legislation: judged in force rather than by age
    // The gravest notice in force about the work (reference_assessment::notices): at most one is set.
    bool retracted = false;
    bool concern = false;       // an expression of concern
    bool corrected = false;
};

// Lower-case names of the set flags, in a fixed order: "undated", "unverifiable", "draft",
// "in-force", "retracted", "expression-of-concern", "corrected".
std::vector<std::string> flag_names(const reference_flags& flags);

// Why a reference is stale. Writers put it in words ("superseded by 4", "older than 3y",
// "stale upstream: d2 ..."); the analysis keeps what they need to.
enum class stale_reason_kind {
    superseded,            // a newer edition in the same document: reference_assessment::superseded_by
    superseded_elsewhere,  // a newer edition another document cites: `reference`
    too_old,               // older than `limit` at the document's as-of date
    upstream,              // names a corpus document with a claim resting on stale sources
};

struct stale_reason {
    stale_reason_kind kind = stale_reason_kind::too_old;
    age_limit limit;            // too_old: the limit it is older than
    // superseded_elsewhere: the newer edition; upstream: the stale reference the path down
    // from the named document (reference_assessment::upstream_path) ends at.
    reference_place reference;
    std::size_t document = 0;   // upstream: the corpus document the reference names
    friend bool operator==(const stale_reason&, const stale_reason&) = default;
};

// 120 bytes: the flags, the number and the notice index first, in 24 bytes, then the lists.
// A corpus holds one per reference, so each byte here is held hundreds of thousands of times.
struct reference_assessment {
    bool stale = false;                     // by its own age or a newer edition
    bool superseded = false;                // by a newer edition: in the same document (superseded_by)
                                            // or another (a stale_reason superseded_elsewhere names it)
    // It names a corpus document some of whose claims rest on stale sources. Counts as a
    // stale source for the claims citing it, though `stale` may be false.
    bool stale_upstream = false;
    reference_flags flags;
    int superseded_by = 0;                  // number of the newer edition in the same document; 0 if none
    // Index into notices of the one the flags come from: the gravest not withdrawn by a later
    // reinstatement (retraction, then expression of concern, then correction; the latest of
    // equals); nullopt if there is none.
    std::optional<std::uint32_t> standing_notice;
    // With stale_upstream: vertex ids from the named document down to the stale reference,
    // "d2", "d2:c1", "d2:r1", "d3", "d3:c1", "d3:r1"; empty otherwise. A longer path than
    // upstream_path_limit keeps its head, "…", and its last three ids (document, claim,
    // stale reference), so a long chain costs no more than a short one.
    std::vector<std::string> upstream_path;
    // Why it is stale, in the order found: superseded first, then too old, then upstream.
    std::vector<stale_reason> stale_reasons;
    std::vector<std::uint32_t> cited_by;    // indices of the claims citing it, ascending
    // Notices about the work (matched by DOI or PubMed ID), oldest first; empty if none.
    std::vector<retraction_notice> notices;
};

// Whether claims citing the reference rest on a stale source: stale itself or stale upstream.
inline bool counts_as_stale(const reference_assessment& a) { return a.stale || a.stale_upstream; }

// Why a claim has its verdict, or is an anachronism.
enum class claim_reason_kind : std::uint8_t {
    uncited,             // no citation supports it
    missing_reference,   // cites `number`, which the reference list lacks
    stale_source,        // cites `reference`, which counts as stale
    predates,            // names claim_assessment::event_year, which every source predates
    retracted_source,    // cites `reference`, which is retracted
    noticed_source,      // cites `reference`, corrected or under an expression of concern (verdict unchanged)
};

// 12 bytes: nearly every claim of a stale corpus has one or more.
struct claim_reason {
    claim_reason_kind kind = claim_reason_kind::uncited;
    int number = 0;                // missing_reference: the number cited
    std::uint32_t reference = 0;   // stale_source: index into the document's references
    friend bool operator==(const claim_reason&, const claim_reason&) = default;
};

// 16 bytes: a corpus holds one per claim. Its reasons are held by its document's assessment
// (document_assessment::reasons_of): a list per claim was an allocation for nearly every one.
struct claim_assessment {
    claim_verdict verdict = claim_verdict::ok;
    bool anachronism = false;               // names an event year that every source predates
    bool rests_on_stale = false;            // every source counts as stale, whatever the verdict
    int event_year = 0;                     // the year that judgement used; 0 if none
    // Its reasons are document_assessment::claim_reasons[first_reason, first_reason + reason_count).
    std::uint32_t first_reason = 0;
    std::uint32_t reason_count = 0;
};

struct document_assessment {
    date as_of;                                   // the date ages were measured at
    source_policy sources = source_policy::report;  // the policy applied: report or scholarly
    std::vector<reference_assessment> references; // parallel to document::references
    std::vector<claim_assessment> claims;         // parallel to document::claims
    // Every claim's reasons, each claim's together; read them through reasons_of. It may hold
    // runs no claim names: a claim judged again whose reasons outgrew their place left them.
    std::vector<claim_reason> claim_reasons;

    // Claim i's reasons: one per missing, stale, retracted or noticed source, in citation
    // order; predates last.
    std::span<const claim_reason> reasons_of(std::size_t claim) const {
        const claim_assessment& ca = claims[claim];
        return std::span<const claim_reason>(claim_reasons).subspan(ca.first_reason, ca.reason_count);
    }
    // Gives claim i (an index into claims) these reasons instead of its own: in their place
    // when they fit there, else after every other claim's.
    void set_reasons(std::size_t claim, std::span<const claim_reason> reasons);
};

// At most this many cycles of documents are listed; past it the list is marked truncated.
inline constexpr std::size_t cycle_limit = 1000;

struct corpus_assessment {
    stale_policy policy;
    std::vector<document_assessment> documents;   // parallel to the documents
    // Every elementary cycle of documents citing each other (a cites b ... cites a), each as
    // document indices in citation order starting from its smallest index; sorted.
    std::vector<std::vector<std::size_t>> cycles;
    bool cycles_truncated = false;                // more than cycle_limit cycles exist
    // The notices were matched against (--retractions); "" if none were given, and then no
    // claim can be resting-on-retracted.
    std::string retractions;
};

}  // namespace citegraph
