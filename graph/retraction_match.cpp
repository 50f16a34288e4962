#include "retraction_match.hpp"

#include <algorithm>
#include <cstdint>

namespace citegraph {

notice_index::notice_index(const retraction_list& list) : list_(list) {
    for (std::size_t i = 0; i < list.notices.size(); ++i) {
        const retraction_notice& n = list.notices[i];
        if (!n.original_doi.empty()) by_doi_[n.original_doi].push_back(i);
        if (!n.original_pmid.empty()) by_pmid_[n.original_pmid].push_back(i);
    }
}

void notice_index::add_indices(const reference& r, std::vector<std::size_t>& found) const {
    if (!r.doi.empty())
        if (const auto it = by_doi_.find(r.doi); it != by_doi_.end()) found.insert(found.end(), it->second.begin(), it->second.end());
    if (!r.extra->pmid.empty())
        if (const auto it = by_pmid_.find(r.extra->pmid); it != by_pmid_.end())
            found.insert(found.end(), it->second.begin(), it->second.end());
}

std::vector<retraction_notice> notice_index::about(const reference& r, const std::vector<reference>& bibliography) const {
    std::vector<std::size_t> found;
    add_indices(r, found);
    for (std::size_t entry : r.extra->full_entries)
        if (entry < bibliography.size()) add_indices(bibliography[entry], found);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<retraction_notice> notices;
    for (std::size_t i : found) notices.push_back(list_.notices[i]);
    std::stable_sort(notices.begin(), notices.end(), [](const retraction_notice& a, const retraction_notice& b) {
        return earlier_start(a.issued, b.issued);
    });
    return notices;
}

namespace {

// How grave a notice is: a reinstatement none, then correction, concern, retraction.
int gravity(notice_kind kind) {
    switch (kind) {
        case notice_kind::retraction: return 3;
        case notice_kind::expression_of_concern: return 2;
        case notice_kind::correction: return 1;
        case notice_kind::reinstatement: break;
    }
    return 0;
}

}  // namespace

void mark_notices(reference_assessment& ra, std::vector<retraction_notice> notices) {
    ra.notices = std::move(notices);
    ra.standing_notice.reset();
    // A reinstatement withdraws the retractions and concerns before it; corrections stand.
    std::size_t reinstated_before = 0;
    for (std::size_t i = 0; i < ra.notices.size(); ++i)
        if (ra.notices[i].kind == notice_kind::reinstatement) reinstated_before = i + 1;
    int gravest = 0;
    for (std::size_t i = 0; i < ra.notices.size(); ++i) {
        const notice_kind kind = ra.notices[i].kind;
        if (i < reinstated_before && kind != notice_kind::correction) continue;
        if (gravity(kind) > 0 && gravity(kind) >= gravest) {
            gravest = gravity(kind);
            ra.standing_notice = static_cast<std::uint32_t>(i);
        }
    }
    ra.flags.retracted = gravest == 3;
    ra.flags.concern = gravest == 2;
    ra.flags.corrected = gravest == 1;
}

}  // namespace citegraph
