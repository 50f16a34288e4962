#include <algorithm>
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "chains.hpp"
#include "citegraph/diagnostics.hpp"
#include "exports/text.hpp"
#include "graph/provenance_analysis.hpp"
#include "graph/view.hpp"

namespace citegraph::cli {

namespace {

using exports_detail::join;
using json = nlohmann::ordered_json;

// The references a name stands for: the one reference "d1:r3" names, or every reference of
// the source "s4" names.
std::vector<reference_place> targets_named(const corpus& c, const std::string& name) {
    if (name.size() > 1 && name.front() == 's' && name.find(':') == std::string::npos) {
        const auto& sources = c.links.sources;
        const auto found = std::find_if(sources.begin(), sources.end(), [&](const source& s) { return s.id == name; });
        if (found == sources.end())
            throw view_error("no source '" + name + "' (sources are named like s4, as in the JSON export)");
        return found->references;
    }
    const item_place ref = reference_named(c, name);
    return {{ref.document, ref.item}};
}

}  // namespace

void write_impact(std::ostream& out, const corpus& c, const corpus_assessment& a, const std::string& name,
                  listing_format format) {
    const std::vector<reference_place> targets = targets_named(c, name);
    const std::vector<impact_path> found = find_impact(c, targets);
    json listing = json::array();
    for (const impact_path& p : found) {
        const document& d = c.documents[p.claim.document];
        const claim& cl = d.claims[p.claim.claim];
        const std::string_view verdict = to_string(a.documents[p.claim.document].claims[p.claim.claim].verdict);
        if (format == listing_format::text) {
            out << printable(d.path) << ':' << cl.where.line << ": " << verdict << ": " << join(p.path, " → ") << '\n';
            continue;
        }
        listing.push_back({{"claim", p.path.front()},
                           {"path", d.path},
                           {"line", cl.where.line},
                           {"verdict", verdict},
                           {"chain", p.path},
                           {"text", exports_detail::clean_text(cl.text)}});
    }
    if (format == listing_format::text) return;
    json references = json::array();
    for (const reference_place& t : targets) references.push_back(c.graph[c.reference_vertex(t.document, t.reference)].id);
    // Invalid UTF-8 (a file name in another encoding) comes out as U+FFFD, as in export.
    out << json{{"target", name}, {"references", references}, {"claims", listing}}.dump(
               2, ' ', false, json::error_handler_t::replace)
        << '\n';
}

}  // namespace citegraph::cli
