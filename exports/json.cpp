#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "citegraph/claim_years.hpp"
#include "citegraph/exports.hpp"
#include "json_stream.hpp"
#include "nodes.hpp"
#include "ordered_parallel_text.hpp"
#include "policy_json.hpp"
#include "reasons.hpp"

namespace citegraph {

namespace {

using json = nlohmann::ordered_json;
using exports_detail::json_stream;

// The date's ISO text, or null when it is unknown.
json iso_or_null(const date& d) { return d.known() ? json(to_iso(d)) : json(nullptr); }

// A 1-based position, or null when it is unknown (0).
json position_or_null(std::size_t value) { return value == 0 ? json(nullptr) : json(value); }

// What a reference list entry and a bibliography entry both say about the work.
void add_work_fields(json& out, const reference& r) {
    out["id"] = r.extra->id.empty() ? json(nullptr) : json(r.extra->id);
    out["text"] = r.text;
    out["line"] = position_or_null(r.where.line);
    out["date"] = iso_or_null(r.published);
    out["date_role"] = r.role == date_role::none ? json(nullptr) : json(to_string(r.role));
    json dates = json::array();
    for (const role_date& d : r.dates) {
        json one;
        one["date"] = iso_or_null(d.value);
        one["role"] = d.role == date_role::none ? json(nullptr) : json(to_string(d.role));
        dates.push_back(std::move(one));
    }
    out["dates"] = std::move(dates);
    out["kind"] = to_string(r.kind);
    out["doi"] = r.doi.empty() ? json(nullptr) : json(r.doi);
    out["pmid"] = r.extra->pmid.empty() ? json(nullptr) : json(r.extra->pmid);
    out["urls"] = r.urls;
}

json bibliography_json(const reference& entry) {
    json out;
    add_work_fields(out, entry);
    return out;
}

// "source": the source (work) the reference names, the id `check` prints, whether or not
// references of other documents name it too; "names_document": the corpus document it
// names, null when there is none.
void add_link_fields(json& out, const corpus& c, std::size_t doc, std::size_t i) {
    out["source"] = nullptr;
    out["names_document"] = nullptr;
    if (doc < c.links.source_of.size() && i < c.links.source_of[doc].size())
        out["source"] = c.links.sources[c.links.source_of[doc][i]].id();
    if (doc < c.links.names_document.size() && i < c.links.names_document[doc].size()) {
        if (const auto named = c.links.names_document[doc][i])
            out["names_document"] = c.vertex_id(c.document_vertex(*named));
    }
}

// The notices about the work (--retractions), oldest first.
json notices_json(const reference_assessment& ra) {
    json out = json::array();
    for (std::size_t i = 0; i < ra.notices.size(); ++i) {
        const retraction_notice& n = ra.notices[i];
        json one;
        one["kind"] = to_string(n.kind);
        one["date"] = iso_or_null(n.issued);
        one["notice_doi"] = n.notice_doi.empty() ? json(nullptr) : json(n.notice_doi);
        one["record_id"] = n.record_id.empty() ? json(nullptr) : json(n.record_id);
        one["reason"] = n.reason.empty() ? json(nullptr) : json(n.reason);
        one["standing"] = ra.standing_notice == i;
        out.push_back(std::move(one));
    }
    return out;
}

json reference_json(const corpus& c, const corpus_assessment& a, std::size_t doc, std::size_t i,
                    const vertex_filter& keep) {
    const reference_assessment& ra = a.documents[doc].references[i];
    const reference& r = c.documents[doc].references[i];
    json flags = json::array();
    for (const std::string& name : flag_names(ra.flags)) flags.push_back(name);
    if (r.source_on_file) flags.push_back("source-on-file");
    json cited_by = json::array();
    for (std::size_t claim : ra.cited_by)
        if (claim < c.documents[doc].claims.size() && keeps(keep, c.claim_vertex(doc, claim)))
            cited_by.push_back(c.vertex_id(c.claim_vertex(doc, claim)));

    json full_entries = json::array();
    for (std::size_t entry : r.extra->full_entries)
        if (entry < c.documents[doc].bibliography.size()) full_entries.push_back(entry);

    json out;
    out["number"] = r.number;
    add_work_fields(out, r);
    out["full_entries"] = std::move(full_entries);
    out["flags"] = std::move(flags);
    out["stale"] = ra.stale;
    out["superseded_by"] = ra.superseded_by == 0 ? json(nullptr) : json(ra.superseded_by);
    out["stale_upstream"] = ra.stale_upstream;
    out["upstream_path"] = ra.upstream_path;
    out["stale_reasons"] = exports_detail::stale_reason_texts(c, a, doc, i);
    out["notices"] = notices_json(ra);
    out["cited_by"] = std::move(cited_by);
    add_link_fields(out, c, doc, i);
    return out;
}

json claim_json(const corpus& c, const corpus_assessment& a, const exports_detail::claim_reasons& reasons,
                std::size_t doc, std::size_t i) {
    const claim_assessment& ca = a.documents[doc].claims[i];
    const document& d = c.documents[doc];
    const claim& cl = d.claims[i];
    const std::string* section = exports_detail::section_title(d, cl);

    json out;
    out["id"] = c.vertex_id(c.claim_vertex(doc, i));
    out["line"] = position_or_null(cl.where.line);
    out["column"] = position_or_null(cl.where.column);
    out["section"] = section ? json(*section) : json(nullptr);
    out["text"] = cl.text;
    out["cites"] = cl.cites;
    out["years"] = years_named(cl.text);
    out["verdict"] = to_string(ca.verdict);
    out["anachronism"] = ca.anachronism;
    out["reasons"] = reasons.texts(doc, i);
    return out;
}

// The id of a reference of the corpus: "d2:r4".
std::string reference_id(const corpus& c, const reference_place& place) {
    return c.vertex_id(c.reference_vertex(place.document, place.reference));
}

json source_json(const corpus& c, const source& s, bool shared) {
    json references = json::array();
    for (const reference_place& place : s.references) references.push_back(reference_id(c, place));
    json out;
    out["id"] = s.id();
    out["title"] = s.title.empty() ? json(nullptr) : json(s.title);
    out["doi"] = s.doi.empty() ? json(nullptr) : json(s.doi);
    out["url"] = s.url.empty() ? json(nullptr) : json(s.url);
    out["published"] = iso_or_null(s.published);
    out["matched_by"] = s.matched_by == match_basis::none ? json(nullptr) : json(to_string(s.matched_by));
    out["document"] = s.document ? json(c.documents[*s.document].path) : json(nullptr);
    out["shared"] = shared;
    out["references"] = std::move(references);
    return out;
}

json near_miss_json(const corpus& c, const near_miss& miss) {
    json out;
    out["first"] = reference_id(c, miss.first);
    out["second"] = reference_id(c, miss.second);
    out["reason"] = miss.reason;
    return out;
}

// A document's references, claims and bibliography entries, each array's elements made
// by json_stream::append_element at the depth they are written at.
struct made_items {
    std::size_t document = 0;
    bool kept = false;  // the view keeps the document
    std::string references;
    std::string claims;
    std::string bibliography;
};

// The depth of an element of a document's arrays: the whole export's object, "documents",
// the document's object, then the array.
constexpr std::size_t item_depth = 4;

void write_array(json_stream& stream, std::string_view name, const std::string& items) {
    stream.key(name);
    stream.begin_array();
    stream.items(items);
    stream.end_array();
}

void write_document(json_stream& stream, const corpus& c, const corpus_assessment& a, const made_items& items) {
    const std::size_t doc = items.document;
    const document& d = c.documents[doc];
    const document_assessment& da = a.documents[doc];
    stream.begin_object();
    stream.key("id");
    stream.value(c.vertex_id(c.document_vertex(doc)));
    stream.key("path");
    stream.value(d.path);
    stream.key("format");
    stream.value(d.format.empty() ? json(nullptr) : json(d.format));
    stream.key("title");
    stream.value(d.title);
    stream.key("doi");
    stream.value(d.doi.empty() ? json(nullptr) : json(d.doi));
    stream.key("url");
    stream.value(d.url.empty() ? json(nullptr) : json(d.url));
    stream.key("published");
    stream.value(iso_or_null(d.published));
    stream.key("citation_style");
    stream.value(to_string(d.style));
    stream.key("callout_style");
    stream.value(to_string(d.callouts));
    stream.key("reporting_year");
    stream.value(d.reporting_year == 0 ? json(nullptr) : json(d.reporting_year));
    stream.key("as_of");
    stream.value(iso_or_null(da.as_of));
    stream.key("policy");
    stream.value(to_string(da.sources));
    write_array(stream, "references", items.references);
    write_array(stream, "claims", items.claims);
    write_array(stream, "bibliography", items.bibliography);
    stream.end_object();
}

}  // namespace

void write_json(std::ostream& out, const corpus& c, const corpus_assessment& a,
                const vertex_filter& keep) {
    exports_detail::require_parallel(c, a);
    json_stream stream(out);
    stream.begin_object();
    stream.key("schema");
    stream.value(json_export_schema);
    stream.key("policy");
    stream.value(exports_detail::policy_json(a));
    stream.key("documents");
    stream.begin_array();
    const exports_detail::claim_reasons reasons(c, a);
    // Each document's references, claims and bibliography are dumped and indented on every
    // core, a few documents at a time, and written here in order.
    exports_detail::make_in_parallel_use_in_order(
        c.documents.size(), 16,
        [&](std::size_t doc) {
            made_items items;
            items.document = doc;
            if (!keeps(keep, c.document_vertex(doc))) return items;
            items.kept = true;
            const document& d = c.documents[doc];
            for (std::size_t i = 0; i < d.references.size(); ++i)
                if (keeps(keep, c.reference_vertex(doc, i)))
                    json_stream::append_element(items.references, item_depth, reference_json(c, a, doc, i, keep));
            for (std::size_t i = 0; i < d.claims.size(); ++i)
                if (keeps(keep, c.claim_vertex(doc, i)))
                    json_stream::append_element(items.claims, item_depth, claim_json(c, a, reasons, doc, i));
            for (const reference& entry : d.bibliography)
                json_stream::append_element(items.bibliography, item_depth, bibliography_json(entry));
            return items;
        },
        [&](const made_items& items) {
            if (items.kept) write_document(stream, c, a, items);
        });
    stream.end_array();
    // Every work the kept references name, the ids `check` prints; "shared" when references of
    // several documents name it (the graph draws those).
    stream.key("sources");
    stream.begin_array();
    for (std::size_t i = 0; i < c.links.sources.size(); ++i) {
        const source& s = c.links.sources[i];
        const auto v = c.source_vertex(i);
        const bool kept = v ? keeps(keep, *v) : std::any_of(s.references.begin(), s.references.end(), [&](const reference_place& p) {
            return keeps(keep, c.reference_vertex(p.document, p.reference));
        });
        if (kept) stream.value(source_json(c, s, v.has_value()));
    }
    stream.end_array();
    stream.key("near_misses");
    stream.begin_array();
    for (const near_miss& miss : c.links.near_misses)
        if (keeps(keep, c.reference_vertex(miss.first.document, miss.first.reference)) ||
            keeps(keep, c.reference_vertex(miss.second.document, miss.second.reference)))
            stream.value(near_miss_json(c, miss));
    stream.end_array();
    // Documents citing each other in a circle, each cycle as the paths of its documents in
    // citation order (the first cites the second, ..., the last cites the first).
    stream.key("cycles");
    stream.begin_array();
    for (const std::vector<std::size_t>& cycle : a.cycles) {
        const bool kept = std::all_of(cycle.begin(), cycle.end(), [&](std::size_t doc) {
            return doc < c.documents.size() && keeps(keep, c.document_vertex(doc));
        });
        if (!kept) continue;
        json paths = json::array();
        for (std::size_t doc : cycle) paths.push_back(c.documents[doc].path);
        stream.value(paths);
    }
    stream.end_array();
    stream.key("cycles_truncated");
    stream.value(a.cycles_truncated);
    stream.end_object();
    out << '\n';
}

}  // namespace citegraph
