#include "citation_group.hpp"

#include <algorithm>

#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

// true if a group may open at text[open].
bool may_open(std::string_view text, std::size_t open) {
    if (open == 0) return true;
    const char before = text[open - 1];
    if (text[open] == '(') return !is_alnum(before);
    return before != ']' && before != '!';
}

}  // namespace

std::optional<citation_group> next_citation_group(std::string_view text, std::size_t from) {
    for (std::size_t open = text.find_first_of("([", from); open != std::string_view::npos;
         open = text.find_first_of("([", open + 1)) {
        if (!may_open(text, open)) continue;
        if (auto group = read_number_group(text, open)) return group;
    }
    return std::nullopt;
}

bool ends_with_citation_group(std::string_view text) {
    if (text.empty() || (text.back() != ')' && text.back() != ']')) return false;
    std::size_t open = text.find_last_of(text.back() == ')' ? '(' : '[');
    if (open == std::string_view::npos) return false;
    auto group = next_citation_group(text, open);
    if (!group || group->end != text.size()) return false;
    return std::none_of(group->items.begin(), group->items.end(), [](const citation_item& item) {
        return item.first >= 1000 || item.last >= 1000;
    });
}

}  // namespace citegraph::text_import
