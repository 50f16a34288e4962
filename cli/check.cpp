#include "check.hpp"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "exports/text.hpp"

namespace citegraph::cli {

namespace {

struct finding {
    int severity = 0;
    std::size_t document = 0;
    std::size_t claim = 0;
    std::string_view verdict;
};

using exports_detail::join;
using exports_detail::short_label;

// The cited numbers whose references are current, for "partly-stale" lines.
std::vector<std::string> current_sources(const document& d, const document_assessment& da,
                                         const corpus& c, std::size_t doc, const claim& cl) {
    std::vector<std::string> numbers;
    for (int number : cl.cites) {
        const long ref = c.reference_index(doc, number);
        if (ref >= 0 && !da.references[static_cast<std::size_t>(ref)].stale)
            numbers.push_back(std::to_string(d.references[static_cast<std::size_t>(ref)].number));
    }
    return numbers;
}

// The part after the dash: which sources make the verdict.
std::string explain(const claim_assessment& a, bool anachronism_line, const std::vector<std::string>& current) {
    if (anachronism_line) return a.reasons.back();
    std::vector<std::string> reasons = a.reasons;
    if (a.anachronism) reasons.pop_back();  // has a line of its own
    switch (a.verdict) {
        case claim_verdict::resting_on_stale: return "cites " + join(reasons, ", ");
        case claim_verdict::partly_stale:
            return "cites " + join(reasons, ", ") + "; current: " + join(current, ", ");
        default: return join(reasons, "; ");
    }
}

void write_finding(std::ostream& out, const corpus& c, const corpus_assessment& a, const finding& f) {
    const document& d = c.documents[f.document];
    const claim& cl = d.claims[f.claim];
    const claim_assessment& ca = a.documents[f.document].claims[f.claim];
    out << d.path << ':' << cl.where.line << ": " << f.verdict << ": \"" << short_label(cl.text, 72)
        << "\"";
    if (f.verdict != "uncited")
        out << " — "
            << explain(ca, f.verdict == "anachronism",
                       current_sources(d, a.documents[f.document], c, f.document, cl));
    out << '\n';
}

// One line per stale reference, the most relied-on first: fixing one of these mends
// every claim resting on it.
void write_stale_sources(std::ostream& out, const document& d, const document_assessment& da) {
    std::vector<std::size_t> stale;
    for (std::size_t i = 0; i < da.references.size(); ++i)
        if (da.references[i].stale) stale.push_back(i);
    std::stable_sort(stale.begin(), stale.end(), [&](std::size_t x, std::size_t y) {
        return da.references[x].cited_by.size() > da.references[y].cited_by.size();
    });
    for (std::size_t i : stale) {
        const reference& r = d.references[i];
        const reference_assessment& ra = da.references[i];
        const std::size_t claims = ra.cited_by.size();
        out << d.path << ':' << r.where.line << ": stale-source: " << r.number << " \""
            << short_label(r.text, 80) << "\" (" << (r.published.known() ? to_iso(r.published) : "undated")
            << "; " << join(ra.stale_reasons, "; ") << ") — " << claims
            << (claims == 1 ? " claim rests" : " claims rest") << " on it\n";
    }
}

void write_summary(std::ostream& out, const document& d, const document_assessment& da,
                   const stale_policy& policy) {
    int by_verdict[5] = {};
    int anachronisms = 0;
    for (const auto& ca : da.claims) {
        ++by_verdict[static_cast<int>(ca.verdict)];
        anachronisms += ca.anachronism;
    }
    out << d.path << ": " << d.claims.size() << " claims: ";
    for (auto v : {claim_verdict::ok, claim_verdict::partly_stale, claim_verdict::resting_on_stale,
                   claim_verdict::uncited, claim_verdict::dangling})
        out << by_verdict[static_cast<int>(v)] << ' ' << to_string(v)
            << (v == claim_verdict::dangling ? "" : ", ");
    out << "; " << anachronisms << " anachronism" << (anachronisms == 1 ? "" : "s") << '\n';

    int stale = 0, superseded = 0, undated = 0, unverifiable = 0, drafts = 0, in_force = 0;
    std::vector<std::string> never_cited;
    for (std::size_t i = 0; i < da.references.size(); ++i) {
        const auto& ra = da.references[i];
        stale += ra.stale;
        superseded += ra.superseded;
        undated += ra.flags.undated;
        unverifiable += ra.flags.unverifiable;
        drafts += ra.flags.draft;
        in_force += ra.flags.in_force;
        if (ra.cited_by.empty()) never_cited.push_back(std::to_string(d.references[i].number));
    }
    out << d.path << ": " << d.references.size() << " references: " << stale << " stale ("
        << superseded << " superseded), " << in_force << " legislation in force, " << undated
        << " undated, " << unverifiable << " unverifiable, " << drafts << " draft, "
        << never_cited.size() << " never cited" << (never_cited.empty() ? "" : " (" + join(never_cited, ", ") + ")")
        << "; as of " << (da.as_of.known() ? to_iso(da.as_of) : "unknown") << ", max age "
        << to_string(policy.max_age) << '\n';
}

}  // namespace

check_counts write_check_report(std::ostream& out, const corpus& c, const corpus_assessment& a) {
    std::vector<finding> findings;
    check_counts counts;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const auto& claims = a.documents[doc].claims;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            const int level = severity(claims[i].verdict);
            counts.worst_severity = std::max(counts.worst_severity, level);
            if (level > 0) findings.push_back({level, doc, i, to_string(claims[i].verdict)});
            // An anachronism ranks between resting-on-stale and partly-stale.
            if (claims[i].anachronism) findings.push_back({severity(claim_verdict::resting_on_stale), doc, i, "anachronism"});
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const finding& x, const finding& y) { return x.severity > y.severity; });
    for (const auto& f : findings) write_finding(out, c, a, f);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        write_stale_sources(out, c.documents[doc], a.documents[doc]);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        write_summary(out, c.documents[doc], a.documents[doc], a.policy);
    return counts;
}

}  // namespace citegraph::cli
