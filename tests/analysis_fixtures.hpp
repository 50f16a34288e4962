// Small hand-built documents for the analysis and command tests.
#pragma once

#include <string>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/model.hpp"

namespace citegraph::fixtures {

// The reasons the analysis gives, as a test expects them.
inline stale_reason reason(stale_reason_kind kind, age_limit limit = {}) {
    stale_reason r;
    r.kind = kind;
    r.limit = limit;
    return r;
}
inline claim_reason stale_source(std::uint32_t reference) { return {claim_reason_kind::stale_source, 0, reference}; }
inline claim_reason missing_reference(int number) { return {claim_reason_kind::missing_reference, number, 0}; }

inline reference make_reference(int number, std::string text, date published,
                                reference_kind kind = reference_kind::report) {
    reference r;
    r.number = number;
    r.text = std::move(text);
    r.published = published;
    r.role = published.known() ? date_role::published : date_role::none;
    r.kind = kind;
    r.where = {static_cast<std::uint32_t>(100 + number), 1};
    return r;
}

inline claim_draft make_claim(std::string text, std::vector<int> cites, std::size_t line = 1) {
    claim_draft c;
    c.text = std::move(text);
    c.cites = std::move(cites);
    c.section = 0;
    c.where = at_line_column(line, 1);
    return c;
}

inline document make_document(const std::vector<claim_draft>& claims, std::vector<reference> references,
                              date as_of = make_date(2022, 7, 6)) {
    document d;
    d.path = "report.txt";
    d.title = "report";
    d.reporting_year = 2021;
    d.as_of = as_of;
    d.sections.push_back({"", {1, 1}});
    for (const claim_draft& c : claims) d.claims.push_back(c);
    d.references = std::move(references);
    return d;
}

}  // namespace citegraph::fixtures
