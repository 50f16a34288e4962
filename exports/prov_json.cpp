#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "citegraph/exports.hpp"
#include "json_stream.hpp"
#include "ordered_parallel_text.hpp"
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
        case prov_relation_kind::generated_by: return {"wasGeneratedBy", "prov:entity", "prov:activity"};
        case prov_relation_kind::used: return {"used", "prov:activity", "prov:entity"};
        case prov_relation_kind::associated_with: return {"wasAssociatedWith", "prov:activity", "prov:agent"};
    }
    return {"hadMember", "prov:collection", "prov:entity"};
}

// Where each part's relations start in the numbering of all relations ("_:r1" is the first),
// and the members their kinds make, in the order each first occurs.
struct relation_numbers {
    std::vector<std::size_t> first_of_part;
    std::vector<const char*> members;
};

relation_numbers number_relations(const prov_reading& reading) {
    relation_numbers numbers;
    numbers.first_of_part.reserve(reading.relation_parts());
    std::size_t count = 0;
    std::vector<prov_relation> relations;
    for (std::size_t part = 0; part < reading.relation_parts(); ++part) {
        numbers.first_of_part.push_back(count);
        reading.relations(part, relations);
        count += relations.size();
        for (const prov_relation& relation : relations) {
            const char* member = shape(relation.kind).member;
            if (std::none_of(numbers.members.begin(), numbers.members.end(),
                             [&](const char* m) { return std::string_view(m) == member; }))
                numbers.members.push_back(member);
        }
    }
    return numbers;
}

}  // namespace

void write_prov_json(std::ostream& out, const corpus& c, const corpus_assessment& a,
                     const vertex_filter& keep) {
    // Streamed in the layout nlohmann's dump(2) gives a whole document. Entities and
    // relations are made, dumped and indented on every core a window of parts or runs at a
    // time, and written in order, so memory holds a window's text, not the corpus's text
    // again as records, a json tree and its text.
    json_stream doc(out);
    doc.begin_object();
    doc.key("prefix");
    doc.value(json{{std::string(prov_prefix), std::string(prov_namespace)}});
    const prov_entity agent = prov_agent();
    doc.key("agent");
    doc.value(json{{agent.id, attributes_json(agent)}});
    const prov_entity activity = prov_activity(a);
    doc.key("activity");
    doc.value(json{{activity.id, attributes_json(activity)}});
    const prov_reading reading(c, a, keep);
    // Members of "entity" and of each relation member sit two objects deep.
    constexpr std::size_t member_depth = 2;
    bool any_entity = false;
    make_in_parallel_use_in_order(
        reading.parts(), parts_per_window(),
        [&](std::size_t part) {
            std::string members;
            reading.entities(part, [&](const prov_entity& entity) {
                json_stream::append_member(members, member_depth, entity.id, attributes_json(entity));
            });
            return members;
        },
        [&](const std::string& members) {
            if (members.empty()) return;
            if (!any_entity) {
                doc.key("entity");
                doc.begin_object();
                any_entity = true;
            }
            doc.items(members);
        });
    if (any_entity) doc.end_object();
    // One member per relation kind, in the order each kind first occurs; relations have no
    // names of their own, so PROV-JSON keys them by blank nodes "_:r1", ... in relation order.
    // Each member's relations are made again, part by part on every core, so memory holds a
    // window of parts rather than every relation of the corpus.
    const relation_numbers numbers = number_relations(reading);
    for (const char* member : numbers.members) {
        doc.key(member);
        doc.begin_object();
        make_in_parallel_use_in_order(
            reading.relation_parts(), parts_per_window(),
            [&](std::size_t part) {
                const std::vector<prov_relation> relations = reading.relations(part);
                std::string text;
                for (std::size_t i = 0; i < relations.size(); ++i) {
                    const prov_relation& relation = relations[i];
                    const relation_shape s = shape(relation.kind);
                    if (std::string_view(s.member) != member) continue;
                    json record;
                    record[s.subject] = prov_name(c, relation.subject());
                    record[s.object] = prov_name(c, relation.object());
                    if (relation.kind == prov_relation_kind::revision_of)
                        record["prov:type"] = value_json({prov_value_kind::qualified_name, "prov:Revision", {}});
                    const std::size_t number = numbers.first_of_part[part] + i + 1;
                    json_stream::append_member(text, member_depth, "_:r" + std::to_string(number), record);
                }
                return text;
            },
            [&](const std::string& text) { doc.items(text); });
        doc.end_object();
    }
    doc.end_object();
    out << '\n';
}

}  // namespace citegraph
