#include <algorithm>
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "citegraph/diagnostics.hpp"
#include "citegraph/trace.hpp"
#include "citegraph/views.hpp"
#include "graph/citation_graph.hpp"
#include "listings.hpp"
#include "reasons.hpp"
#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

using json = nlohmann::ordered_json;

// "retracted", "stale", "stale-upstream", both, or "current".
std::string reference_verdict(const reference_assessment& ra) {
    if (ra.flags.retracted) return ra.stale || ra.stale_upstream ? "retracted, stale" : "retracted";
    if (ra.stale && ra.stale_upstream) return "stale, stale-upstream";
    if (ra.stale) return "stale";
    return ra.stale_upstream ? "stale-upstream" : "current";
}

// The id of the source a reference shares with other documents; "" if none.
std::string shared_source_id(const corpus& c, std::size_t doc, std::size_t ref) {
    const auto shared = c.shared_source(doc, ref);
    return shared ? c.links.sources[*shared].id() : "";
}

std::string id_of(const corpus& c, const trace_line& line) {
    switch (line.kind) {
        case trace_kind::claim: return c.vertex_id(c.claim_vertex(line.document, line.item));
        case trace_kind::reference: return c.vertex_id(c.reference_vertex(line.document, line.item));
        default: return c.vertex_id(c.document_vertex(line.document));
    }
}

// One line of the tree without its indentation.
std::string describe(const corpus& c, const corpus_assessment& a, const trace_line& line) {
    const document& d = c.documents[line.document];
    const std::string id = id_of(c, line);
    switch (line.kind) {
        case trace_kind::claim: {
            const claim& cl = d.claims[line.item];
            return id + " " + std::string(to_string(a.documents[line.document].claims[line.item].verdict)) + ": \"" +
                   terminal_label(cl.text, 72) + "\" (" + d.path + ":" + std::to_string(cl.where.line) + ":" +
                   std::to_string(cl.where.column) + ")";
        }
        case trace_kind::reference: {
            const reference& r = d.references[line.item];
            const reference_assessment& ra = a.documents[line.document].references[line.item];
            std::string text = id + " " + iso_or_undated(r.published) + " " + reference_verdict(ra);
            // The notice against it and the reasons it is stale in itself; the upstream reason is
            // the tree below it.
            std::vector<std::string> reasons = own_stale_reason_texts(c, a, line.document, line.item);
            if (std::string notice = notice_text(ra); !notice.empty()) reasons.insert(reasons.begin(), std::move(notice));
            if (!reasons.empty()) text += " (" + join(reasons, "; ") + ")";
            // Flags the notice has not said already.
            std::vector<std::string> flags;
            for (std::string& flag : flag_names(ra.flags))
                if (flag != "retracted" && flag != "expression-of-concern" && flag != "corrected") flags.push_back(std::move(flag));
            if (!flags.empty()) text += " [" + join(flags, ", ") + "]";
            if (const std::string s = shared_source_id(c, line.document, line.item); !s.empty()) text += " " + s;
            return text + ": \"" + terminal_label(r.text, 72) + "\"";
        }
        case trace_kind::document:
            return id + " \"" + terminal_label(d.title, 72) + "\" (" + d.path + ", " + iso_or_undated(d.published) + ")";
        case trace_kind::cycle_back: return "↻ cycle back to " + id;
        case trace_kind::shown_above: return id + " \"" + terminal_label(d.title, 72) + "\": shown above";
    }
    return id;
}

// Per line: whether a later sibling follows it (its branch continues below it).
std::vector<bool> has_later_sibling(const std::vector<trace_line>& lines) {
    std::vector<bool> later(lines.size(), false);
    std::vector<bool> seen_at;  // by depth, scanning upwards: a line at that depth was met below
    for (std::size_t i = lines.size(); i-- > 0;) {
        const std::size_t depth = lines[i].depth;
        seen_at.resize(depth + 1, false);  // deeper lines below belong to another parent
        later[i] = seen_at[depth];
        seen_at[depth] = true;
    }
    return later;
}

