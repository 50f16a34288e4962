// The report's summary: for one document, claims by verdict and references by flag, each
// count that is a finding linking to the findings filtered to it; for several, a table.
#include <string>

#include "citegraph/stale_analysis.hpp"
#include "citegraph/findings.hpp"
#include "html.hpp"
#include "report_parts.hpp"
#include "text.hpp"
#include "text/counted.hpp"

namespace citegraph::exports_detail {

namespace {

// A table row: badge or label, count; the count links to "#verdict=NAME" when a filter is
// given, or to the ranked stale sources for "stale-source".
void append_count(pugi::xml_node table, std::string_view label, bool badge, int count,
                  std::string_view filter = {}) {
    pugi::xml_node row = html::element(table, "tr");
    pugi::xml_node name = html::element(row, "td");
    if (badge) append_badge(name, label);
    else html::text(name, label);
    pugi::xml_node cell = html::element(row, "td", {{"class", "count"}});
    if (filter.empty() || count == 0) html::text(cell, std::to_string(count));
    else if (filter == "stale-source") html::element(cell, "a", std::to_string(count), {{"href", "#stale-sources"}});
    else html::element(cell, "a", std::to_string(count), {{"href", "#verdict=" + std::string(filter)}});
}

// Where the as-of date came from, as the policy line says it.
std::string_view as_of_source(const document& d, const document_assessment& da, const stale_policy& policy) {
    if (policy.as_of.known()) return " (set for this report)";
    if (!da.as_of.known()) return "";
    if (d.published.known() && d.published == da.as_of) return " (the document's own date)";
    return " (the newest date in its reference list)";
}

void append_document_summary(pugi::xml_node parent, const corpus& c, const corpus_assessment& a,
                             std::size_t doc) {
    const document& d = c.documents[doc];
    const document_assessment& da = a.documents[doc];
    const document_summary s = summarize(d, da);
    if (c.documents.size() > 1) html::element(parent, "h3", d.title.empty() ? d.path : d.title, {});

    std::string policy = "As of " + (da.as_of.known() ? to_iso(da.as_of) : std::string("an unknown date"));
    policy += as_of_source(d, da, a.policy);
    policy += "; a source older than " + to_string(a.policy.max_age) + " is stale";
    if (const date cutoff = age_cutoff(da.as_of, a.policy.max_age); cutoff.known())
        policy += " (its period ends before " + to_iso(cutoff) + ")";
    policy += ".";
    html::element(parent, "p", policy, {{"class", "meta policy"}});

    pugi::xml_node cards = html::element(parent, "div", {{"class", "cards"}});
    pugi::xml_node claims = html::element(cards, "div", {{"class", "card"}});
    html::element(claims, "h3", text::counted(d.claims.size(), "claim"), {});
    pugi::xml_node claim_table = html::element(claims, "table");
    for (claim_verdict v : summary_verdicts)
        if (in_summary(v, a)) append_count(claim_table, to_string(v), true, s.claims(v), v == claim_verdict::ok ? "" : to_string(v));
    append_count(claim_table, "anachronism", true, s.anachronisms, "anachronism");

    pugi::xml_node refs = html::element(cards, "div", {{"class", "card"}});
    html::element(refs, "h3", text::counted(d.references.size(), "reference"), {});
    pugi::xml_node ref_table = html::element(refs, "table");
    append_count(ref_table, "stale", true, s.stale, "stale-source");
    append_count(ref_table, "superseded by a newer edition", false, s.superseded);
    if (!a.retractions.empty()) {
        append_count(ref_table, "retracted", true, s.retracted, "retracted-source");
        append_count(ref_table, "expression of concern", false, s.concerns, "concern-source");
        append_count(ref_table, "corrected", false, s.corrected, "corrected-source");
    }
    append_count(ref_table, "in-force", true, s.in_force);
    append_count(ref_table, "undated", false, s.undated, "undated");
    append_count(ref_table, "unverifiable", false, s.unverifiable, "unverifiable");
    append_count(ref_table, "draft", false, s.drafts, "draft");
    append_count(ref_table, "never cited", false, static_cast<int>(s.never_cited.size()));
    if (!s.never_cited.empty())
        html::element(refs, "p", "Never cited: " + join(s.never_cited, ", "), {{"class", "meta"}});
}

}  // namespace

void append_summary(pugi::xml_node parent, const corpus& c, const corpus_assessment& a) {
    if (c.documents.empty()) html::element(parent, "p", "No documents.", {{"class", "note"}});
    if (c.documents.size() > 1) {
        append_document_table(parent, c, a);
        return;
    }
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) append_document_summary(parent, c, a, doc);
}

}  // namespace citegraph::exports_detail
