// The report page: head with its Content-Security-Policy, then the parts in reading order.
#include <ostream>
#include <string>

#include "html.hpp"
#include "nodes.hpp"
#include "citegraph/report.hpp"
#include "report_assets.hpp"
#include "report_parts.hpp"
#include "sha256.hpp"

namespace citegraph {

namespace {

namespace html = exports_detail::html;

// Nothing but the inline style and script (by hash) and data: images may load; no form
// may post and no <base> may redirect links.
std::string content_security_policy() {
    return "default-src 'none'; style-src " + exports_detail::csp_hash(exports_detail::report_style) +
           "; script-src " + exports_detail::csp_hash(exports_detail::report_script) +
           "; img-src data:; base-uri 'none'; form-action 'none'";
}

std::string page_title(const corpus& c) {
    if (c.documents.size() != 1) return "citegraph report: " + std::to_string(c.documents.size()) + " documents";
    const document& d = c.documents.front();
    return "citegraph report: " + (d.title.empty() ? d.path : d.title);
}

pugi::xml_node part(pugi::xml_node main, const char* id, const char* heading, const char* lead) {
    pugi::xml_node part = html::element(main, "section", {{"id", id}});
    html::element(part, "h2", heading, {});
    if (*lead) html::element(part, "p", lead, {{"class", "lead"}});
    return part;
}

bool has_stale_paths(const corpus_assessment& a) {
    for (const auto& da : a.documents)
        for (const auto& ca : da.claims)
            if (ca.verdict == claim_verdict::resting_on_stale || ca.verdict == claim_verdict::partly_stale ||
                ca.verdict == claim_verdict::resting_on_retracted)
                return true;
    return false;
}

void append_graph(pugi::xml_node parent, const corpus_assessment& a, std::string_view graph_svg) {
    if (graph_svg.empty()) {
        html::element(parent, "p",
                      has_stale_paths(a) ? "The graph of stale paths was not drawn."
                                         : "No claim rests on a stale source: there are no stale paths to draw.",
                      {{"class", "note"}});
        return;
    }
    html::append_svg(html::element(parent, "div", {{"class", "graph"}}), graph_svg);
}

}  // namespace

void write_html_report(std::ostream& out, const corpus& c, const corpus_assessment& a, std::string_view graph_svg) {
    exports_detail::require_parallel(c, a);
    html::streamed_page streamed;
    pugi::xml_document& page = streamed.document();
    pugi::xml_node root = html::element(page, "html", {{"lang", "en"}});
    pugi::xml_node head = html::element(root, "head");
    html::element(head, "meta", {{"charset", "utf-8"}});
    html::element(head, "meta", {{"http-equiv", "Content-Security-Policy"}, {"content", content_security_policy()}});
    html::element(head, "meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    html::element(head, "meta", {{"name", "generator"}, {"content", "citegraph"}});
    html::element(head, "title", page_title(c), {});
    html::raw_text_element(head, "style", exports_detail::report_style);

    pugi::xml_node body = html::element(root, "body");
    pugi::xml_node header = html::element(body, "header");
    html::element(header, "h1", page_title(c), {});
    for (const document& d : c.documents) html::element(header, "p", d.path, {{"class", "lead where"}});
    pugi::xml_node nav = html::element(header, "nav");
    for (const auto& [id, name] : {std::pair{"#summary", "Summary"}, {"#stale-sources", "Stale sources"},
                                   {"#timeline", "Reference dates"}, {"#findings", "Findings"}, {"#graph", "Stale paths"},
                                   {"#references", "References"}})
        html::element(nav, "a", name, {{"href", id}});

    pugi::xml_node main = html::element(body, "main");
    exports_detail::append_summary(part(main, "summary", "Summary", ""), c, a);
    const bool notices = !a.retractions.empty();
    exports_detail::append_stale_sources(
        part(main, "stale-sources", notices ? "Retracted and stale sources" : "Stale sources",
             notices ? "Retracted works first, then ranked by the claims resting on them: mending the first mends "
                       "most. A newer edition is named and links to its entry; open a row for its dates, reasons "
                       "and claims."
                     : "Ranked by the claims resting on them: mending the first mends most. A newer edition is named "
                       "and links to its entry; open a row for its dates, reasons and claims."),
        streamed, c, a);
    pugi::xml_node timeline = part(
        main, "timeline", "Reference dates",
        "Each dated reference at the end of its period, against the as-of date and the age limit. "
        "Marks link to the reference.");
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        if (c.documents.size() > 1) {
            const document& d = c.documents[doc];
            html::element(timeline, "h3", d.title.empty() ? d.path : d.title, {});
        }
        exports_detail::append_timeline(timeline, c, a, doc);
    }
    exports_detail::append_findings(
        part(main, "findings", "Findings",
                "Worst first, as citegraph check lists them: claims by verdict, then the undated, "
                "unverifiable and draft references (the stale sources are above). Open a finding for its sources."),
        streamed, c, a);
    append_graph(part(main, "graph", "Stale paths",
                         "Stale and partly-stale claims with the sources they cite."),
                 a, graph_svg);
    exports_detail::append_references(
        part(main, "references", "References", "Every reference in list order, with the claims resting on it."),
        streamed, c, a);
    html::element(body, "footer", "Written by citegraph. This page loads nothing from the network.", {});
    html::raw_text_element(body, "script", exports_detail::report_script);
    streamed.save(out);
}

}  // namespace citegraph
