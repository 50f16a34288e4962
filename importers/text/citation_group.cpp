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

// true if a US telephone number's exchange and line follow a "(202)" group: " 512-3841",
// " 512.3841". The area code is no citation.
bool telephone_rest_at(std::string_view text, std::size_t at) {
    std::size_t digit = at;
    while (digit < text.size() && text[digit] == ' ') ++digit;
    if (digit == at || digit + 8 > text.size()) return false;
    for (std::size_t k = 0; k < 8; ++k) {
        const char c = text[digit + k];
        if (k == 3 ? (c != '-' && c != '.') : (c < '0' || c > '9')) return false;
    }
    return digit + 8 == text.size() || !is_alnum(text[digit + 8]);
}

// First '(' or '[' at or after `from`, npos if none. A plain loop: find_first_of("([")
// calls memchr on the two-byte set for every byte of the text, the costliest part of
// reading claims.
std::size_t next_bracket(std::string_view text, std::size_t from) {
    for (std::size_t at = from; at < text.size(); ++at)
        if (text[at] == '(' || text[at] == '[') return at;
    return std::string_view::npos;
}

}  // namespace

std::optional<citation_group> next_citation_group(std::string_view text, std::size_t from) {
    for (std::size_t open = next_bracket(text, from); open != std::string_view::npos;
         open = next_bracket(text, open + 1)) {
        if (!may_open(text, open)) continue;
        auto group = read_number_group(text, open);
        if (!group) continue;
        const bool area_code = text[open] == '(' && group->end - group->begin == 5 && telephone_rest_at(text, group->end);
        if (!area_code) return group;
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
