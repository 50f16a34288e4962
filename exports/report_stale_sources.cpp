// The report's stale sources, ranked: retracted works first (with --retractions), then the
// one most claims rest on first, since mending it mends them all. Each is a collapsed row naming its newer edition, if any, with a link to
// that edition's entry; opened, it shows its dates, reasons and the claims resting on it.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/series.hpp"
#include "html.hpp"
#include "report_parts.hpp"
#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

// The newer edition that supersedes a reference: in its own document or another; nullopt if none.
std::optional<reference_place> newer_edition(std::size_t doc, const reference_assessment& ra, const corpus& c) {
    for (const stale_reason& reason : ra.stale_reasons) {
        if (reason.kind == stale_reason_kind::superseded_elsewhere) return reason.reference;
        if (reason.kind == stale_reason_kind::superseded)
            if (const auto index = c.reference_index(doc, ra.superseded_by)) return reference_place{doc, *index};
    }
    return std::nullopt;
}

// " — superseded by 4: Trafficking in Persons Report- 2020: Mali", the edition linking to its entry.
void append_newer_edition(pugi::xml_node summary, const corpus& c, std::size_t doc, const reference_place& newer) {
    const reference& r = c.documents[newer.document].references[newer.reference];
    const std::string number = newer.document == doc ? std::to_string(r.number)
                                                     : c.vertex_id(c.reference_vertex(newer.document, newer.reference));
    html::text(summary, " — superseded by ");
    html::element(summary, "a", number + ": " + short_label(edition_title(r), 80),
                  {{"href", "#" + reference_anchor(c, newer.document, newer.reference)}, {"class", "newer"}});
}

}  // namespace

std::vector<reference_place> ranked_stale_sources(const corpus& c, const corpus_assessment& a) {
    std::vector<reference_place> ranked;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        for (std::size_t i = 0; i < a.documents[doc].references.size(); ++i)
            if (const reference_assessment& ra = a.documents[doc].references[i]; counts_as_stale(ra) || ra.flags.retracted)
                ranked.push_back({doc, i});
    const auto at = [&](const reference_place& p) -> const reference_assessment& {
        return a.documents[p.document].references[p.reference];
    };
    // A withdrawn work before an old one, as check lists them: its claims rest on nothing.
    std::stable_sort(ranked.begin(), ranked.end(), [&](const reference_place& x, const reference_place& y) {
        if (at(x).flags.retracted != at(y).flags.retracted) return at(x).flags.retracted;
        return at(x).cited_by.size() > at(y).cited_by.size();
    });
    return ranked;
}

void append_stale_sources(pugi::xml_node parent, html::streamed_page& page, const corpus& c,
                          const corpus_assessment& a) {
    auto ranked = std::make_shared<const std::vector<reference_place>>(ranked_stale_sources(c, a));
    if (ranked->empty()) {
        html::element(parent, "p", "No source is stale.", {{"class", "note"}});
        return;
    }
    pugi::xml_node list = html::element(parent, "ol", {{"class", "stale-sources"}});
    page.defer(list, ranked->size(), [&c, &a, ranked](pugi::xml_node item, std::size_t i) {
        const reference_place& p = (*ranked)[i];
        const document& d = c.documents[p.document];
        const reference& r = d.references[p.reference];
        const reference_assessment& ra = a.documents[p.document].references[p.reference];
        const std::size_t n = ra.cited_by.size();
        const std::string_view name = ra.flags.retracted ? "retracted-source" : ra.stale ? "stale-source" : "stale-upstream";
        pugi::xml_node row = html::element(
            html::element(item, "li"), "details",
            {{"class", "stale-source"}, {"data-claims", std::to_string(n)}, {"data-verdict", name},
             {"data-reference", c.vertex_id(c.reference_vertex(p.document, p.reference))}});
        pugi::xml_node summary = html::element(row, "summary");
        html::element(summary, "span", std::to_string(n) + (n == 1 ? " claim" : " claims"), {{"class", "claims-count"}});
        html::text(summary, " ");
        append_badge(summary, name);
        html::text(summary, " ");
        html::element(summary, "span", place(d, r.where.line), {{"class", "where"}});
        html::text(summary, " [" + std::to_string(r.number) + "] " + short_label(r.text, 90));
        if (const auto newer = newer_edition(p.document, ra, c)) append_newer_edition(summary, c, p.document, *newer);
        append_reference_details(html::element(row, "div", {{"class", "body"}}), c, a, p.document, p.reference);
    });
}

}  // namespace citegraph::exports_detail
