// Matching references against notices of retraction, correction and concern.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/retractions.hpp"

namespace citegraph {

// The notices by the original work's DOI and PubMed ID, for lookups in O(1).
class notice_index {
public:
    explicit notice_index(const retraction_list& list);

    // The notices about the reference's work, by its DOI or PubMed ID or those of the full
    // entries of `bibliography` a short note points to (reference::full_entries), each notice
    // once, oldest first (an undated one first); empty if none names them.
    std::vector<retraction_notice> about(const reference& r, const std::vector<reference>& bibliography) const;

private:
    void add_indices(const reference& r, std::vector<std::size_t>& found) const;

    const retraction_list& list_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_doi_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_pmid_;
};

// Sets ra.notices, ra.standing_notice and the flags they imply from the notices about the work.
void mark_notices(reference_assessment& ra, std::vector<retraction_notice> notices);

}  // namespace citegraph
