#include "cite_lists.hpp"

#include <algorithm>
#include <unordered_set>

#include "citegraph/diagnostics.hpp"

namespace citegraph {

namespace {

// Up to this many numbers, each is looked for among the ones kept before it, without a hash
// set: nearly every claim cites a handful, and the set's nodes were one allocation each.
constexpr std::size_t short_list = 16;

}  // namespace

void keep_first_of_each(std::vector<int>& numbers) {
    if (numbers.size() < 2) return;
    if (numbers.size() <= short_list) {
        const auto first = numbers.begin();
        auto kept_end = first + 1;  // [first, kept_end): the numbers kept so far
        for (auto at = kept_end; at != numbers.end(); ++at)
            if (std::find(first, kept_end, *at) == kept_end) *kept_end++ = *at;
        numbers.erase(kept_end, numbers.end());
        return;
    }
    std::unordered_set<int> seen;
    seen.reserve(numbers.size());
    const auto end = std::remove_if(numbers.begin(), numbers.end(), [&](int n) { return !seen.insert(n).second; });
    numbers.erase(end, numbers.end());
}

void append_new(std::vector<int>& to, const std::vector<int>& numbers) {
    to.insert(to.end(), numbers.begin(), numbers.end());
    keep_first_of_each(to);
}

std::size_t citation_cap(std::size_t input_bytes) { return std::max<std::size_t>(100000, 4 * input_bytes); }

void check_citation_cap(const std::string& path, const claim_list& claims, std::size_t input_bytes) {
    const std::size_t cap = citation_cap(input_bytes);
    std::size_t total = 0;
    for (const claim& c : claims) {
        total += c.cites.size();
        if (total > cap)
            throw input_error(path, c.where,
                              "the citations expand to more than " + std::to_string(cap) +
                                  " links (4 per input byte); ranges this wide on every claim are no reference list");
    }
}

}  // namespace citegraph
