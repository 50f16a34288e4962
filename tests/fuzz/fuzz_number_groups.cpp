// libFuzzer target: the citation-group parser and the policy that judges groups. The first
// byte sizes the reference list (numbers 1 to n, n from 0 to 255); every '(' and '[' of the
// rest is tried as the opening of a group. Besides crashes and sanitizer reports, a group
// that does not lie inside the text and end with its closing bracket is a finding.
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <vector>

#include "importers/common/number_groups.hpp"

namespace {

void check(bool holds) {
    if (!holds) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace citegraph;
    if (size == 0) return 0;
    std::vector<int> list(data[0]);
    std::iota(list.begin(), list.end(), 1);
    const citation_policy policy(list);
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    for (std::size_t open = 0; open < text.size(); ++open) {
        const auto group = read_number_group(text, open);
        if (!group) continue;
        check(group->begin == open && group->end > open + 1 && group->end <= text.size());
        check(text[group->end - 1] == (text[open] == '(' ? ')' : ']'));
        check(!group->items.empty());
        if (policy.judge(*group) != citation_verdict::citation) continue;
        std::size_t expected = 0;
        for (const number_item& item : group->items) {
            check(item.first >= 1 && item.first <= item.last);
            expected += static_cast<std::size_t>(item.last - item.first + 1);
        }
        check(policy.numbers(*group).size() == expected);
    }
    return 0;
}
