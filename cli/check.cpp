#include "check.hpp"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "exports/findings.hpp"
#include "exports/text.hpp"

namespace citegraph::cli {

namespace {

using exports_detail::finding;
using exports_detail::finding_kind;
using exports_detail::join;
using exports_detail::short_label;

void write_claim_finding(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f) {
    const document& d = c.documents[f.document];
    const claim& cl = d.claims[f.item];
    out << d.path << ':' << cl.where.line << ": " << f.name << ": \"" << short_label(cl.text, 72) << "\"";
    if (const std::string why = exports_detail::explain(c, a, f); !why.empty()) out << " — " << why;
    out << '\n';
}

// A stale reference: fixing it mends every claim resting on it.
void write_stale_source(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f) {
    const document& d = c.documents[f.document];
    const reference& r = d.references[f.item];
    const reference_assessment& ra = a.documents[f.document].references[f.item];
    const std::size_t claims = ra.cited_by.size();
    out << d.path << ':' << r.where.line << ": stale-source: " << r.number << " \""
        << short_label(r.text, 80) << "\" (" << (r.published.known() ? to_iso(r.published) : "undated")
        << "; " << join(ra.stale_reasons, "; ") << ") — " << claims
        << (claims == 1 ? " claim rests" : " claims rest") << " on it\n";
}

void write_summary(std::ostream& out, const document& d, const document_assessment& da,
                   const stale_policy& policy) {
    const exports_detail::document_summary s = exports_detail::summarize(d, da);
    out << d.path << ": " << d.claims.size() << " claims: ";
    for (auto v : exports_detail::summary_verdicts)
        out << s.claims(v) << ' ' << to_string(v) << (v == claim_verdict::dangling ? "" : ", ");
    out << "; " << s.anachronisms << " anachronism" << (s.anachronisms == 1 ? "" : "s") << '\n';
    out << d.path << ": " << d.references.size() << " references: " << s.stale << " stale ("
        << s.superseded << " superseded), " << s.in_force << " legislation in force, " << s.undated
        << " undated, " << s.unverifiable << " unverifiable, " << s.drafts << " draft, "
        << s.never_cited.size() << " never cited"
        << (s.never_cited.empty() ? "" : " (" + join(s.never_cited, ", ") + ")") << "; as of "
        << (da.as_of.known() ? to_iso(da.as_of) : "unknown") << ", max age " << to_string(policy.max_age)
        << '\n';
}

}  // namespace

check_counts write_check_report(std::ostream& out, const corpus& c, const corpus_assessment& a) {
    check_counts counts;
    for (const auto& da : a.documents)
        for (const auto& ca : da.claims) counts.worst_severity = std::max(counts.worst_severity, severity(ca.verdict));
    for (const finding& f : exports_detail::ordered_findings(c, a)) {
        if (f.kind == finding_kind::stale_source) write_stale_source(out, c, a, f);
        else write_claim_finding(out, c, a, f);
    }
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        write_summary(out, c.documents[doc], a.documents[doc], a.policy);
    return counts;
}

}  // namespace citegraph::cli
