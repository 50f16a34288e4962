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
        case prov_value_kind::boolean: out << '"' << value.text << "\"^^xsd:boolean"; return;
        case prov_value_kind::qualified_name: out << '\'' << value.text << '\''; return;
        case prov_value_kind::typed: out << '"' << value.text << "\"^^" << value.datatype; return;
    }
}

std::string_view keyword(prov_relation_kind kind) {
    switch (kind) {
        case prov_relation_kind::had_member: return "hadMember";
        case prov_relation_kind::derived_from:
        case prov_relation_kind::revision_of: return "wasDerivedFrom";
        case prov_relation_kind::specialization_of: return "specializationOf";
        case prov_relation_kind::alternate_of: return "alternateOf";
    }
    return "hadMember";
}

}  // namespace

void write_provn(std::ostream& out, const corpus& c, const corpus_assessment& a,
                 const vertex_filter& keep) {
    const prov_document prov = build_prov(c, a, keep);
    out << "document\n  prefix " << prov_prefix << " <" << prov_namespace << ">\n";
    if (!prov.entities.empty()) out << '\n';
    for (const prov_entity& entity : prov.entities) {
        out << "  entity(" << entity.id;
        const char* separator = ", [";
        for (const prov_attribute& attribute : entity.attributes) {
            out << separator << attribute.name << '=';
            write_value(out, attribute.value);
            separator = ", ";
        }
        out << (entity.attributes.empty() ? ")\n" : "])\n");
    }
    if (!prov.relations.empty()) out << '\n';
    for (const prov_relation& relation : prov.relations) {
        out << "  " << keyword(relation.kind) << '(' << relation.subject << ", " << relation.object;
        if (relation.kind == prov_relation_kind::revision_of) out << ", [prov:type='prov:Revision']";
        out << ")\n";
    }
    out << "endDocument\n";
}

}  // namespace citegraph