void write_text(std::ostream& out, const corpus& c, const corpus_assessment& a, const std::vector<trace_line>& lines) {
    const std::vector<bool> later = has_later_sibling(lines);
    std::vector<bool> open;  // by depth: the branch of the current ancestor there continues
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t depth = lines[i].depth;
        open.resize(depth + 1);
        open[depth] = later[i];
        for (std::size_t level = 1; level < depth; ++level) out << (open[level] ? "│   " : "    ");
        if (depth > 0) out << (later[i] ? "├── " : "└── ");
        out << printable(describe(c, a, lines[i])) << '\n';  // a path or title holds no line break here
    }
}

json line_json(const corpus& c, const corpus_assessment& a, const trace_line& line) {
    const document& d = c.documents[line.document];
    json out;
    out["id"] = id_of(c, line);
    switch (line.kind) {
        case trace_kind::claim: {
            const claim& cl = d.claims[line.item];
            out["kind"] = "claim";
            out["path"] = d.path;
            out["line"] = cl.where.line;
            out["column"] = cl.where.column;
            out["verdict"] = to_string(a.documents[line.document].claims[line.item].verdict);
            out["text"] = clean_text(cl.text);
            out["references"] = json::array();
            break;
        }
        case trace_kind::reference: {
            const reference& r = d.references[line.item];
            const reference_assessment& ra = a.documents[line.document].references[line.item];
            const std::string s = shared_source_id(c, line.document, line.item);
            out["kind"] = "reference";
            out["published"] = r.published.known() ? json(to_iso(r.published)) : json(nullptr);
            out["stale"] = ra.stale;
            out["stale_upstream"] = ra.stale_upstream;
            out["stale_reasons"] = stale_reason_texts(c, a, line.document, line.item);
            out["flags"] = flag_names(ra.flags);
            out["source"] = s.empty() ? json(nullptr) : json(s);
            out["text"] = clean_text(r.text);
            out["document"] = nullptr;
            break;
        }
        default:
            out["kind"] = "document";
            out["path"] = d.path;
            out["title"] = clean_text(d.title);
            out["published"] = d.published.known() ? json(to_iso(d.published)) : json(nullptr);
            out["expanded"] = line.kind == trace_kind::document;
            out["cycle_back"] = line.kind == trace_kind::cycle_back;
            if (line.kind == trace_kind::document) out["references"] = json::array();
            break;
    }
    return out;
}

// The tree nested: a claim's and a document's children under "references", a reference's
// document under "document". Built with an explicit stack, as the tree was walked.
json tree_json(const corpus& c, const corpus_assessment& a, const std::vector<trace_line>& lines) {
    std::vector<json> open;  // the line at each depth on the current path
    const auto close_to = [&](std::size_t depth) {
        while (open.size() > depth) {
            json done = std::move(open.back());
            open.pop_back();
            if (open.empty()) return done;
            json& parent = open.back();
            if (parent["kind"] == "reference") parent["document"] = std::move(done);
            else parent["references"].push_back(std::move(done));
        }
        return json();
    };
    for (const trace_line& line : lines) {
        close_to(line.depth);
        open.push_back(line_json(c, a, line));
    }
    return close_to(0);
}

// The claim in.subject names (by id, place or words) and the tree under it; throws
// view_error if the corpus lacks it or the words fit several claims.
std::vector<trace_line> traced(const writer_input& in) {
    const item_place claim = claim_located(in.c, in.subject);
    return trace_claim(in.c, {claim.document, claim.item});
}

}  // namespace

void write_trace_text(std::ostream& out, const writer_input& in) { write_text(out, in.c, in.a, traced(in)); }

void write_trace_json(std::ostream& out, const writer_input& in) {
    // Invalid UTF-8 (a file name in another encoding) comes out as U+FFFD, as in export.
    out << tree_json(in.c, in.a, traced(in)).dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace citegraph::exports_detail
