// ordered_findings made in place: in a vector of any element that holds a finding, for a
// caller (triage) whose own elements carry more than the finding. A vector of findings made
// first and copied into those took a pass and 8 MB of fresh pages on one core for 500 reports.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"
#include "citegraph/findings.hpp"

namespace citegraph::findings_detail {

// How bad a claim finding is, for "worst first".
int rank(const finding& f, const corpus_assessment& a);

// The finding a reference is, if any: retracted first, then stale, then a lesser notice.
std::string_view reference_finding(const reference_assessment& ra);

// How bad a reference finding is: retracted, stale (or stale upstream), concern, corrected.
int reference_rank(const reference_assessment& ra);

// How many findings the references make: one per stale or noticed reference and one per flag.
std::size_t count_reference_findings(const corpus_assessment& a);

// Appends an element holding f; finding_of(element) is where it is held.
template <class Element, class FindingOf>
void append(std::vector<Element>& out, FindingOf finding_of, const finding& f) {
    finding_of(out.emplace_back()) = f;
}

// Each stale or noticed reference of one document, retracted ones first, then stale ones,
// each the most relied-on first.
template <class Element, class FindingOf>
void append_stale_sources(std::vector<Element>& out, FindingOf finding_of, std::size_t doc,
                          const document_assessment& da) {
    const std::size_t first = out.size();
    for (std::size_t i = 0; i < da.references.size(); ++i)
        if (const std::string_view name = reference_finding(da.references[i]); !name.empty())
            append(out, finding_of, {finding_kind::stale_source, doc, i, name});
    std::stable_sort(out.begin() + static_cast<long>(first), out.end(), [&](const Element& x, const Element& y) {
        const reference_assessment& rx = da.references[finding_of(x).item];
        const reference_assessment& ry = da.references[finding_of(y).item];
        if (reference_rank(rx) != reference_rank(ry)) return reference_rank(rx) > reference_rank(ry);
        return rx.cited_by.size() > ry.cited_by.size();
    });
}

// Every reference of the corpus with the flag, in document order.
template <class Element, class FindingOf>
void append_flagged(std::vector<Element>& out, FindingOf finding_of, const corpus_assessment& a,
                    bool reference_flags::*flag, std::string_view name) {
    for (std::size_t doc = 0; doc < a.documents.size(); ++doc) {
        const auto& refs = a.documents[doc].references;
        for (std::size_t i = 0; i < refs.size(); ++i)
            if (refs[i].flags.*flag) append(out, finding_of, {finding_kind::reference_flag, doc, i, name});
    }
}

// ordered_findings(c, a) into `out`, which it replaces: element k holds the k-th finding,
// where finding_of(element) says (a reference to the finding in it, for an element made as
// Element{}).
template <class Element, class FindingOf>
void fill_ordered_findings(std::vector<Element>& out, const corpus& c, const corpus_assessment& a,
                           FindingOf finding_of) {
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
    out.clear();
    out.reserve(claim_findings + count_reference_findings(a));
    out.resize(claim_findings);
    for_each_claim_finding(
        [&](const finding& f) { finding_of(out[next[static_cast<std::size_t>(rank(f, a))]++]) = f; });
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        append_stale_sources(out, finding_of, doc, a.documents[doc]);
    append_flagged(out, finding_of, a, &reference_flags::undated, "undated");
    append_flagged(out, finding_of, a, &reference_flags::unverifiable, "unverifiable");
    append_flagged(out, finding_of, a, &reference_flags::draft, "draft");
}

}  // namespace citegraph::findings_detail
