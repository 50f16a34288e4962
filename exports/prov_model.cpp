#include "prov_model.hpp"

#include <boost/range/iterator_range.hpp>

#include "citegraph/version.hpp"
#include "nodes.hpp"
#include "text.hpp"
#include "reasons.hpp"

namespace citegraph::exports_detail {

std::string prov_local_name(std::string_view id) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string name;
    name.reserve(id.size());
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto byte = static_cast<unsigned char>(id[i]);
        const bool letter_or_digit = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                                     (byte >= '0' && byte <= '9');
        if (letter_or_digit || byte == '_' || (byte == '-' && i > 0)) {
            name += static_cast<char>(byte);
        } else if (byte == ':' && i > 0 && i + 1 < id.size()) {
            name += '.';  // PN_LOCAL may hold '.' but neither start nor end with it
        } else {
            name += '%';
            name += hex[byte >> 4];
            name += hex[byte & 0xF];
        }
    }
    return name;
}

namespace {

prov_value string_value(std::string_view text) { return {prov_value_kind::string, clean_text(text), {}}; }

prov_value qualified_value(std::string_view name) { return {prov_value_kind::qualified_name, std::string(name), {}}; }

// The date as a literal of the XSD type of its precision: xsd:gYear "2017",
// xsd:gYearMonth "2016-04", xsd:date "2022-01-14".
prov_value date_value(const date& d) {
    const char* type = d.precision == date_precision::day     ? "xsd:date"
                       : d.precision == date_precision::month ? "xsd:gYearMonth"
                                                              : "xsd:gYear";
    return {prov_value_kind::typed, to_iso(d), type};
}

void add(prov_entity& e, std::string_view name, prov_value value) {
    e.attributes.push_back({std::string(name), std::move(value)});
}

void add_string(prov_entity& e, std::string_view name, std::string_view text) {
    if (!text.empty()) add(e, name, string_value(text));
}

void add_number(prov_entity& e, std::string_view name, long long number) {
    add(e, name, {prov_value_kind::integer, std::to_string(number), {}});
}

void add_date(prov_entity& e, std::string_view name, const date& d) {
    if (d.known()) add(e, name, date_value(d));
}

// "path:line", or the path alone when the line is unknown.
std::string place(const document& d, const location& where) {
    return where.line == 0 ? d.path : d.path + ":" + std::to_string(where.line);
}

// The assessment, checked to be parallel to the corpus before anything reads it.
const corpus_assessment& parallel_to(const corpus& c, const corpus_assessment& a) {
    require_parallel(c, a);
    return a;
}

}  // namespace

// Relations of a corpus as prov_reading::add_relations adds them, in corpus order.
class relation_list {
public:
    // Relations are added after `out`'s, into its room: one part's list is reused for the next.
    relation_list(const corpus& c, const corpus_assessment& a, const vertex_filter& keep,
                  std::vector<prov_relation> out = {})
        : c_(c), a_(a), keep_(keep), out_(std::move(out)) {}

    std::vector<prov_relation> take() && { return std::move(out_); }

    // Room for every relation of the whole graph at once: grown by doubling, the list held
    // half as much again at each step, at PROV's peak of memory. A document's members and
    // its claims' sources are its contains and cites edges, a source's members and a named
    // document are same-as and derived-from edges; beside those come the revisions, an
    // alternateOf per source and the run's relations. A view keeps a part, often a small
    // one, and grows its list as it goes.
    void reserve_for_whole_graph() {
        if (!keep_.empty()) return;
        std::size_t revisions = 0;
        for (const document_assessment& da : a_.documents)
            for (const reference_assessment& ra : da.references) revisions += ra.superseded_by != 0;
        out_.reserve(boost::num_edges(c_.graph()) + revisions + c_.links.sources.size() + c_.documents.size() + 2);
    }

