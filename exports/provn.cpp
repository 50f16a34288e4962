#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/exports.hpp"
#include "ordered_parallel_text.hpp"
#include "prov_model.hpp"

namespace citegraph {

namespace {

using namespace exports_detail;

// A PROV-N STRING_LITERAL: in quotes, with '"' and '\' escaped and line breaks and tabs
// written as \n, \r, \t (the grammar allows none of "\n\r\"\\" raw). The text is valid
// UTF-8 already (prov_model cleans it).
void write_string(std::ostream& out, std::string_view text) {
    out << '"';
    for (const char ch : text) {
        switch (ch) {
            case '"': out << "\\\""; break;
            case '\\': out << "\\\\"; break;
            case '\n': out << "\\n"; break;
            case '\r': out << "\\r"; break;
            case '\t': out << "\\t"; break;
            default: out << ch;
        }
    }
    out << '"';
}

void write_value(std::ostream& out, const prov_value& value) {
    switch (value.kind) {
        case prov_value_kind::string: write_string(out, value.text); return;
        case prov_value_kind::integer: out << value.text; return;
        // PROV-N types a literal with "%%" (RDF's "^^" is no part of its grammar).
        case prov_value_kind::boolean: out << '"' << value.text << "\" %% xsd:boolean"; return;
        case prov_value_kind::qualified_name: out << '\'' << value.text << '\''; return;
        case prov_value_kind::typed: out << '"' << value.text << "\" %% " << value.datatype; return;
    }
}

std::string_view keyword(prov_relation_kind kind) {
    switch (kind) {
        case prov_relation_kind::had_member: return "hadMember";
        case prov_relation_kind::derived_from:
        case prov_relation_kind::revision_of: return "wasDerivedFrom";
        case prov_relation_kind::specialization_of: return "specializationOf";
        case prov_relation_kind::alternate_of: return "alternateOf";
        case prov_relation_kind::generated_by: return "wasGeneratedBy";
        case prov_relation_kind::used: return "used";
        case prov_relation_kind::associated_with: return "wasAssociatedWith";
    }
    return "hadMember";
}

// "  entity(cg:d1, [prov:type='prov:Collection', ...])", or activity / agent; an activity
// states no start or end time ("-").
void write_record(std::ostream& out, std::string_view keyword, const prov_entity& record) {
    out << "  " << keyword << '(' << record.id << (keyword == "activity" ? ", -, -" : "");
    const char* separator = ", [";
    for (const prov_attribute& attribute : record.attributes) {
        out << separator << attribute.name << '=';
        write_value(out, attribute.value);
        separator = ", ";
    }
    out << (record.attributes.empty() ? ")\n" : "])\n");
}

// "  wasDerivedFrom(cg:d1.c3, cg:d1.r2, [prov:type='prov:Revision'])"
void write_relation(std::ostream& out, const corpus& c, const prov_relation& relation) {
    out << "  " << keyword(relation.kind) << '(' << prov_name(c, relation.subject()) << ", "
        << prov_name(c, relation.object());
    // The time of a generation or usage, and the plan of an association, are not recorded.
    if (relation.kind == prov_relation_kind::generated_by || relation.kind == prov_relation_kind::used ||
        relation.kind == prov_relation_kind::associated_with)
        out << ", -";
    if (relation.kind == prov_relation_kind::revision_of) out << ", [prov:type='prov:Revision']";
    out << ")\n";
}

}  // namespace

void write_provn(std::ostream& out, const corpus& c, const corpus_assessment& a,
                 const vertex_filter& keep) {
    out << "document\n  prefix " << prov_prefix << " <" << prov_namespace << ">\n\n";
    write_record(out, "agent", prov_agent());
    write_record(out, "activity", prov_activity(a));
    // Each part's entities are written on every core into their own text, which is written
    // here in order.
    const prov_reading reading(c, a, keep);
    make_in_parallel_use_in_order(
        reading.parts(), parts_per_window(),
        [&](std::size_t part) {
            std::ostringstream text;
            reading.entities(part, [&](const prov_entity& entity) { write_record(text, "entity", entity); });
            return std::move(text).str();
        },
        [&](const std::string& text) { out << text; });
    // Relations likewise, a part at a time (prov_reading::relation_parts), after a blank line.
    bool any_relation = false;
    make_in_parallel_use_in_order(
        reading.relation_parts(), parts_per_window(),
        [&](std::size_t part) {
            std::ostringstream text;
            for (const prov_relation& relation : reading.relations(part)) write_relation(text, c, relation);
            return std::move(text).str();
        },
        [&](const std::string& text) {
            if (text.empty()) return;
            if (!any_relation) out << '\n';
            any_relation = true;
            out << text;
        });
    out << "endDocument\n";
}

}  // namespace citegraph
