// The report's table of documents, for a corpus: one row per document, so twenty documents
// read as one table rather than twenty pairs of cards.
#include <array>
#include <string>
#include <string_view>

#include "citegraph/findings.hpp"
#include "html.hpp"
#include "report_parts.hpp"
#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

// The claim verdicts that are findings, in check's order, and the reference flags;
// resting-on-retracted (the first) only has a column when notices were matched (--retractions).
constexpr std::array<claim_verdict, 5> finding_verdicts{claim_verdict::resting_on_retracted,
                                                        claim_verdict::resting_on_stale, claim_verdict::partly_stale,
                                                        claim_verdict::dangling, claim_verdict::uncited};

// The numbers of one row: claims by verdict, anachronisms, references, stale and flagged ones.
struct row_counts {
    std::size_t claims = 0;
    std::array<int, 5> verdicts{};  // parallel to finding_verdicts
    int anachronisms = 0;
    std::size_t references = 0;
    int stale = 0;  // stale or stale upstream: what the stale sources part lists
    int retracted = 0;  // listed there too, first
    int undated = 0;
    int unverifiable = 0;
    int drafts = 0;

    void add(const row_counts& other) {
        claims += other.claims;
        for (std::size_t i = 0; i < verdicts.size(); ++i) verdicts[i] += other.verdicts[i];
        anachronisms += other.anachronisms;
        references += other.references;
        stale += other.stale;
        retracted += other.retracted;
        undated += other.undated;
        unverifiable += other.unverifiable;
        drafts += other.drafts;
    }
};

row_counts counts_of(const document& d, const document_assessment& da) {
    const document_summary s = summarize(d, da);
    row_counts row;
    row.claims = d.claims.size();
    for (std::size_t i = 0; i < finding_verdicts.size(); ++i) row.verdicts[i] = s.claims(finding_verdicts[i]);
    row.anachronisms = s.anachronisms;
    row.references = d.references.size();
    for (const reference_assessment& ra : da.references) row.stale += counts_as_stale(ra);
    row.retracted = s.retracted;
    row.undated = s.undated;
    row.unverifiable = s.unverifiable;
    row.drafts = s.drafts;
    return row;
}

// A number cell; a nonzero stale count links to the ranked stale sources.
void append_number(pugi::xml_node row, const char* cell, std::size_t value, bool to_stale_sources = false) {
    pugi::xml_node td = html::element(row, cell, {{"class", "count"}});
    if (to_stale_sources && value > 0) html::element(td, "a", std::to_string(value), {{"href", "#stale-sources"}});
    else html::text(td, std::to_string(value));
}

// The columns for retractions (resting-on-retracted, Retracted) only with `notices`.
void append_counts(pugi::xml_node row, const char* cell, const row_counts& n, bool notices) {
    append_number(row, cell, n.claims);
    for (std::size_t i = notices ? 0 : 1; i < n.verdicts.size(); ++i)
        append_number(row, cell, static_cast<std::size_t>(n.verdicts[i]));
    append_number(row, cell, static_cast<std::size_t>(n.anachronisms));
    append_number(row, cell, n.references);
    if (notices) append_number(row, cell, static_cast<std::size_t>(n.retracted), true);
    append_number(row, cell, static_cast<std::size_t>(n.stale), true);
    append_number(row, cell, static_cast<std::size_t>(n.undated));
    append_number(row, cell, static_cast<std::size_t>(n.unverifiable));
    append_number(row, cell, static_cast<std::size_t>(n.drafts));
}

}  // namespace

void append_document_table(pugi::xml_node parent, const corpus& c, const corpus_assessment& a) {
    html::element(parent, "p",
                  std::to_string(c.documents.size()) + " documents; a source older than " +
                      to_string(a.policy.max_age) + " at a document's as-of date is stale.",
                  {{"class", "meta policy"}});
    pugi::xml_node table = html::element(html::element(parent, "div", {{"class", "table-scroll"}}), "table",
                                         {{"class", "documents"}});
    pugi::xml_node head = html::element(html::element(table, "thead"), "tr");
    for (const char* column : {"Document", "Path", "As of", "Policy", "Claims"}) html::element(head, "th", column, {});
    const bool notices = !a.retractions.empty();
    for (claim_verdict v : finding_verdicts)
        if (in_summary(v, a)) append_badge(html::element(head, "th"), to_string(v));
    append_badge(html::element(head, "th"), "anachronism");
    html::element(head, "th", "References", {});
    if (notices) html::element(head, "th", "Retracted", {});
    for (const char* column : {"Stale", "Undated", "Unverifiable", "Draft"}) html::element(head, "th", column, {});

    pugi::xml_node body = html::element(table, "tbody");
    row_counts total;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        const document_assessment& da = a.documents[doc];
        pugi::xml_node row = html::element(body, "tr", {{"data-document", c.vertex_id(c.document_vertex(doc))}});
        html::element(row, "td", d.title.empty() ? d.path : short_label(d.title, 90), {});
        html::element(row, "td", d.path, {{"class", "where"}});
        html::element(row, "td", da.as_of.known() ? to_iso(da.as_of) : std::string("unknown"), {});
        html::element(row, "td", to_string(da.sources), {});
        const row_counts n = counts_of(d, da);
        append_counts(row, "td", n, notices);
        total.add(n);
    }
    pugi::xml_node foot = html::element(html::element(table, "tfoot"), "tr");
    html::element(foot, "th", "All " + std::to_string(c.documents.size()) + " documents", {{"colspan", "4"}});
    append_counts(foot, "th", total, notices);
}

}  // namespace citegraph::exports_detail