    void add_document(std::size_t doc) {
        const vertex v = c_.document_vertex(doc);
        if (!keeps(keep_, v)) return;
        const document& d = c_.documents[doc];
        for (std::size_t i = 0; i < d.claims.size(); ++i) relate(prov_relation_kind::had_member, v, c_.claim_vertex(doc, i));
        for (std::size_t i = 0; i < d.references.size(); ++i)
            relate(prov_relation_kind::had_member, v, c_.reference_vertex(doc, i));
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            const vertex claim = c_.claim_vertex(doc, i);
            for (const auto edge : boost::make_iterator_range(boost::out_edges(claim, c_.graph())))
                if (c_.graph()[edge].kind == edge_kind::cites)
                    relate(prov_relation_kind::derived_from, claim, boost::target(edge, c_.graph()));
        }
        for (std::size_t i = 0; i < d.references.size(); ++i) {
            const auto newer = c_.reference_index(doc, a_.documents[doc].references[i].superseded_by);
            if (a_.documents[doc].references[i].superseded_by != 0 && newer)
                relate(prov_relation_kind::revision_of, c_.reference_vertex(doc, *newer), c_.reference_vertex(doc, i));
        }
    }

    // Each kept reference is a specializationOf the source it is merged into, which is an
    // alternateOf the corpus document that is that work.
    void add_source(std::size_t i, const std::vector<vertex>& members) {
        if (members.empty()) return;
        const prov_end work{prov_end::record::vertex, *c_.source_vertex(i)};
        for (const vertex member : members)
            out_.push_back({prov_relation_kind::specialization_of, {prov_end::record::vertex, member}, work});
        const source& s = c_.links.sources[i];
        if (s.document && *s.document < c_.documents.size()) {
            const vertex named = c_.document_vertex(*s.document);
            if (keeps(keep_, named))
                out_.push_back({prov_relation_kind::alternate_of, work, {prov_end::record::vertex, named}});
        }
    }

    // A reference of the document that names a document of the corpus wasDerivedFrom that document.
    void add_named_documents(std::size_t doc) {
        const auto& names = c_.links.names_document;
        if (doc >= names.size()) return;
        for (std::size_t i = 0; i < names[doc].size() && i < c_.documents[doc].references.size(); ++i)
            if (const auto named = names[doc][i]; named && *named < c_.documents.size())
                relate(prov_relation_kind::derived_from, c_.reference_vertex(doc, i), c_.document_vertex(*named));
    }

    // The run: the activity (prov_activity) that used the documents it keeps and generated
    // the assessment, and citegraph (prov_agent), the agent it is associated with.
    void add_run() {
        const prov_end activity{prov_end::record::activity, 0};
        out_.push_back({prov_relation_kind::generated_by, {prov_end::record::assessment, 0}, activity});
        out_.push_back({prov_relation_kind::associated_with, activity, {prov_end::record::agent, 0}});
        for (std::size_t doc = 0; doc < c_.documents.size(); ++doc)
            if (keeps(keep_, c_.document_vertex(doc)))
                out_.push_back({prov_relation_kind::used, activity, {prov_end::record::vertex, c_.document_vertex(doc)}});
    }

private:
    void relate(prov_relation_kind kind, vertex subject, vertex object) {
        if (keeps(keep_, subject) && keeps(keep_, object))
            out_.push_back({kind, {prov_end::record::vertex, subject}, {prov_end::record::vertex, object}});
    }

    const corpus& c_;
    const corpus_assessment& a_;
    const vertex_filter& keep_;
    std::vector<prov_relation> out_;
};

prov_reading::prov_reading(const corpus& c, const corpus_assessment& a, const vertex_filter& keep)
    : c_(c), a_(parallel_to(c, a)), keep_(keep), reasons_(c, a) {}

void prov_reading::entities(std::size_t part, const std::function<void(const prov_entity&)>& each_entity) const {
    if (part < c_.documents.size()) return document_entities(part, each_entity);
    if (part == c_.documents.size()) return source_entities(each_entity);
    prov_entity assessment{std::string(prov_assessment_id), {}};
    add(assessment, "prov:type", qualified_value("cg:Verdicts"));
    add(assessment, "prov:label", string_value("the verdicts on the claims and references"));
    each_entity(assessment);
}

std::vector<prov_relation> prov_reading::relations() const {
    relation_list list(c_, a_, keep_);
    list.reserve_for_whole_graph();
    for (std::size_t part = 0; part < relation_parts(); ++part) add_relations(part, list);
    return std::move(list).take();
}

