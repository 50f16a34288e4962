#include "citation_group.hpp"

#include <algorithm>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

// true if the ']' at text[close] ends a bracket group of numbers ("[11]" in "[11][14]"),
// not a Markdown link's text ("[the report][14]"). Looks back only to the '[' or ']'
// before it, so a scan of the text looks at each byte a bounded number of times.
bool closes_number_group(std::string_view text, std::size_t close) {
    std::size_t open = close;
    while (open > 0 && text[open - 1] != '[' && text[open - 1] != ']') --open;
    if (open == 0 || text[open - 1] != '[') return false;
    const auto group = read_number_group(text, open - 1);
    return group && group->end == close + 1;
}

// true if a group may open at text[open].
bool may_open(std::string_view text, std::size_t open) {
    if (open == 0) return true;
    const char before = text[open - 1];
    if (text[open] == '(') return !is_alnum(before);
    if (before == ']') return closes_number_group(text, open - 1);
    return before != '!';
}

// Where the next bracket group of the same callout opens after a group ending at `end`:
// IEEE style prints one callout citing several works as several groups, "[11][14]",
// "[11] [13]", "[1], [2]", and a range as two, "[3]–[5]". npos if something else follows
// (a word, or a parenthesis). `range` tells whether a dash joins the two.
std::size_t joined_bracket_at(std::string_view text, std::size_t end, bool& range) {
    std::size_t at = text::skip_spaces(text, end);
    range = false;
    if (at < text.size() && (text[at] == ',' || text[at] == ';')) {
        at = text::skip_spaces(text, at + 1);
    } else if (std::size_t dash = text::dash_length(text, at)) {
        at = text::skip_spaces(text, at + dash);
        range = true;
    }
    return at < text.size() && text[at] == '[' ? at : std::string_view::npos;
}

// The group extended over the bracket groups printed right after it as parts of the same
// callout (joined_bracket_at); a part that is no group of numbers ends it.
void join_bracket_parts(std::string_view text, citation_group& group) {
    bool range = false;
    for (std::size_t at = joined_bracket_at(text, group.end, range); at != std::string_view::npos;
         at = joined_bracket_at(text, group.end, range)) {
        auto part = read_number_group(text, at);
        if (!part) return;
        auto first = part->items.begin();
        if (range) group.items.back().last = (first++)->last;
        group.items.insert(group.items.end(), first, part->items.end());
        group.end = part->end;
    }
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

// First '(' or '[' at or after `from`, npos if none. Two searches for one byte each (memchr,
// many bytes a step), the second only up to what the first found, so a call reads each byte
// at most twice and the scan of a text stays linear. find_first_of("([") would call memchr
// on the two-byte set for every byte of the text, and a byte-by-byte loop was the costliest
// part of reading claims.
std::size_t next_bracket(std::string_view text, std::size_t from) {
    if (from >= text.size()) return std::string_view::npos;
    const std::size_t parenthesis = text.find('(', from);
    const std::size_t square = text.substr(0, std::min(parenthesis, text.size())).find('[', from);
    return square != std::string_view::npos ? square : parenthesis;
}

// true if the group is "(k)" followed by a space and a lower-case letter: "(1) provides".
bool opens_list_item(std::string_view text, const citation_group& group, int& k) {
    if (text[group.begin] != '(' || group.items.size() != 1 || group.items[0].first != group.items[0].last)
        return false;
    k = group.items[0].first;
    return group.end + 1 < text.size() && text[group.end] == ' ' && is_lower(text[group.end + 1]);
}

}  // namespace

std::optional<citation_group> next_citation_group(std::string_view text, std::size_t from) {
    for (std::size_t open = next_bracket(text, from); open != std::string_view::npos;
         open = next_bracket(text, open + 1)) {
        if (!may_open(text, open)) continue;
        auto group = read_number_group(text, open);
        if (!group) continue;
        const bool area_code = text[open] == '(' && group->end - group->begin == 5 && telephone_rest_at(text, group->end);
        if (area_code) continue;
        if (text[open] == '[') join_bracket_parts(text, *group);
        return group;
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

std::vector<bool> list_markers(std::string_view text, const std::vector<citation_group>& groups) {
    std::vector<bool> marker(groups.size(), false);
    std::vector<std::size_t> run;  // the groups numbered 1, 2, ... so far
    for (std::size_t i = 0; i < groups.size(); ++i) {
        int k = 0;
        if (!opens_list_item(text, groups[i], k)) continue;
        if (k == 1) run.assign(1, i);
        else if (!run.empty() && k == static_cast<int>(run.size()) + 1) run.push_back(i);
        else continue;
        if (run.size() >= 2)
            for (std::size_t item : run) marker[item] = true;
    }
    return marker;
}

}  // namespace citegraph
