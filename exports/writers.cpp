// The writer table: one row per format of each command, as importers/registry.cpp has one
// per input format. A new format is a writer in exports/ and a row here.
#include <algorithm>
#include <ostream>

#include "citegraph/exports.hpp"
#include "citegraph/render.hpp"
#include "citegraph/report.hpp"
#include "graph/citation_graph.hpp"
#include "listings.hpp"

namespace citegraph {

namespace {

// The report with the picture of its stale paths; a graph too large to draw is left out
// with a note.
void write_report_page(std::ostream& out, const writer_input& in) {
    graph_view stale;
    stale.only_stale = true;
    const vertex_filter keep = select_vertices(in.c, in.a, stale);
    std::string svg;
    try {
        if (kept_count(in.c, keep) > 0) svg = render_graph(in.c, in.a, keep, {});
    } catch (const graph_too_large& e) {
        if (in.notes) in.notes->warn("", {}, std::string(e.what()) + "; the report leaves the graph out");
    }
    write_html_report(out, in.c, in.a, svg);
}

constexpr writer table[] = {
    {"check", "text", exports_detail::write_check_text},
    {"check", "json", exports_detail::write_check_json},
    {"check", "sarif", exports_detail::write_check_sarif},
    {"export", "json", [](std::ostream& out, const writer_input& in) { write_json(out, in.c, in.a, in.keep); }},
    {"export", "graphml", [](std::ostream& out, const writer_input& in) { write_graphml(out, in.c, in.a, in.keep); }},
    {"export", "dot", [](std::ostream& out, const writer_input& in) { write_dot(out, in.c, in.a, in.keep); }},
    {"export", "prov-json",
     [](std::ostream& out, const writer_input& in) { write_prov_json(out, in.c, in.a, in.keep); }},
    {"export", "provn", [](std::ostream& out, const writer_input& in) { write_provn(out, in.c, in.a, in.keep); }},
    {"report", "html", write_report_page},
    {"trace", "text", exports_detail::write_trace_text},
    {"trace", "json", exports_detail::write_trace_json},
    {"impact", "text", exports_detail::write_impact_text},
    {"impact", "json", exports_detail::write_impact_json},
};

}  // namespace

std::span<const writer> writers() { return table; }

const writer* find_writer(std::string_view command, std::string_view name) {
    const auto found = std::find_if(std::begin(table), std::end(table), [&](const writer& w) {
        return w.command == command && w.name == name;
    });
    return found == std::end(table) ? nullptr : found;
}

std::vector<std::string> writer_names(std::string_view command) {
    std::vector<std::string> names;
    for (const writer& w : table)
        if (w.command == command) names.emplace_back(w.name);
    return names;
}

std::vector<diagnostic> near_miss_warnings(const corpus& c) {
    std::vector<diagnostic> warnings;
    for (const near_miss& miss : c.links.near_misses) {
        const reference& first = c.documents[miss.first.document].references[miss.first.reference];
        const document& other = c.documents[miss.second.document];
        const reference& second = other.references[miss.second.reference];
        std::string message = "near miss: reference " + std::to_string(first.number) + " and " +
                              c.vertex_id(c.reference_vertex(miss.second.document, miss.second.reference)) +
                              " (" + other.path + ":" + std::to_string(second.where.line) + "): " + miss.reason +
                              "; not merged";
        warnings.push_back({c.documents[miss.first.document].path, first.where, std::move(message)});
    }
    return warnings;
}

}  // namespace citegraph