std::vector<prov_relation> prov_reading::relations(std::size_t part) const {
    std::vector<prov_relation> out;
    relations(part, out);
    return out;
}

void prov_reading::relations(std::size_t part, std::vector<prov_relation>& out) const {
    out.clear();
    relation_list list(c_, a_, keep_, std::move(out));
    add_relations(part, list);
    out = std::move(list).take();
}

void prov_reading::add_relations(std::size_t part, relation_list& list) const {
    const std::size_t documents = c_.documents.size(), sources = c_.links.sources.size();
    if (part < documents) return list.add_document(part);
    part -= documents;
    if (part < sources) {
        if (c_.source_vertex(part)) list.add_source(part, kept_members(part));
        return;
    }
    part -= sources;
    if (part < documents) return list.add_named_documents(part);
    list.add_run();
}

std::string prov_reading::qualified(vertex v) const { return prov_name(c_, {prov_end::record::vertex, v}); }

void prov_reading::document_entities(std::size_t doc, const std::function<void(const prov_entity&)>& each_entity) const {
    const vertex v = c_.document_vertex(doc);
    if (!keeps(keep_, v)) return;
    const document& d = c_.documents[doc];
    prov_entity e{qualified(v), {}};
    add(e, "prov:type", qualified_value("prov:Collection"));
    add(e, "prov:type", qualified_value("cg:Document"));
    add(e, "prov:label", string_value(node_label(c_, v)));
    add_string(e, "cg:path", d.path);
    add_string(e, "cg:format", d.format);
    add_string(e, "cg:title", d.title);
    add_string(e, "cg:doi", d.doi);
    add_string(e, "cg:url", d.url);
    add_date(e, "cg:published", d.published);
    add_date(e, "cg:asOf", a_.documents[doc].as_of);
    if (d.reporting_year != 0) add_number(e, "cg:reportingYear", d.reporting_year);
    each_entity(e);
    for (std::size_t i = 0; i < d.claims.size(); ++i)
        if (keeps(keep_, c_.claim_vertex(doc, i))) each_entity(claim_entity(doc, i));
    for (std::size_t i = 0; i < d.references.size(); ++i)
        if (keeps(keep_, c_.reference_vertex(doc, i))) each_entity(reference_entity(doc, i));
}

std::vector<vertex> prov_reading::kept_members(std::size_t source) const {
    std::vector<vertex> members;
    for (const reference_place& place : c_.links.sources[source].references)
        if (const vertex r = c_.reference_vertex(place.document, place.reference); keeps(keep_, r)) members.push_back(r);
    return members;
}

// A work that references of several documents name (a source vertex of the graph), kept
// when the view keeps one of them.
void prov_reading::source_entities(const std::function<void(const prov_entity&)>& each_entity) const {
    for (std::size_t i = 0; i < c_.links.sources.size(); ++i) {
        if (!c_.source_vertex(i)) continue;  // as the graph: only works several documents cite
        if (kept_members(i).empty()) continue;
        const source& s = c_.links.sources[i];
        prov_entity e{qualified(*c_.source_vertex(i)), {}};  // the vertex's id is s.id()
        add(e, "prov:type", qualified_value("cg:Source"));
        add(e, "prov:label", s.title.empty() ? string_value(s.id()) : string_value(s.title));
        add_string(e, "cg:title", s.title);
        add_string(e, "cg:doi", s.doi);
        add_string(e, "cg:url", s.url);
        add_date(e, "cg:published", s.published);
        add_string(e, "cg:matchedBy", to_string(s.matched_by));
        each_entity(e);
    }
}

// A claim's or reference's entity with what both carry: type, label, text and place.
prov_entity prov_reading::item_entity(vertex v, std::string_view type, std::string_view text,
                                      const location& where) const {
    prov_entity e{qualified(v), {}};
    add(e, "prov:type", qualified_value(type));
    add(e, "prov:label", string_value(node_label(c_, v)));
    add(e, "prov:value", string_value(text));
    add_string(e, "cg:location", place(c_.documents[c_.graph()[v].document], where));
    return e;
}

