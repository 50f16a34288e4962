#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/provenance_analysis.hpp"
#include "listings.hpp"
#include "reasons.hpp"
#include "terminal_colour.hpp"
#include "text.hpp"
#include "text/counted.hpp"

namespace citegraph::exports_detail {

namespace {

void write_claim_finding(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f,
                         bool colour) {
    const document& d = c.documents[f.document];
    const claim& cl = d.claims[f.item];
    out << printable(d.path) << ':' << cl.where.line << ": " << coloured(f.name, f.name, colour) << ": \""
        << terminal_label(cl.text, 72) << "\"";
    if (const std::string why = explain(c, a, f); !why.empty()) out << " — " << printable(why);
    out << '\n';
}

// A stale reference: fixing it mends every claim resting on it.
void write_stale_source(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f,
                        bool colour) {
    const document& d = c.documents[f.document];
    const reference& r = d.references[f.item];
    const reference_assessment& ra = a.documents[f.document].references[f.item];
    out << printable(d.path) << ':' << r.where.line << ": " << coloured(f.name, f.name, colour) << ": "
        << r.number << " \"" << terminal_label(r.text, 80) << "\" (" << iso_or_undated(r.published)
        << "; " << printable(join(stale_reason_texts(c, a, f.document, f.item), "; ")) << ") — "
        << text::counted(ra.cited_by.size(), "claim rests", "claims rest") << " on it\n";
}

// "43 partly-stale", in the verdict's colour when there is any.
std::string verdict_count(int n, std::string_view verdict, bool colour) {
    return coloured(std::to_string(n) + ' ' + std::string(verdict), verdict, colour && n > 0);
}

void write_summary(std::ostream& out, const document& d, const document_assessment& da,
                   const stale_policy& policy, bool colour) {
    const document_summary s = summarize(d, da);
    const std::string path = printable(d.path);
    out << path << ": " << text::counted(d.claims.size(), "claim") << ": ";
    for (auto v : summary_verdicts)
        out << verdict_count(s.claims(v), to_string(v), colour) << (v == claim_verdict::dangling ? "" : ", ");
    out << "; "
        << coloured(text::counted(static_cast<std::size_t>(s.anachronisms), "anachronism"), "anachronism",
                    colour && s.anachronisms > 0)
        << '\n';
    out << path << ": " << text::counted(d.references.size(), "reference") << ": "
        << verdict_count(s.stale, "stale", colour) << " ("
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
    // "1 of 5 claims rests", "4 of 5 claims rest": the verb agrees with the first count.
    out << "load-bearing: " << found.single_source_claims.size() << " of " << text::counted(claims, "claim")
        << (found.single_source_claims.size() == 1 ? " rests" : " rest") << " on a single source\n";
    for (std::size_t i = 0; i < std::min(shown, found.ranking.size()); ++i) {
        const source_load& load = found.ranking[i];
        const source& s = c.links.sources[load.source];
        const reference_place first = s.references.front();
        const reference& r = c.documents[first.document].references[first.reference];
        out << "load-bearing: " << s.id << " \"" << terminal_label(r.text, 60) << "\" ("
            << iso_or_undated(s.published) << "): " << text::counted(load.total, "claim rests", "claims rest")
            << " on it, " << load.direct << " directly\n";
    }
}

}  // namespace

void write_check_text(std::ostream& out, const writer_input& in) {
    const corpus& c = in.c;
    const corpus_assessment& a = in.a;
    for (const finding& f : ordered_findings(c, a)) {
        if (f.kind == finding_kind::stale_source) write_stale_source(out, c, a, f, in.colour);
        else write_claim_finding(out, c, a, f, in.colour);
    }
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        write_summary(out, c.documents[doc], a.documents[doc], a.policy, in.colour);
    if (c.documents.size() > 1) {
        write_cycles(out, c, a);
        write_load_bearing(out, c);
    }
}

}  // namespace citegraph::exports_detail
