// The W3C PROV reading of an analysed corpus, built once and written as PROV-JSON
// (prov_json.cpp) or PROV-N (provn.cpp), so both say exactly the same thing.
//
// Documents, claims, references and sources are entities. A document is a prov:Collection
// that hadMember its claims and references; a claim wasDerivedFrom each reference it cites
// (derivation, not prov:Quotation: a claim restates its source, it rarely repeats it word for
// word); a newer edition wasDerivedFrom the older one with prov:type prov:Revision (PROV-N
// and PROV-JSON spell wasRevisionOf so); a reference naming a corpus document wasDerivedFrom
// that document; a reference merged with others into a source is a specializationOf it, and a
// source that is a corpus document is an alternateOf that document.
//
// The run itself is recorded too: an activity (cg:assessing, with the citegraph version and
// the policy) that used every document, wasAssociatedWith the agent citegraph (a
// prov:SoftwareAgent with its version) and generated the entity cg:assessment, the verdicts.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/analysis.hpp"
#include "graph/citation_graph.hpp"
#include "citegraph/views.hpp"
#include "reasons.hpp"

namespace citegraph::exports_detail {

// The prefix of every citegraph name and the IRI it stands for: a stable name, not a page.
inline constexpr std::string_view prov_prefix = "cg";
inline constexpr std::string_view prov_namespace = "urn:citegraph:";

// A graph id made a valid PROV-N local name (PN_LOCAL): ':' becomes '.', so "d1:c17" is
// "d1.c17"; letters, digits and '_' stay; '-' stays unless first; every other byte
// (a '.' of the id itself too) becomes %XX, so distinct ids stay distinct. "" stays "".
std::string prov_local_name(std::string_view id);

// How a value is written: a string, an xsd:int, an xsd:boolean, a qualified name
// ('prov:Collection') or a literal of another XSD type named by datatype ("xsd:gYear").
enum class prov_value_kind { string, integer, boolean, qualified_name, typed };

struct prov_value {
    prov_value_kind kind = prov_value_kind::string;
    std::string text;      // the lexical form: "true", "53", "2017", "cg:Claim"; valid UTF-8
    std::string datatype;  // for typed values only: "xsd:date", "xsd:gYearMonth", "xsd:gYear"
};

// One attribute of an entity; an entity may repeat a name (several prov:type, cg:url).
struct prov_attribute {
    std::string name;  // a qualified name: "prov:type", "cg:verdict"
    prov_value value;
};

struct prov_entity {
    std::string id;  // a qualified name: "cg:d1.c17"
    std::vector<prov_attribute> attributes;
};

// The relations citegraph states. revision is wasDerivedFrom with prov:type prov:Revision.
enum class prov_relation_kind : std::uint8_t {
    had_member, derived_from, revision_of, specialization_of, alternate_of,
    generated_by, used, associated_with,
};

// One end of a relation: a vertex of the graph, which is named as its entity ("cg:d1.c17"),
// or one of the run's own records. Relations hold ends, not names: a corpus has hundreds of
// thousands of relations, and two name strings each were the PROV writers' largest memory
// (28 of 58 MB on 100 reports, with the vector's growth).
struct prov_end {
    enum class record : unsigned char { vertex, assessment, activity, agent };
    record what = record::vertex;
    vertex v = 0;  // for record::vertex
};

// 12 bytes, its ends' small fields together, where two prov_ends and a kind took 20: the
// writers hold every relation of the corpus at once, since PROV groups them by kind.
class prov_relation {
public:
    prov_relation(prov_relation_kind kind, prov_end subject, prov_end object)
        : kind(kind), subject_what_(subject.what), object_what_(object.what), subject_v_(subject.v), object_v_(object.v) {}

    // collection / generated entity / newer edition / specific entity / source /
    // generated entity / using activity / activity
    prov_end subject() const { return {subject_what_, subject_v_}; }
    // member / used entity / older edition / general entity / document /
    // generating activity / used entity / agent
    prov_end object() const { return {object_what_, object_v_}; }

