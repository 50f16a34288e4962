#include "citegraph/findings.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace citegraph {

namespace {

// How bad a claim finding is, for "worst first".
int rank(const finding& f, const corpus_assessment& a) {
    // An anachronism ranks between resting-on-stale and partly-stale.
    if (f.kind == finding_kind::anachronism) return severity(claim_verdict::resting_on_stale);
    return severity(a.documents[f.document].claims[f.item].verdict);
}

// The finding a reference is, if any: retracted first, then stale, then a lesser notice.
std::string_view reference_finding(const reference_assessment& ra) {
    if (ra.flags.retracted) return "retracted-source";
    if (ra.stale) return "stale-source";
    if (ra.stale_upstream) return "stale-upstream";
    if (ra.flags.concern) return "concern-source";
    if (ra.flags.corrected) return "corrected-source";
    return "";
}

// How bad a reference finding is: retracted, stale (or stale upstream), concern, corrected.
int reference_rank(const reference_assessment& ra) {
    return ra.flags.retracted ? 3 : counts_as_stale(ra) ? 2 : ra.flags.concern ? 1 : 0;
}

// Each stale or noticed reference of one document, retracted ones first, then stale ones,
// each the most relied-on first.
void append_stale_sources(std::vector<finding>& out, std::size_t doc, const document_assessment& da) {
    const std::size_t first = out.size();
    for (std::size_t i = 0; i < da.references.size(); ++i)
        if (const std::string_view name = reference_finding(da.references[i]); !name.empty())
            out.push_back({finding_kind::stale_source, doc, i, name});
    std::stable_sort(out.begin() + static_cast<long>(first), out.end(), [&](const finding& x, const finding& y) {
        const reference_assessment& rx = da.references[x.item];
        const reference_assessment& ry = da.references[y.item];
        if (reference_rank(rx) != reference_rank(ry)) return reference_rank(rx) > reference_rank(ry);
        return rx.cited_by.size() > ry.cited_by.size();
    });
}

// How many findings the references make: one per stale or noticed reference and one per flag.
std::size_t count_reference_findings(const corpus_assessment& a) {
    std::size_t count = 0;
    for (const document_assessment& da : a.documents)
        for (const reference_assessment& ra : da.references)
            count += (reference_finding(ra).empty() ? 0 : 1) + ra.flags.undated + ra.flags.unverifiable + ra.flags.draft;
    return count;
}

// Every reference of the corpus with the flag, in document order.
void append_flagged(std::vector<finding>& out, const corpus_assessment& a, bool reference_flags::*flag,
                    std::string_view name) {
    for (std::size_t doc = 0; doc < a.documents.size(); ++doc) {
        const auto& refs = a.documents[doc].references;
        for (std::size_t i = 0; i < refs.size(); ++i)
            if (refs[i].flags.*flag) out.push_back({finding_kind::reference_flag, doc, i, name});
    }
}

}  // namespace

bool finding_filter::shows(std::string_view name) const {
    const auto named = [&](const std::vector<std::string>& names) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    return (only.empty() || named(only)) && !named(hide);
}

std::vector<finding> ordered_findings(const corpus& c, const corpus_assessment& a) {
    const auto for_each_claim_finding = [&](auto&& take) {
        for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
            const auto& claims = a.documents[doc].claims;
            for (std::size_t i = 0; i < claims.size(); ++i) {
                if (claims[i].verdict != claim_verdict::ok)
                    take(finding{finding_kind::claim, doc, i, to_string(claims[i].verdict)});
                if (claims[i].anachronism) take(finding{finding_kind::anachronism, doc, i, "anachronism"});
            }
        }
    };
    // Claims worst first, in document order within a rank. Ranks are severities, a handful:
    // the findings are counted per rank and each is put after every worse one, the order a
    // stable sort gives, without comparing them or a sort's second buffer.
    std::array<std::size_t, static_cast<std::size_t>(max_severity) + 1> next{};  // per rank: where its next finding goes
    for_each_claim_finding([&](const finding& f) { ++next[static_cast<std::size_t>(rank(f, a))]; });
    std::size_t claim_findings = 0;
    for (std::size_t r = next.size(); r-- > 0;) claim_findings += std::exchange(next[r], claim_findings);
    // Made to measure: the vector grown by doubling copied every finding over and over, on
    // one core, into fresh pages.
    std::vector<finding> findings;
    findings.reserve(claim_findings + count_reference_findings(a));
    findings.resize(claim_findings);
    for_each_claim_finding([&](const finding& f) { findings[next[static_cast<std::size_t>(rank(f, a))]++] = f; });
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        append_stale_sources(findings, doc, a.documents[doc]);
    append_flagged(findings, a, &reference_flags::undated, "undated");
    append_flagged(findings, a, &reference_flags::unverifiable, "unverifiable");
    append_flagged(findings, a, &reference_flags::draft, "draft");
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
