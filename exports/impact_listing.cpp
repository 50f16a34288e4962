#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "citegraph/diagnostics.hpp"
#include "citegraph/provenance_analysis.hpp"
#include "citegraph/views.hpp"
#include "graph/citation_graph.hpp"
#include "listings.hpp"
#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

using json = nlohmann::ordered_json;

// Where a reference can be read: "https://…, doi:10.…"; "no URL or DOI" when it names neither.
std::string where_to_read(const reference& r) {
    std::vector<std::string> links = r.urls;
    if (!r.doi.empty()) links.push_back("doi:" + r.doi);
    return links.empty() ? "no URL or DOI" : join(links, ", ");
}

// The reference a claim rests on, as impact heads its list with it:
// d1:r25 (2018-06-28): "U.S. Department of State. …" — https://…, doi:10.…
void write_target(std::ostream& out, const corpus& c, const reference_place& t) {
    const reference& r = c.documents[t.document].references[t.reference];
    out << c.vertex_id(c.reference_vertex(t.document, t.reference)) << " (" << iso_or_undated(r.published) << "): \""
        << terminal_label(r.text, 100) << "\" — " << printable(where_to_read(r)) << '\n';
}

json target_json(const corpus& c, const reference_place& t) {
    const reference& r = c.documents[t.document].references[t.reference];
    const auto shared = c.shared_source(t.document, t.reference);
    return {{"id", c.vertex_id(c.reference_vertex(t.document, t.reference))},
            {"path", c.documents[t.document].path},
            {"line", r.where.line},
            {"text", clean_text(r.text)},
            {"published", r.published.known() ? json(to_iso(r.published)) : json(nullptr)},
            {"urls", r.urls},
            {"doi", r.doi.empty() ? json(nullptr) : json(r.doi)},
            {"source", shared ? json(c.links.sources[*shared].id()) : json(nullptr)}};
}

// The references in.subject names, each with its text and where to read it, then every
// claim resting on them with its place, verdict, text and chain; text or JSON.
void write_impact(std::ostream& out, const writer_input& in, bool as_json) {
    const corpus& c = in.c;
    const corpus_assessment& a = in.a;
    const std::string& name = in.subject;
    const std::vector<reference_place> targets = references_named(c, name);
    const std::vector<impact_path> found = find_impact(c, targets);
    if (!as_json)
        for (const reference_place& t : targets) write_target(out, c, t);
    json listing = json::array();
    for (const impact_path& p : found) {
        const document& d = c.documents[p.claim.document];
        const claim& cl = d.claims[p.claim.claim];
        const std::string_view verdict = to_string(a.documents[p.claim.document].claims[p.claim.claim].verdict);
        if (!as_json) {
            out << printable(d.path) << ':' << cl.where.line << ':' << cl.where.column << ": " << verdict << ": \""
                << terminal_label(cl.text, 72) << "\" — " << join(p.path, " → ") << '\n';
            continue;
        }
        listing.push_back({{"claim", p.path.front()},
                           {"path", d.path},
                           {"line", cl.where.line},
                           {"column", cl.where.column},
                           {"verdict", verdict},
                           {"chain", p.path},
                           {"text", clean_text(cl.text)}});
    }
    if (!as_json) return;
    json references = json::array();
    json described = json::array();
    for (const reference_place& t : targets) {
        references.push_back(c.vertex_id(c.reference_vertex(t.document, t.reference)));
        described.push_back(target_json(c, t));
    }
    // Invalid UTF-8 (a file name in another encoding) comes out as U+FFFD, as in export.
    out << json{{"target", name}, {"references", references}, {"targets", described}, {"claims", listing}}.dump(
               2, ' ', false, json::error_handler_t::replace)
        << '\n';
}

}  // namespace

void write_impact_text(std::ostream& out, const writer_input& in) { write_impact(out, in, false); }
void write_impact_json(std::ostream& out, const writer_input& in) { write_impact(out, in, true); }

}  // namespace citegraph::exports_detail
