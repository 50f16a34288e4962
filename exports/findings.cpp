#include "findings.hpp"

#include <algorithm>

#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

// How bad a claim finding is, for "worst first".
int rank(const finding& f, const corpus_assessment& a) {
    // An anachronism ranks between resting-on-stale and partly-stale.
    if (f.kind == finding_kind::anachronism) return severity(claim_verdict::resting_on_stale);
    return severity(a.documents[f.document].claims[f.item].verdict);
}

// Each stale reference of one document, the most relied-on first.
void append_stale_sources(std::vector<finding>& out, std::size_t doc, const document_assessment& da) {
    const std::size_t first = out.size();
    for (std::size_t i = 0; i < da.references.size(); ++i)
        if (counts_as_stale(da.references[i]))
            out.push_back({finding_kind::stale_source, doc, i,
                           da.references[i].stale ? "stale-source" : "stale-upstream"});
    std::stable_sort(out.begin() + static_cast<long>(first), out.end(), [&](const finding& x, const finding& y) {
        return da.references[x.item].cited_by.size() > da.references[y.item].cited_by.size();
    });
}

}  // namespace

std::vector<finding> ordered_findings(const corpus& c, const corpus_assessment& a) {
    std::vector<finding> findings;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const auto& claims = a.documents[doc].claims;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            if (claims[i].verdict != claim_verdict::ok)
                findings.push_back({finding_kind::claim, doc, i, to_string(claims[i].verdict)});
            if (claims[i].anachronism) findings.push_back({finding_kind::anachronism, doc, i, "anachronism"});
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const finding& x, const finding& y) { return rank(x, a) > rank(y, a); });
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        append_stale_sources(findings, doc, a.documents[doc]);
    return findings;
}

std::vector<std::string> current_sources(const corpus& c, const corpus_assessment& a,
                                         std::size_t doc, std::size_t claim) {
    const document& d = c.documents[doc];
    std::vector<std::string> numbers;
    for (int number : d.claims[claim].cites) {
        const long ref = c.reference_index(doc, number);
        if (ref >= 0 && !counts_as_stale(a.documents[doc].references[static_cast<std::size_t>(ref)]))
            numbers.push_back(std::to_string(d.references[static_cast<std::size_t>(ref)].number));
    }
    return numbers;
}

std::string explain(const corpus& c, const corpus_assessment& a, const finding& f) {
    if (f.kind == finding_kind::stale_source) return "";
    const claim_assessment& ca = a.documents[f.document].claims[f.item];
    if (f.kind == finding_kind::anachronism) return ca.reasons.empty() ? "" : ca.reasons.back();
    std::vector<std::string> reasons = ca.reasons;
    if (ca.anachronism && !reasons.empty()) reasons.pop_back();  // has a finding of its own
    switch (ca.verdict) {
        case claim_verdict::resting_on_stale: return "cites " + join(reasons, ", ");
        case claim_verdict::partly_stale:
            return "cites " + join(reasons, ", ") + "; current: " +
                   join(current_sources(c, a, f.document, f.item), ", ");
        case claim_verdict::uncited: return "";
        default: return join(reasons, "; ");
    }
}

document_summary summarize(const document& d, const document_assessment& da) {
    document_summary s;
    for (const auto& ca : da.claims) {
        ++s.claims_by_verdict[static_cast<std::size_t>(ca.verdict)];
        s.anachronisms += ca.anachronism;
    }
    for (std::size_t i = 0; i < da.references.size(); ++i) {
        const auto& ra = da.references[i];
        s.stale += ra.stale;
        s.superseded += ra.superseded;
        s.undated += ra.flags.undated;
        s.unverifiable += ra.flags.unverifiable;
        s.drafts += ra.flags.draft;
        s.in_force += ra.flags.in_force;
        if (ra.cited_by.empty()) s.never_cited.push_back(std::to_string(d.references[i].number));
    }
    return s;
}

}  // namespace citegraph::exports_detail
