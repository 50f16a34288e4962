#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "citegraph/exports.hpp"
#include "prov_model.hpp"

namespace citegraph {

namespace {

using json = nlohmann::ordered_json;
using namespace exports_detail;

// A value as PROV-JSON writes it: strings, numbers and booleans plain, everything else as
// {"$": lexical form, "type": datatype}.
json value_json(const prov_value& value) {
    switch (value.kind) {
        case prov_value_kind::string: return value.text;
        case prov_value_kind::integer: return std::stoll(value.text);
        case prov_value_kind::boolean: return value.text == "true";
        case prov_value_kind::qualified_name: return {{"$", value.text}, {"type", "prov:QUALIFIED_NAME"}};
        case prov_value_kind::typed: return {{"$", value.text}, {"type", value.datatype}};
    }
    return nullptr;
}

// The entity's attributes; a name given several values holds them as an array, in order.
json attributes_json(const prov_entity& entity) {
    json out = json::object();
    for (const prov_attribute& attribute : entity.attributes) {
        json value = value_json(attribute.value);
        auto found = out.find(attribute.name);
        if (found == out.end()) {
            out[attribute.name] = std::move(value);
        } else {
            if (!found->is_array()) *found = json::array({std::move(*found)});
            found->push_back(std::move(value));
        }
    }
    return out;
}

// The PROV-JSON member a relation kind belongs to and the names of its two arguments.
struct relation_shape {
    const char* member;
    const char* subject;
    const char* object;
};

relation_shape shape(prov_relation_kind kind) {
    switch (kind) {
        case prov_relation_kind::had_member: return {"hadMember", "prov:collection", "prov:entity"};
        case prov_relation_kind::derived_from:
        case prov_relation_kind::revision_of:
            return {"wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity"};
        case prov_relation_kind::specialization_of:
            return {"specializationOf", "prov:specificEntity", "prov:generalEntity"};
        case prov_relation_kind::alternate_of: return {"alternateOf", "prov:alternate1", "prov:alternate2"};
    }
    return {"hadMember", "prov:collection", "prov:entity"};
}

}  // namespace

void write_prov_json(std::ostream& out, const corpus& c, const corpus_assessment& a,
                     const vertex_filter& keep) {
    const prov_document prov = build_prov(c, a, keep);
    json doc;
    doc["prefix"] = {{std::string(prov_prefix), std::string(prov_namespace)}};
    // An ordered_json object finds a key by a linear search, so inserting with operator[]
    // would make the export quadratic. Entity ids and relation names are unique (build_prov
    // states each record once), so they are appended to the object's vector directly.
    json entities = json::object();
    auto& entity_members = entities.get_ref<json::object_t&>();
    entity_members.reserve(prov.entities.size());
    for (const prov_entity& entity : prov.entities) entity_members.emplace_back(entity.id, attributes_json(entity));
    if (!entities.empty()) doc["entity"] = std::move(entities);
    // Relations have no names of their own: PROV-JSON keys them by blank nodes "_:r1", ...
    std::size_t count = 0;
    for (const prov_relation& relation : prov.relations) {
        const relation_shape s = shape(relation.kind);
        json record;
        record[s.subject] = relation.subject;
        record[s.object] = relation.object;
        if (relation.kind == prov_relation_kind::revision_of)
            record["prov:type"] = value_json({prov_value_kind::qualified_name, "prov:Revision", {}});
        json& member = doc[s.member];
        if (member.is_null()) member = json::object();
        member.get_ref<json::object_t&>().emplace_back("_:r" + std::to_string(++count), std::move(record));
    }
    out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace citegraph
