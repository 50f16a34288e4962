#include <ostream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <pugixml.hpp>

#include "exports.hpp"
#include "nodes.hpp"
#include "text.hpp"

namespace citegraph {

namespace {

using exports_detail::clean_text;
using exports_detail::join;

// One GraphML <key>: its id equals its attr.name, so Gephi and readers of either agree.
struct key_spec {
    const char* name;
    const char* domain;  // "graph", "node" or "edge"
    const char* type;    // "string", "int" or "boolean"
};

// Every key the writer may use. Names are unique across domains, so no id is ambiguous.
constexpr key_spec keys[] = {
    {"policy_as_of", "graph", "string"},   // the policy's as-of date; absent: per document
    {"policy_max_age", "graph", "string"}, // "3y", "1y6m"
    {"kind", "node", "string"},        // document, section, claim, reference
    {"label", "node", "string"},       // short one-line label
    {"text", "node", "string"},        // full text
    {"document", "node", "string"},    // path of the document the node belongs to
    {"line", "node", "int"},
    {"column", "node", "int"},
    {"section", "node", "string"},     // claims: their section's title
    {"cites", "node", "string"},       // claims: cited numbers, comma-joined
    {"years", "node", "string"},       // claims: years named, comma-joined
    {"verdict", "node", "string"},     // claims: ok, partly-stale, ...
    {"anachronism", "node", "boolean"},
    {"reasons", "node", "string"},     // claims: reasons, one per line
    {"number", "node", "int"},         // references
    {"date", "node", "string"},        // references: ISO date of its own precision
    {"date_role", "node", "string"},
    {"ref_kind", "node", "string"},
    {"url", "node", "string"},         // references: first URL
    {"flags", "node", "string"},       // references: flag names, comma-joined
    {"stale", "node", "boolean"},
    {"superseded_by", "node", "int"},
    {"stale_reasons", "node", "string"},
    {"as_of", "node", "string"},       // documents: the date ages were measured at
    {"reporting_year", "node", "int"},
    {"edge_kind", "edge", "string"},   // contains, cites
};

std::string join_numbers(const std::vector<int>& numbers) {
    std::vector<std::string> items;
    for (int n : numbers) items.push_back(std::to_string(n));
    return join(items, ",");
}

// Appends <data key="key">value</data> to an element.
void add_data(pugi::xml_node element, const char* key, const std::string& value) {
    pugi::xml_node data = element.append_child("data");
    data.append_attribute("key").set_value(key);
    data.text().set(clean_text(value).c_str());
}
void add_data(pugi::xml_node element, const char* key, long long value) {
    add_data(element, key, std::to_string(value));
}
void add_bool(pugi::xml_node element, const char* key, bool value) {
    add_data(element, key, std::string(value ? "true" : "false"));
}

void add_reference_data(pugi::xml_node element, const reference& r,
                        const reference_assessment& ra) {
    add_data(element, "number", r.number);
    if (r.where.line != 0) add_data(element, "line", static_cast<long long>(r.where.line));
    if (r.published.known()) add_data(element, "date", to_iso(r.published));
    if (r.role != date_role::none) add_data(element, "date_role", std::string(to_string(r.role)));
    add_data(element, "ref_kind", std::string(to_string(r.kind)));
    if (!r.urls.empty()) add_data(element, "url", r.urls.front());
    std::vector<std::string> flags = flag_names(ra.flags);
    if (r.source_on_file) flags.push_back("source-on-file");
    add_data(element, "flags", join(flags, ","));
    add_bool(element, "stale", ra.stale);
    if (ra.superseded_by != 0) add_data(element, "superseded_by", ra.superseded_by);
    if (!ra.stale_reasons.empty()) add_data(element, "stale_reasons", join(ra.stale_reasons, "\n"));
}

void add_claim_data(pugi::xml_node element, const document& d, const claim& cl,
                    const claim_assessment& ca) {
    if (cl.where.line != 0) add_data(element, "line", static_cast<long long>(cl.where.line));
    if (cl.where.column != 0) add_data(element, "column", static_cast<long long>(cl.where.column));
    if (const std::string* title = exports_detail::section_title(d, cl))
        add_data(element, "section", *title);
    add_data(element, "cites", join_numbers(cl.cites));
    add_data(element, "years", join_numbers(cl.years));
    add_data(element, "verdict", std::string(to_string(ca.verdict)));
    add_bool(element, "anachronism", ca.anachronism);
    if (!ca.reasons.empty()) add_data(element, "reasons", join(ca.reasons, "\n"));
}

void add_node(pugi::xml_node graph, const corpus& c, const corpus_assessment& a, vertex v) {
    const graph_node& node = c.graph[v];
    const document& d = c.documents[node.document];
    const document_assessment& da = a.documents[node.document];

    pugi::xml_node element = graph.append_child("node");
    element.append_attribute("id").set_value(clean_text(node.id).c_str());
    add_data(element, "kind", std::string(to_string(node.kind)));
    add_data(element, "label", exports_detail::node_label(c, v));
    add_data(element, "text", exports_detail::node_text(c, v));
    add_data(element, "document", d.path);
    switch (node.kind) {
        case node_kind::document:
            if (da.as_of.known()) add_data(element, "as_of", to_iso(da.as_of));
            if (d.reporting_year != 0) add_data(element, "reporting_year", d.reporting_year);
            break;
        case node_kind::section:
            if (d.sections[node.item].where.line != 0)
                add_data(element, "line", static_cast<long long>(d.sections[node.item].where.line));
            break;
        case node_kind::claim:
            add_claim_data(element, d, d.claims[node.item], da.claims[node.item]);
            break;
        case node_kind::reference:
            add_reference_data(element, d.references[node.item], da.references[node.item]);
            break;
    }
}

}  // namespace

void write_graphml(std::ostream& out, const corpus& c, const corpus_assessment& a) {
    exports_detail::require_parallel(c, a);
    pugi::xml_document xml;
    pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");

    pugi::xml_node root = xml.append_child("graphml");
    root.append_attribute("xmlns").set_value("http://graphml.graphdrawing.org/xmlns");
    root.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
    root.append_attribute("xsi:schemaLocation")
        .set_value("http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    for (const key_spec& key : keys) {
        pugi::xml_node element = root.append_child("key");
        element.append_attribute("id").set_value(key.name);
        element.append_attribute("for").set_value(key.domain);
        element.append_attribute("attr.name").set_value(key.name);
        element.append_attribute("attr.type").set_value(key.type);
    }

    pugi::xml_node graph = root.append_child("graph");
    graph.append_attribute("id").set_value("citegraph");
    graph.append_attribute("edgedefault").set_value("directed");
    if (a.policy.as_of.known()) add_data(graph, "policy_as_of", to_iso(a.policy.as_of));
    add_data(graph, "policy_max_age", to_string(a.policy.max_age));

    for (vertex v : boost::make_iterator_range(boost::vertices(c.graph))) add_node(graph, c, a, v);
    for (auto e : boost::make_iterator_range(boost::edges(c.graph))) {
        pugi::xml_node element = graph.append_child("edge");
        element.append_attribute("source")
            .set_value(clean_text(c.graph[boost::source(e, c.graph)].id).c_str());
        element.append_attribute("target")
            .set_value(clean_text(c.graph[boost::target(e, c.graph)].id).c_str());
        add_data(element, "edge_kind", std::string(to_string(c.graph[e].kind)));
    }
    xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
}

}  // namespace citegraph
