#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/provenance_analysis.hpp"
#include "citegraph/triage.hpp"
#include "check_findings.hpp"
#include "listings.hpp"
#include "reasons.hpp"
#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

// " [claim 1a2b3c4d5e6f]": what a suppression names the finding by; "" unless asked for.
std::string hash_note(const triaged_finding& t, bool shown) {
    if (!shown) return "";
    return (t.f.kind == finding_kind::stale_source ? " [reference " : " [claim ") + t.hash + "]";
}

void write_claim_finding(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f,
                         const std::string& note) {
    const document& d = c.documents[f.document];
    const claim& cl = d.claims[f.item];
    out << printable(d.path) << ':' << cl.where.line << ": " << f.name << ": \"" << terminal_label(cl.text, 72)
        << "\"";
    if (const std::string why = explain(c, a, f); !why.empty()) out << " — " << printable(why);
    out << note << '\n';
}

// A stale reference: fixing it mends every claim resting on it.
void write_stale_source(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f,
                        const std::string& note) {
    const document& d = c.documents[f.document];
    const reference& r = d.references[f.item];
    const reference_assessment& ra = a.documents[f.document].references[f.item];
    const std::size_t claims = ra.cited_by.size();
    out << printable(d.path) << ':' << r.where.line << ": " << f.name << ": " << r.number << " \""
        << terminal_label(r.text, 80) << "\" (" << iso_or_undated(r.published)
        << "; " << printable(join(stale_reason_texts(c, a, f.document, f.item), "; ")) << ") — " << claims
        << (claims == 1 ? " claim rests" : " claims rest") << " on it" << note << '\n';
}

// "path: not listed: 2 suppressed, 150 baselined", for a document with findings left out.
void write_left_out(std::ostream& out, const document& d, std::size_t doc, const triaged_findings& t) {
    std::size_t suppressed = 0, baselined = 0, listed = 0;
    for (const triaged_finding& one : t.findings) {
        if (one.f.document != doc) continue;
        suppressed += one.suppressed_by != nullptr;
        baselined += one.baselined;
        listed += one.listed();
    }
    if (suppressed == 0 && !t.with_baseline) return;
    out << printable(d.path) << ": " << listed << (t.with_baseline ? " new" : "")
        << (listed == 1 ? " finding" : " findings") << " listed";
    if (suppressed > 0) out << ", " << suppressed << " suppressed";
    if (t.with_baseline) out << ", " << baselined << " in the baseline";
    out << '\n';
}

// " (news 1y, article never)": the kinds given age limits of their own; "" if none.
std::string own_kind_limits(const stale_policy& policy) {
    std::vector<std::string> own;
    for (const auto& [kind, limit] : policy.max_age_by_kind) own.push_back(std::string(to_string(kind)) + ' ' + to_string(limit));
    return own.empty() ? "" : " (" + join(own, ", ") + ")";
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
        << own_kind_limits(policy)
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
    triaged_findings fallback;
    const triaged_findings& t = triaged(in, fallback);
    for (const triaged_finding& one : t.findings) {
        if (!one.listed()) continue;
        const std::string note = hash_note(one, in.show_hashes);
        if (one.f.kind == finding_kind::stale_source) write_stale_source(out, c, a, one.f, note);
        else write_claim_finding(out, c, a, one.f, note);
    }
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        write_summary(out, c.documents[doc], a.documents[doc], a.policy);
        write_left_out(out, c.documents[doc], doc, t);
    }
    if (c.documents.size() > 1) {
        write_cycles(out, c, a);
        write_load_bearing(out, c);
    }
}

}  // namespace citegraph::exports_detail