    prov_relation_kind kind;

private:
    prov_end::record subject_what_, object_what_;
    vertex subject_v_, object_v_;
};
static_assert(sizeof(prov_relation) == 12);

// The ids of the run's records: the assessment it generated, the activity and the agent.
inline constexpr std::string_view prov_assessment_id = "cg:assessment";
inline constexpr std::string_view prov_activity_id = "cg:assessing";
inline constexpr std::string_view prov_agent_id = "cg:citegraph";

// The run's agent, citegraph with its version, and its activity, with the policy: known
// before any document is read, so a writer can put them first.
prov_entity prov_agent();
prov_entity prov_activity(const corpus_assessment& a);

// The qualified name of a relation's end: its vertex's entity id ("cg:d1.c17"), or the id of
// the run's record (prov_assessment_id, prov_activity_id, prov_agent_id).
std::string prov_name(const corpus& c, const prov_end& end);

class relation_list;

// The PROV reading of a corpus through a view, made in parts. Making a part's entities only
// reads the corpus, so the parts can be made on every core at once and written in order:
// PROV-JSON spent four fifths of its time on one core building and dumping entities.
class prov_reading {
public:
    // Throws std::invalid_argument if the assessment is not parallel to the corpus.
    prov_reading(const corpus& c, const corpus_assessment& a, const vertex_filter& keep);

    // One part per document (the document, then its claims, then its references), then one
    // of the sources several documents cite, then one of cg:assessment.
    std::size_t parts() const { return c_.documents.size() + 2; }

    // Hands each entity of the part the view keeps to each_entity as soon as it is complete,
    // in order, and keeps none: memory holds one entity, not the corpus's text again.
    void entities(std::size_t part, const std::function<void(const prov_entity&)>& each_entity) const;

    // The relations between kept records, in corpus order; each at most once.
    std::vector<prov_relation> relations() const;

    // The same relations in parts, so that a writer holds a window of parts rather than every
    // relation of the corpus (4.5 MB, PROV-JSON's peak above the model, on 500 reports). A
    // part's relations only read the corpus, so parts can be made on every core at once. In
    // order: one part per document (its members, its claims' sources, its revisions), one
    // per source (works references of several documents name), one per document again (its
    // references that name a corpus document), then the run's.
    std::size_t relation_parts() const { return 2 * c_.documents.size() + c_.links.sources.size() + 1; }
    // The relations of the part.
    std::vector<prov_relation> relations(std::size_t part) const;
    // The same, in place of out's relations and in the room out has.
    void relations(std::size_t part, std::vector<prov_relation>& out) const;

private:
    void add_relations(std::size_t part, relation_list& list) const;
    void document_entities(std::size_t doc, const std::function<void(const prov_entity&)>& each_entity) const;
    void source_entities(const std::function<void(const prov_entity&)>& each_entity) const;
    prov_entity claim_entity(std::size_t doc, std::size_t i) const;
    prov_entity reference_entity(std::size_t doc, std::size_t i) const;
    prov_entity item_entity(vertex v, std::string_view type, std::string_view text, const location& where) const;
    // The kept references merged into source i, which the graph draws; empty if none is kept.
    std::vector<vertex> kept_members(std::size_t source) const;
    std::string qualified(vertex v) const;

    const corpus& c_;
    const corpus_assessment& a_;
    const vertex_filter& keep_;
    const claim_reasons reasons_;
};

// The relations of a PROV reading; its entities went to build_prov's each_entity.
struct prov_document {
    std::vector<prov_relation> relations;  // in corpus order; each at most once
};

// Every entity of the reading handed to each_entity in order (each document with its claims
// and references, then the sources, then cg:assessment), then the relations returned.
// Throws std::invalid_argument if the assessment is not parallel to the corpus.
prov_document build_prov(const corpus& c, const corpus_assessment& a, const vertex_filter& keep,
                         const std::function<void(const prov_entity&)>& each_entity);

}  // namespace citegraph::exports_detail
