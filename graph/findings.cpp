#include "citegraph/findings.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "ordered_findings.hpp"

namespace citegraph {

static_assert(sizeof(finding) == 12);

finding::finding(finding_kind kind, std::size_t document, std::size_t item, std::string_view name)
    : kind(kind), document(static_cast<std::uint32_t>(document)), item(static_cast<std::uint32_t>(item)) {
    const auto* at = std::find(finding_names.begin(), finding_names.end(), name);
    if (at == finding_names.end()) throw std::invalid_argument("no finding is named '" + std::string(name) + "'");
    name_ = static_cast<std::uint8_t>(at - finding_names.begin());
}

namespace findings_detail {

int rank(const finding& f, const corpus_assessment& a) {
    // An anachronism ranks between resting-on-stale and partly-stale.
    if (f.kind == finding_kind::anachronism) return severity(claim_verdict::resting_on_stale);
    return severity(a.documents[f.document].claims[f.item].verdict);
}

std::string_view reference_finding(const reference_assessment& ra) {
    if (ra.flags.retracted) return "retracted-source";
    if (ra.stale) return "stale-source";
    if (ra.stale_upstream) return "stale-upstream";
    if (ra.flags.concern) return "concern-source";
    if (ra.flags.corrected) return "corrected-source";
    return "";
}

int reference_rank(const reference_assessment& ra) {
    return ra.flags.retracted ? 3 : counts_as_stale(ra) ? 2 : ra.flags.concern ? 1 : 0;
}

std::size_t count_reference_findings(const corpus_assessment& a) {
    std::size_t count = 0;
    for (const document_assessment& da : a.documents)
        for (const reference_assessment& ra : da.references)
            count += (reference_finding(ra).empty() ? 0 : 1) + ra.flags.undated + ra.flags.unverifiable + ra.flags.draft;
    return count;
}

}  // namespace findings_detail

bool finding_filter::shows(std::string_view name) const {
    const auto named = [&](const std::vector<std::string>& names) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    return (only.empty() || named(only)) && !named(hide);
}

std::vector<finding> ordered_findings(const corpus& c, const corpus_assessment& a) {
    std::vector<finding> findings;
    findings_detail::fill_ordered_findings(findings, c, a, [](auto& f) -> auto& { return f; });
    return findings;
}

std::vector<std::string> current_sources(const corpus& c, const corpus_assessment& a,
                                         std::size_t doc, std::size_t claim) {
    const document& d = c.documents[doc];
    std::vector<std::string> numbers;
    for (int number : d.claims[claim].cites) {
        const auto ref = c.reference_index(doc, number);
        if (ref && !counts_as_stale(a.documents[doc].references[*ref]))
            numbers.push_back(std::to_string(d.references[*ref].number));
    }
    return numbers;
}

int worst_severity(const corpus_assessment& a) {
    int worst = 0;
    for (const auto& da : a.documents)
        for (const auto& ca : da.claims) worst = std::max(worst, severity(ca.verdict));
    return worst;
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
        s.retracted += ra.flags.retracted;
        s.concerns += ra.flags.concern;
        s.corrected += ra.flags.corrected;
        if (ra.cited_by.empty()) s.never_cited.push_back(std::to_string(d.references[i].number));
    }
    return s;
}

}  // namespace citegraph
