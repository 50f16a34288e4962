#include "first_use_callouts.hpp"

#include <algorithm>

namespace citegraph {

namespace {

constexpr int max_new_number_gap = 3;
constexpr std::size_t min_callouts = 3;

}  // namespace

bool next_in_first_use(const citation_policy& list, int& highest, const std::vector<int>& numbers) {
    if (numbers.empty()) return false;
    for (int n : numbers)
        if (!list.known(n) || n > highest + max_new_number_gap) return false;
    highest = std::max(highest, *std::max_element(numbers.begin(), numbers.end()));
    return true;
}

bool superscripts_are_the_callouts(std::size_t callouts, std::size_t named, std::size_t other_callouts,
                                   const citation_policy& list) {
    return callouts >= min_callouts && callouts > 2 * other_callouts && 2 * named >= list.list_size();
}

}  // namespace citegraph
