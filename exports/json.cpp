#include <ostream>

#include <nlohmann/json.hpp>

#include "exports.hpp"
#include "nodes.hpp"

namespace citegraph {

namespace {

using json = nlohmann::ordered_json;

// The date's ISO text, or null when it is unknown.
json iso_or_null(const date& d) { return d.known() ? json(to_iso(d)) : json(nullptr); }

// A 1-based position, or null when it is unknown (0).
json position_or_null(std::size_t value) { return value == 0 ? json(nullptr) : json(value); }

json reference_json(const corpus& c, std::size_t doc, std::size_t i,
                    const reference_assessment& ra) {
    const reference& r = c.documents[doc].references[i];
    json flags = json::array();
    for (const std::string& name : flag_names(ra.flags)) flags.push_back(name);
    if (r.source_on_file) flags.push_back("source-on-file");
    json cited_by = json::array();
    for (std::size_t claim : ra.cited_by)
        if (claim < c.documents[doc].claims.size())
            cited_by.push_back(c.graph[c.claim_vertex(doc, claim)].id);

    json out;
    out["number"] = r.number;
    out["text"] = r.text;
    out["line"] = position_or_null(r.where.line);
    out["date"] = iso_or_null(r.published);
    out["date_role"] = r.role == date_role::none ? json(nullptr) : json(to_string(r.role));
    out["kind"] = to_string(r.kind);
    out["urls"] = r.urls;
    out["flags"] = std::move(flags);
    out["stale"] = ra.stale;
    out["superseded_by"] = ra.superseded_by == 0 ? json(nullptr) : json(ra.superseded_by);
    out["stale_reasons"] = ra.stale_reasons;
    out["cited_by"] = std::move(cited_by);
    return out;
}

json claim_json(const corpus& c, std::size_t doc, std::size_t i, const claim_assessment& ca) {
    const document& d = c.documents[doc];
    const claim& cl = d.claims[i];
    const std::string* section = exports_detail::section_title(d, cl);

    json out;
    out["id"] = c.graph[c.claim_vertex(doc, i)].id;
    out["line"] = position_or_null(cl.where.line);
    out["column"] = position_or_null(cl.where.column);
    out["section"] = section ? json(*section) : json(nullptr);
    out["text"] = cl.text;
    out["cites"] = cl.cites;
    out["years"] = cl.years;
    out["verdict"] = to_string(ca.verdict);
    out["anachronism"] = ca.anachronism;
    out["reasons"] = ca.reasons;
    return out;
}

}  // namespace

void write_json(std::ostream& out, const corpus& c, const corpus_assessment& a) {
    exports_detail::require_parallel(c, a);
    json root;
    root["policy"]["as_of"] = iso_or_null(a.policy.as_of);
    root["policy"]["max_age"] = to_string(a.policy.max_age);
    json documents = json::array();
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        const document_assessment& da = a.documents[doc];
        json entry;
        entry["path"] = d.path;
        entry["title"] = d.title;
        entry["reporting_year"] = d.reporting_year == 0 ? json(nullptr) : json(d.reporting_year);
        entry["as_of"] = iso_or_null(da.as_of);
        entry["references"] = json::array();
        for (std::size_t i = 0; i < d.references.size(); ++i)
            entry["references"].push_back(reference_json(c, doc, i, da.references[i]));
        entry["claims"] = json::array();
        for (std::size_t i = 0; i < d.claims.size(); ++i)
            entry["claims"].push_back(claim_json(c, doc, i, da.claims[i]));
        documents.push_back(std::move(entry));
    }
    root["documents"] = std::move(documents);
    // replace: text with invalid UTF-8 comes out with U+FFFD instead of throwing mid-write.
    out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace citegraph
