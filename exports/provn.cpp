#include <ostream>
#include <string>
#include <string_view>

#include "citegraph/exports.hpp"
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

}  // namespace

void write_provn(std::ostream& out, const corpus& c, const corpus_assessment& a,
                 const vertex_filter& keep) {
    out << "document\n  prefix " << prov_prefix << " <" << prov_namespace << ">\n\n";
    write_record(out, "agent", prov_agent());
    write_record(out, "activity", prov_activity(a));
    const prov_document prov =
        build_prov(c, a, keep, [&out](const prov_entity& entity) { write_record(out, "entity", entity); });
    if (!prov.relations.empty()) out << '\n';
    for (const prov_relation& relation : prov.relations) {
        out << "  " << keyword(relation.kind) << '(' << prov_name(c, relation.subject) << ", "
            << prov_name(c, relation.object);
        // The time of a generation or usage, and the plan of an association, are not recorded.
        if (relation.kind == prov_relation_kind::generated_by || relation.kind == prov_relation_kind::used ||
            relation.kind == prov_relation_kind::associated_with)
            out << ", -";
        if (relation.kind == prov_relation_kind::revision_of) out << ", [prov:type='prov:Revision']";
        out << ")\n";
    }
    out << "endDocument\n";
}

}  // namespace citegraph
