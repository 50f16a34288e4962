#include "untagged_callouts.hpp"

#include "importers/common/bracketed_numbers.hpp"
#include "citation_group.hpp"

namespace citegraph {

untagged_callouts::untagged_callouts(char bracket, const std::vector<int>& list_numbers)
    : bracket_(bracket), list_(list_numbers) {}

void untagged_callouts::append(std::string_view text, location where, cited_text& out) const {
    if (!active() || text.find(bracket_) == std::string_view::npos) {
        out.append(text, where);
        return;
    }
    std::vector<number_group> groups;
    for (auto group = next_citation_group(text, 0); group;
         group = next_citation_group(text, group->end))
        groups.push_back(std::move(*group));
    const std::vector<bool> list_item = list_markers(text, groups);
    text_positions positions(text, where);  // asked in increasing order below
    std::size_t from = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const number_group& group = groups[i];
        if (text[group.begin] != bracket_ || list_item[i] || list_.judge(group) != citation_verdict::citation)
            continue;
        std::vector<int> numbers = list_.numbers(group);
        if (bracketed_numbers_are_text(text, group, numbers.size())) continue;
        out.append(text.substr(from, group.begin - from), positions.at(from));
        out.append(text.substr(group.begin, 1), positions.at(group.begin));
        out.cite(std::move(numbers));
        out.append(text.substr(group.end - 1, 1), positions.at(group.end - 1));
        from = group.end;
    }
    out.append(text.substr(from), positions.at(from));
}

bool parentheses_are_the_callouts(std::size_t parenthesised, std::size_t other_callouts) {
    return parenthesised >= 3 && parenthesised > 2 * other_callouts;
}

}  // namespace citegraph
