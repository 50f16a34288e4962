#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/provenance_analysis.hpp"
#include "graph/citation_graph.hpp"
#include "listings.hpp"
#include "reasons.hpp"
#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

// "path:line:column: ", "path:line: " when the column is unknown, "path: " when the line is.
std::string place_of(const document& d, const location& where) {
    std::string out = printable(d.path);
    if (where.line > 0) out += ':' + std::to_string(where.line);
    if (where.line > 0 && where.column > 0) out += ':' + std::to_string(where.column);
    return out + ": ";
}

void write_claim_finding(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f) {
    const document& d = c.documents[f.document];
    const claim& cl = d.claims[f.item];
    out << place_of(d, cl.where) << f.name << ": " << c.graph()[c.claim_vertex(f.document, f.item)].id << " \""
        << terminal_label(cl.text, 72) << "\"";
    if (const std::string why = explain(c, a, f); !why.empty()) out << " — " << printable(why);
    out << '\n';
}

// " — 9 claims rest on it", " — never cited".
std::string resting_count(std::size_t claims) {
    if (claims == 0) return " — never cited";
    return " — " + std::to_string(claims) + (claims == 1 ? " claim rests" : " claims rest") + " on it";
}

// A stale reference (fixing it mends every claim resting on it), or an undated,
// unverifiable or draft one: its id, text, date and why, and how many claims rest on it.
void write_reference_finding(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f) {
    const document& d = c.documents[f.document];
    const reference& r = d.references[f.item];
    const reference_assessment& ra = a.documents[f.document].references[f.item];
    out << place_of(d, r.where) << f.name << ": " << c.graph()[c.reference_vertex(f.document, f.item)].id << " \""
        << terminal_label(r.text, 80) << "\" (" << iso_or_undated(r.published);
    if (f.kind == finding_kind::stale_source)
        out << "; " << printable(join(stale_reason_texts(c, a, f.document, f.item), "; "));
    out << ')' << resting_count(ra.cited_by.size()) << '\n';
}

void write_summary(std::ostream& out, const document& d, const document_assessment& da,
                   const stale_policy& policy) {
    const document_summary s = summarize(d, da);
    const std::string path = printable(d.path);
    out << path << ": " << d.claims.size() << (d.claims.size() == 1 ? " claim: " : " claims: ");
    for (auto v : summary_verdicts)
        out << s.claims(v) << ' ' << to_string(v) << (v == claim_verdict::dangling ? "" : ", ");
    out << "; " << s.anachronisms << " anachronism" << (s.anachronisms == 1 ? "" : "s") << '\n';
    out << path << ": " << d.references.size() << (d.references.size() == 1 ? " reference: " : " references: ")
        << s.stale << " stale ("
        << s.superseded << " superseded), " << s.in_force << " legislation in force, " << s.undated
        << " undated, " << s.unverifiable << " unverifiable, " << s.drafts << " draft, "
        << s.never_cited.size() << " never cited"
        << (s.never_cited.empty() ? "" : " (" + join(s.never_cited, ", ") + ")") << "; as of "
        << (da.as_of.known() ? to_iso(da.as_of) : "unknown") << ", max age " << to_string(policy.max_age)
        << (da.sources == source_policy::scholarly ? " (scholarly: articles and books age only when superseded)" : "")
        << '\n';
}

// One line per cycle of documents citing each other: "cycle: a.md → b.md → c.md → a.md".
void write_cycles(std::ostream& out, const corpus& c, const corpus_assessment& a) {
    for (const auto& cycle : a.cycles) {
        out << "cycle:";
        for (std::size_t doc : cycle) out << ' ' << printable(c.documents[doc].path) << " →";
        out << ' ' << printable(c.documents[cycle.front()].path) << '\n';
    }
    if (a.cycles_truncated) out << "cycle: more cycles exist; the first " << cycle_limit << " are listed\n";
}

// How many claims rest on one source, and the sources most claims rest on.
void write_load_bearing(std::ostream& out, const corpus& c) {
    constexpr std::size_t shown = 5;
    const load_bearing_sources found = find_load_bearing(c, shown);
    std::size_t claims = 0;
    for (const document& d : c.documents) claims += d.claims.size();
    out << "load-bearing: " << found.single_source_claims.size() << " of " << claims
        << " claims rest on a single source\n";
    for (std::size_t i = 0; i < std::min(shown, found.ranking.size()); ++i) {
        const source_load& load = found.ranking[i];
        const source& s = c.links.sources[load.source];
        const reference_place first = s.references.front();
        const reference& r = c.documents[first.document].references[first.reference];
        out << "load-bearing: " << s.id << " \"" << terminal_label(r.text, 60) << "\" ("
            << iso_or_undated(s.published) << "): " << load.total
            << (load.total == 1 ? " claim rests" : " claims rest") << " on it, " << load.direct << " directly\n";
    }
}

}  // namespace

void write_check_text(std::ostream& out, const writer_input& in) {
    const corpus& c = in.c;
    const corpus_assessment& a = in.a;
    for (const finding& f : filtered(ordered_findings(c, a), in.shown)) {
        if (names_reference(f))
            write_reference_finding(out, c, a, f);
        else write_claim_finding(out, c, a, f);
    }
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        write_summary(out, c.documents[doc], a.documents[doc], a.policy);
    if (c.documents.size() > 1) {
        write_cycles(out, c, a);
        write_load_bearing(out, c);
    }
}

}  // namespace citegraph::exports_detail
