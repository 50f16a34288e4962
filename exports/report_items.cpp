// The pieces the report's parts share: badges, places, and a reference's details.
#include <string>

#include "html.hpp"
#include "nodes.hpp"
#include "report_parts.hpp"
#include "text.hpp"
#include "text/counted.hpp"
#include "reasons.hpp"

namespace citegraph::exports_detail {

std::string reference_anchor(const corpus& c, std::size_t doc, std::size_t ref) {
    return "ref-" + c.vertex_id(c.reference_vertex(doc, ref));
}

std::string_view reference_status(const reference_assessment& ra) {
    if (ra.flags.retracted) return "retracted";
    if (ra.stale) return "stale";
    return ra.flags.in_force ? "in-force" : "current";
}

void append_badge(pugi::xml_node parent, std::string_view name) {
    html::element(parent, "span", name, {{"class", "badge v-" + std::string(name)}});
}

std::string_view section_name(const corpus& c, std::size_t doc, std::size_t claim) {
    const std::size_t s = c.documents[doc].claims[claim].section;
    if (s >= c.documents[doc].sections.size()) return "";
    return raw_node_text(c, c.section_vertex(doc, s));
}

std::string place(const document& d, std::size_t line) {
    return line == 0 ? d.path : d.path + ':' + std::to_string(line);
}

namespace {

// "2018-06-28 (published), 2022-03-03 (accessed)"; "undated" if the entry names no date.
std::string dates_text(const reference& r) {
    std::vector<std::string> parts;
    const auto describe = [](const date& d, date_role role) {
        std::string text = to_iso(d);
        if (role != date_role::none) text += " (" + std::string(to_string(role)) + ")";
        return text;
    };
    for (const role_date& rd : r.dates) parts.push_back(describe(rd.value, rd.role));
    if (parts.empty() && r.published.known()) parts.push_back(describe(r.published, r.role));
    return parts.empty() ? "undated" : join(parts, ", ");
}

void append_field(pugi::xml_node list, std::string_view name, std::string_view value) {
    html::element(list, "dt", name, {});
    html::element(list, "dd", value, {});
}

// The claims citing a reference, one line each: verdict, place, short text.
void append_resting_claims(pugi::xml_node parent, const corpus& c, const corpus_assessment& a,
                           std::size_t doc, const reference_assessment& ra) {
    const std::size_t n = ra.cited_by.size();
    html::element(parent, "p",
                  n == 0 ? std::string("No claim cites it.")
                         : text::counted(n, "claim rests", "claims rest") + " on it:",
                  {{"class", "meta"}});
    if (n == 0) return;
    pugi::xml_node list = html::element(parent, "ul", {{"class", "claims"}});
    const document& d = c.documents[doc];
    for (std::size_t i : ra.cited_by) {
        pugi::xml_node item = html::element(list, "li");
        append_badge(item, to_string(a.documents[doc].claims[i].verdict));
        html::text(item, " ");
        html::element(item, "span", place(d, d.claims[i].where.line), {{"class", "where"}});
        html::text(item, " " + short_label(d.claims[i].text, 160));
    }
}

}  // namespace

void append_reference_details(pugi::xml_node parent, const corpus& c, const corpus_assessment& a,
                              std::size_t doc, std::size_t ref) {
    const document& d = c.documents[doc];
    const reference& r = d.references[ref];
    const reference_assessment& ra = a.documents[doc].references[ref];
    html::element(parent, "p", r.text, {{"class", "claim-text"}});
    pugi::xml_node fields = html::element(parent, "dl", {{"class", "fields"}});
    append_field(fields, "Dates", dates_text(r));
    append_field(fields, "Kind", to_string(r.kind));
    std::string status(reference_status(ra));
    if (!ra.stale_reasons.empty()) status += ": " + join(stale_reason_texts(c, a, doc, ref), "; ");
    append_field(fields, "Status", status);
    if (const auto flags = flag_names(ra.flags); !flags.empty()) append_field(fields, "Flags", join(flags, ", "));
    append_field(fields, "Listed at", place(d, r.where.line));
    bool has_link = false;
    for (const std::string& url : r.urls) {
        if (!is_web_url(url)) continue;  // javascript:, data: and the like never become links
        if (!has_link) html::element(fields, "dt", "Links", {});
        has_link = true;
        pugi::xml_node dd = html::element(fields, "dd");
        html::element(dd, "a", url, {{"href", url}, {"rel", "noopener noreferrer"}});
    }
    append_resting_claims(parent, c, a, doc, ra);
}

void append_references(pugi::xml_node parent, html::streamed_page& page, const corpus& c, const corpus_assessment& a) {
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        if (c.documents.size() > 1) html::element(parent, "h3", d.title.empty() ? d.path : d.title, {});
        if (d.references.empty()) html::element(parent, "p", "The document has no reference list.", {{"class", "note"}});
        page.defer(parent, d.references.size(), [&c, &a, doc](pugi::xml_node list, std::size_t i) {
            const reference& r = c.documents[doc].references[i];
            const reference_assessment& ra = a.documents[doc].references[i];
            pugi::xml_node entry = html::element(
                list, "details",
                {{"class", "reference"}, {"id", reference_anchor(c, doc, i)}, {"data-status", reference_status(ra)}});
            pugi::xml_node summary = html::element(entry, "summary");
            append_badge(summary, reference_status(ra));
            html::text(summary, " ");
            html::element(summary, "span", "[" + std::to_string(r.number) + "]", {{"class", "where"}});
            html::text(summary, " " + short_label(r.text, 110) + " — " +
                                    iso_or_undated(r.published));
            append_reference_details(html::element(entry, "div", {{"class", "body"}}), c, a, doc, i);
        });
    }
}

}  // namespace citegraph::exports_detail
