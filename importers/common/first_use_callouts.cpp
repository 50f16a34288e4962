#include "first_use_callouts.hpp"

#include <algorithm>

namespace citegraph {

namespace {

constexpr int max_new_number_gap = 3;
constexpr std::size_t min_callouts = 3;

}  // namespace

bool next_in_first_use(const citation_policy& list, int& highest, const std::vector<int>& numbers) {
    if (numbers.empty()) return false;
    int reached = highest;  // "7-11" after 6 names 7, then 8 after 7, ...
    for (int n : numbers) {
        if (!list.known(n) || n > reached + max_new_number_gap) return false;
        reached = std::max(reached, n);
    }
    highest = reached;
    return true;
}

first_use_order::verdict first_use_order::take(const std::vector<int>& numbers) {
    if (next_in_first_use(*list_, highest_, numbers)) return verdict::taken;
    const bool known = !numbers.empty() && std::all_of(numbers.begin(), numbers.end(),
                                                       [this](int n) { return list_->known(n); });
    if (!known) return verdict::rejected;
    if (jumped_to_ != 0 && next_in_first_use(*list_, jumped_to_, numbers)) {
        highest_ = jumped_to_;
        jumped_to_ = 0;
        return verdict::taken_both;
    }
    jumped_to_ = *std::max_element(numbers.begin(), numbers.end());
    return verdict::jumped;
}

bool superscripts_are_the_callouts(std::size_t callouts, std::size_t named, const other_callouts& others,
                                   const citation_policy& list) {
    return callouts >= min_callouts && 2 * named >= list.list_size() &&
           (callouts > 2 * others.count || named > others.named);
}

}  // namespace citegraph