prov_entity prov_reading::claim_entity(std::size_t doc, std::size_t i) const {
    const document& d = c_.documents[doc];
    const claim& cl = d.claims[i];
    prov_entity e = item_entity(c_.claim_vertex(doc, i), "cg:Claim", cl.text, cl.where);
    const claim_assessment& ca = a_.documents[doc].claims[i];
    if (cl.where.line != 0) add_number(e, "cg:line", static_cast<long long>(cl.where.line));
    if (cl.where.column != 0) add_number(e, "cg:column", static_cast<long long>(cl.where.column));
    if (const std::string* section = section_title(d, cl)) add_string(e, "cg:section", *section);
    add(e, "cg:verdict", string_value(to_string(ca.verdict)));
    add(e, "cg:anachronism", {prov_value_kind::boolean, ca.anachronism ? "true" : "false", {}});
    for (const std::string& reason : reasons_.texts(doc, i)) add_string(e, "cg:reason", reason);
    return e;
}

prov_entity prov_reading::reference_entity(std::size_t doc, std::size_t i) const {
    const reference& r = c_.documents[doc].references[i];
    prov_entity e = item_entity(c_.reference_vertex(doc, i), "cg:Reference", r.text, r.where);
    const reference_assessment& ra = a_.documents[doc].references[i];
    add_number(e, "cg:number", r.number);
    add_date(e, "cg:date", r.published);
    if (r.role != date_role::none) add_string(e, "cg:dateRole", to_string(r.role));
    add_string(e, "cg:kind", to_string(r.kind));
    add_string(e, "cg:doi", r.doi);
    for (const std::string& url : r.urls) add_string(e, "cg:url", url);
    add(e, "cg:verdict", string_value(ra.flags.retracted ? "retracted" : ra.stale ? "stale" : "current"));
    add_string(e, "cg:pmid", r.extra->pmid);
    for (const std::string& flag : flag_names(ra.flags)) add_string(e, "cg:flag", flag);
    if (r.source_on_file) add_string(e, "cg:flag", "source-on-file");
    for (const std::string& reason : stale_reason_texts(c_, a_, doc, i)) add_string(e, "cg:staleReason", reason);
    return e;
}

std::string prov_name(const corpus& c, const prov_end& end) {
    switch (end.what) {
        case prov_end::record::assessment: return std::string(prov_assessment_id);
        case prov_end::record::activity: return std::string(prov_activity_id);
        case prov_end::record::agent: return std::string(prov_agent_id);
        case prov_end::record::vertex: break;
    }
    std::string name(prov_prefix);
    name += ':';
    name += prov_local_name(c.vertex_id_text_of(end.v).view());
    return name;
}

prov_entity prov_agent() {
    prov_entity agent{std::string(prov_agent_id), {}};
    add(agent, "prov:type", qualified_value("prov:SoftwareAgent"));
    add(agent, "prov:label", string_value("citegraph " CITEGRAPH_VERSION));
    add(agent, "cg:version", string_value(CITEGRAPH_VERSION));
    return agent;
}

prov_entity prov_activity(const corpus_assessment& a) {
    prov_entity activity{std::string(prov_activity_id), {}};
    add(activity, "prov:type", qualified_value("cg:Assessment"));
    add(activity, "prov:label", string_value("citegraph " CITEGRAPH_VERSION " assessing the documents"));
    add(activity, "cg:version", string_value(CITEGRAPH_VERSION));
    add(activity, "cg:policy", string_value(to_string(a.policy.sources)));
    add(activity, "cg:maxAge", string_value(to_string(a.policy.max_age)));
    add_date(activity, "cg:asOf", a.policy.as_of);
    add_string(activity, "cg:retractions", a.retractions);
    return activity;
}

prov_document build_prov(const corpus& c, const corpus_assessment& a, const vertex_filter& keep,
                         const std::function<void(const prov_entity&)>& each_entity) {
    const prov_reading reading(c, a, keep);
    for (std::size_t part = 0; part < reading.parts(); ++part) reading.entities(part, each_entity);
    return {reading.relations()};
}

}  // namespace citegraph::exports_detail
