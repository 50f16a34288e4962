// The analysis' reasons in words: what every writer prints for a stale reference, a claim's
// verdict and a finding.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"
#include "citegraph/findings.hpp"

namespace citegraph::exports_detail {

// The notice standing against a reference: "retracted 2020-05-04, notice 10.1016/j.x.2020.1",
// "expression of concern 2021", "corrected undated"; "" if none stands.
std::string notice_text(const reference_assessment& ra);

// Why reference `ref` of document `doc` is unsound, one text per reason, in order: the
// notice standing against it (notice_text), then why it is stale: "superseded by 4", "superseded by d2:r4 (2020)", "older than 3y",
// "stale upstream: d2 "Basin Water Review" → d2:c1 → d2:r1 → d3 → d3:c1 → d3:r1 (2009; older than 3y)".
std::vector<std::string> stale_reason_texts(const corpus& c, const corpus_assessment& a, std::size_t doc,
                                            std::size_t ref);

// The same without the upstream reason: why the reference is stale in itself.
std::vector<std::string> own_stale_reason_texts(const corpus& c, const corpus_assessment& a, std::size_t doc,
                                                std::size_t ref);

// Why claim `claim` of document `doc` has its verdict, one text per reason, in order: "no
// citation supports it", "cites 81, which the reference list lacks", "25 (2018-06-28;
// superseded by 4; older than 3y)", "reports 2021 but every source predates it".
std::vector<std::string> claim_reason_texts(const corpus& c, const corpus_assessment& a, std::size_t doc,
                                            std::size_t claim);

// Why a claim finding holds, as `check` prints it after the dash: "cites 25 (2018-06-28;
// older than 3y); current: 3, 5" for a partly-stale claim, the anachronism's own reason for
// an anachronism; "" for an uncited claim and for a stale source.
std::string explain(const corpus& c, const corpus_assessment& a, const finding& f);

// The same texts for a writer that describes many claims. Each unsound reference's text
// ("25 (2018-06-28; superseded by 4)") is made once, when the object is built, not again
// for every claim that cites it: in a large corpus one stale reference backs dozens of claims.
class claim_reasons {
public:
    claim_reasons(const corpus& c, const corpus_assessment& a);

    // claim_reason_texts(c, a, doc, claim).
    std::vector<std::string> texts(std::size_t doc, std::size_t claim) const;
    // explain(c, a, f).
    std::string explain(const finding& f) const;
    // explain(c, a, f) for a claim finding whose texts(f.document, f.item) are at hand.
    std::string explain(const finding& f, std::vector<std::string> texts) const;

private:
    const corpus& c_;
    const corpus_assessment& a_;
    // By document, the references its claims cite as unsound, by index, each with its text;
    // the rest of the list, most of it, takes no room.
    std::vector<std::vector<std::pair<std::size_t, std::string>>> source_texts_;
    const std::string& source_text(std::size_t doc, std::size_t ref) const;
};

}  // namespace citegraph::exports_detail
