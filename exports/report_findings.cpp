// The report's findings: filter controls, then one <details> per finding, worst first, in
// the order `citegraph check` prints them, less the stale sources, which come before them.
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "citegraph/findings.hpp"
#include "html.hpp"
#include "nodes.hpp"
#include "report_parts.hpp"
#include "text.hpp"
#include "text/counted.hpp"
#include "reasons.hpp"

namespace citegraph::exports_detail {

namespace {

// Calls take(s) with the section index of each claim a finding is about: its claim's, or
// those of the claims resting on a flagged reference, in citing order, repeats included.
template <class Take>
void for_each_claim_section(const corpus& c, const corpus_assessment& a, const finding& f, Take take) {
    const claim_list& claims = c.documents[f.document].claims;
    if (!names_reference(f)) {
        take(claims[f.item].section);
        return;
    }
    for (std::size_t i : a.documents[f.document].references[f.item].cited_by) take(claims[i].section);
}

// The sections a finding belongs to, by their graph node ids ("d1:s2"), space-separated,
// each once: the filter keys of its row.
std::string finding_sections(const corpus& c, const corpus_assessment& a, const finding& f) {
    const std::size_t sections = c.documents[f.document].sections.size();
    std::vector<std::string> keys;
    for_each_claim_section(c, a, f, [&](std::size_t s) {
        std::string key = s < sections ? c.vertex_id(c.section_vertex(f.document, s)) : "";
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
    });
    return join(keys, " ");
}

// One row of a claim's source table; a cited number the list lacks says so.
void append_source_row(pugi::xml_node table, const corpus& c, const corpus_assessment& a, std::size_t doc,
                       int number) {
    pugi::xml_node row = html::element(table, "tr");
    const auto index = c.reference_index(doc, number);
    if (!index) {
        html::element(row, "td", std::to_string(number), {});
        html::element(row, "td", "not in the reference list", {{"colspan", "4"}});
        return;
    }
    const auto ref = *index;
    const reference& r = c.documents[doc].references[ref];
    const reference_assessment& ra = a.documents[doc].references[ref];
    html::element(html::element(row, "td"), "a", std::to_string(number), {{"href", "#" + reference_anchor(c, doc, ref)}});
    std::string when = iso_or_undated(r.published);
    if (r.role != date_role::none) when += " (" + std::string(to_string(r.role)) + ")";
    html::element(row, "td", when, {});
    html::element(row, "td", to_string(r.kind), {});
    pugi::xml_node status = html::element(row, "td");
    append_badge(status, reference_status(ra));
    std::vector<std::string> notes = stale_reason_texts(c, a, doc, ref);
    for (auto& flag : flag_names(ra.flags))
        if (flag != "in-force") notes.push_back(std::move(flag));
    if (!notes.empty()) html::text(status, " " + join(notes, "; "));
    html::element(row, "td", short_label(r.text, 140), {});
}

void append_claim_body(pugi::xml_node body, const corpus& c, const corpus_assessment& a, const finding& f) {
    const document& d = c.documents[f.document];
    const claim& cl = d.claims[f.item];
    html::element(body, "p", cl.text, {{"class", "claim-text"}});
    std::string where = "Section: " + std::string(section_name(c, f.document, f.item));
    if (cl.where.line != 0)
        where += " · line " + std::to_string(cl.where.line) + ", column " + std::to_string(cl.where.column);
    html::element(body, "p", where, {{"class", "meta"}});
    if (const std::string why = explain(c, a, f); !why.empty()) html::element(body, "p", why, {{"class", "why"}});
    if (cl.cites.empty()) {
        html::element(body, "p", "No citation supports this claim.", {{"class", "note"}});
        return;
    }
    pugi::xml_node table = html::element(body, "table", {{"class", "sources"}});
    pugi::xml_node head = html::element(html::element(table, "thead"), "tr");
    for (const char* column : {"Source", "Date", "Kind", "Status", "Reference"}) html::element(head, "th", column, {});
    pugi::xml_node rows = html::element(table, "tbody");
    for (int number : cl.cites) append_source_row(rows, c, a, f.document, number);
}

void append_finding(pugi::xml_node list, const corpus& c, const corpus_assessment& a, const finding& f) {
    const document& d = c.documents[f.document];
    pugi::xml_node row = html::element(
        list, "details",
        {{"class", "finding"}, {"data-verdict", f.name()}, {"data-sections", finding_sections(c, a, f)}});
    pugi::xml_node summary = html::element(row, "summary");
    append_badge(summary, f.name());
    html::text(summary, " ");
    pugi::xml_node body = html::element(row, "div", {{"class", "body"}});
    if (names_reference(f)) {
        const reference& r = d.references[f.item];
        const std::size_t n = a.documents[f.document].references[f.item].cited_by.size();
        html::element(summary, "span", place(d, r.where.line), {{"class", "where"}});
        html::text(summary, " [" + std::to_string(r.number) + "] " + short_label(r.text, 90) + " — " +
                                text::counted(n, "claim rests", "claims rest") + " on it");
        append_reference_details(body, c, a, f.document, f.item);
        return;
    }
    html::element(summary, "span", place(d, d.claims[f.item].where.line), {{"class", "where"}});
    html::text(summary, " " + short_label(d.claims[f.item].text, 110));
    append_claim_body(body, c, a, f);
}

// A <select> with "all" first, then each value with its label.
void append_select(pugi::xml_node parent, const char* id, const char* label, const char* all,
                   const std::vector<std::pair<std::string, std::string>>& options) {
    html::element(parent, "label", label, {{"for", id}});
    pugi::xml_node select = html::element(parent, "select", {{"id", id}});
    html::element(select, "option", all, {{"value", ""}});
    for (const auto& [value, text] : options) html::element(select, "option", text, {{"value", value}});
}

// By document and section, whether a section holds a finding: is among finding_sections
// of some finding. Looked up in one string of every finding's keys, each section took a
// scan of it, as long as the findings: 500 reports' filters took a second.
std::vector<std::vector<bool>> sections_with_findings(const corpus& c, const corpus_assessment& a,
                                                      const std::vector<finding>& findings) {
    std::vector<std::vector<bool>> used(c.documents.size());
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) used[doc].assign(c.documents[doc].sections.size(), false);
    for (const finding& f : findings)
        for_each_claim_section(c, a, f, [&, doc = f.document](std::size_t s) {
            if (s < used[doc].size()) used[doc][s] = true;
        });
    return used;
}

void append_filters(pugi::xml_node parent, const corpus& c, const corpus_assessment& a,
                    const std::vector<finding>& findings) {
    std::vector<std::pair<std::string, std::string>> verdicts;
    std::map<std::string, std::size_t> per_verdict;
    for (const finding& f : findings)
        if (per_verdict[std::string(f.name())]++ == 0) verdicts.emplace_back(f.name(), "");
    for (auto& [name, text] : verdicts) text = name + " (" + std::to_string(per_verdict[name]) + ")";

    std::vector<std::pair<std::string, std::string>> sections;
    const std::vector<std::vector<bool>> used = sections_with_findings(c, a, findings);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        for (std::size_t s = 0; s < d.sections.size(); ++s) {
            if (!used[doc][s]) continue;
            const std::string key = c.vertex_id(c.section_vertex(doc, s));
            std::string name = short_label(raw_node_text(c, c.section_vertex(doc, s)), 70);
            if (c.documents.size() > 1) name = short_label(d.title.empty() ? d.path : d.title, 30) + ": " + name;
            sections.emplace_back(key, std::move(name));
        }
    }
    pugi::xml_node bar = html::element(parent, "div", {{"class", "filters"}, {"role", "search"}});
    append_select(bar, "filter-verdict", "Verdict", "every verdict", verdicts);
    append_select(bar, "filter-section", "Section", "every section", sections);
    html::element(bar, "input", {{"id", "filter-text"}, {"type", "search"}, {"placeholder", "Search the findings"},
                                 {"aria-label", "Search the findings"}});
    pugi::xml_node count = html::element(bar, "span", {{"class", "meta"}});
    html::element(count, "span", std::to_string(findings.size()), {{"id", "shown-count"}});
    html::text(count, " of " + std::to_string(findings.size()) + " shown");
    html::element(bar, "button", "Expand all", {{"id", "expand-all"}, {"type", "button"}});
    html::element(bar, "button", "Collapse all", {{"id", "collapse-all"}, {"type", "button"}});
}

}  // namespace

void append_findings(pugi::xml_node parent, html::streamed_page& page, const corpus& c, const corpus_assessment& a) {
    // Retracted and stale sources have a part of their own, ranked, before the findings; a
    // reference under an expression of concern or corrected stays among the findings.
    auto findings = std::make_shared<std::vector<finding>>(ordered_findings(c, a));
    std::erase_if(*findings, [](const finding& f) {
        return f.kind == finding_kind::stale_source && f.name() != "concern-source" && f.name() != "corrected-source";
    });
    append_filters(parent, c, a, *findings);
    pugi::xml_node list = html::element(parent, "div", {{"id", "finding-list"}});
    if (findings->empty())
        html::element(list, "p", "No findings: every claim rests on current sources.", {{"class", "note"}});
    page.defer(list, findings->size(), [&c, &a, findings](pugi::xml_node item, std::size_t i) {
        append_finding(item, c, a, (*findings)[i]);
    });
}

}  // namespace citegraph::exports_detail
