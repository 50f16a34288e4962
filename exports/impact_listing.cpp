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

// Every claim resting on the references in.subject names, text or JSON.
void write_impact(std::ostream& out, const writer_input& in, bool as_json) {
    const corpus& c = in.c;
    const corpus_assessment& a = in.a;
    const std::string& name = in.subject;
    const std::vector<reference_place> targets = references_named(c, name);
    const std::vector<impact_path> found = find_impact(c, targets);
    json listing = json::array();
    for (const impact_path& p : found) {
        const document& d = c.documents[p.claim.document];
        const claim& cl = d.claims[p.claim.claim];
        const std::string_view verdict = to_string(a.documents[p.claim.document].claims[p.claim.claim].verdict);
        if (!as_json) {
            out << printable(d.path) << ':' << cl.where.line << ": " << verdict << ": " << join(p.path, " → ") << '\n';
            continue;
        }
        listing.push_back({{"claim", p.path.front()},
                           {"path", d.path},
                           {"line", cl.where.line},
                           {"verdict", verdict},
                           {"chain", p.path},
                           {"text", clean_text(cl.text)}});
    }
    if (!as_json) return;
    json references = json::array();
    for (const reference_place& t : targets) references.push_back(c.graph()[c.reference_vertex(t.document, t.reference)].id);
    // Invalid UTF-8 (a file name in another encoding) comes out as U+FFFD, as in export.
    out << json{{"target", name}, {"references", references}, {"claims", listing}}.dump(
               2, ' ', false, json::error_handler_t::replace)
        << '\n';
}

}  // namespace

void write_impact_text(std::ostream& out, const writer_input& in) { write_impact(out, in, false); }
void write_impact_json(std::ostream& out, const writer_input& in) { write_impact(out, in, true); }

}  // namespace citegraph::exports_detail
