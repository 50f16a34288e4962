#include "number_groups.hpp"

#include <algorithm>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

constexpr std::size_t max_digits = 9;  // keeps every number inside a long
constexpr long no_list_limit = 999;    // largest number cited when there is no list

// Line breaks too: Markdown reads a paragraph's lines as one text, and a converter wraps
// inside a callout ("virulence [6-" / "8]").
void skip_spaces(std::string_view text, std::size_t& at) {
    for (;;) {
        if (at < text.size() && is_space(text[at])) ++at;
        else if (std::size_t nbsp = no_break_space_at(text, at)) at += nbsp;
        else return;
    }
}

// true if text[begin, end) is glued to a letter on each side ("calix[4]arene").
bool inside_a_word(std::string_view text, std::size_t begin, std::size_t end) {
    return begin > 0 && end < text.size() && text::is_letter(text, text::previous_char(text, begin)) &&
           text::is_letter(text, end);
}

// Reads 1..max_digits digits at text[at]; nullopt (and at unchanged) otherwise.
std::optional<long> read_number(std::string_view text, std::size_t& at) {
    std::size_t start = at;
    long value = 0;
    while (at < text.size() && is_digit(text[at])) {
        if (at - start == max_digits) {
            at = start;
            return std::nullopt;
        }
        value = value * 10 + (text[at] - '0');
        ++at;
    }
    if (at == start) return std::nullopt;
    return value;
}

bool year_like(long number) { return number >= 1900 && number <= 2099; }

}  // namespace

std::optional<number_group> read_number_group(std::string_view text, std::size_t open) {
    if (open >= text.size() || (text[open] != '(' && text[open] != '[')) return std::nullopt;
    const char closing = text[open] == '(' ? ')' : ']';
    number_group group;
    group.begin = open;
    std::size_t at = open + 1;
    for (;;) {
        skip_spaces(text, at);
        auto first = read_number(text, at);
        if (!first) return std::nullopt;
        number_item item{*first, *first};
        skip_spaces(text, at);
        if (std::size_t dash = text::dash_length(text, at)) {
            at += dash;
            skip_spaces(text, at);
            auto last = read_number(text, at);
            if (!last) return std::nullopt;
            item.last = *last;
            skip_spaces(text, at);
        }
        group.items.push_back(item);
        if (at >= text.size()) return std::nullopt;
        if (text[at] == closing) {
            group.end = at + 1;
            if (inside_a_word(text, group.begin, group.end)) return std::nullopt;
            return group;
        }
        if (text[at] != ',' && text[at] != ';') return std::nullopt;
        ++at;
    }
}

citation_policy::citation_policy(const std::vector<int>& reference_numbers)
    : list_size_(reference_numbers.size()) {
    int largest = 0;
    for (int number : reference_numbers) largest = std::max(largest, number);
    known_.assign(static_cast<std::size_t>(largest) + 1, false);
    for (int number : reference_numbers)
        if (number > 0) known_[static_cast<std::size_t>(number)] = true;
}

bool citation_policy::known(long number) const {
    return number > 0 && static_cast<std::size_t>(number) < known_.size() &&
           known_[static_cast<std::size_t>(number)];
}

citation_verdict citation_policy::judge(const number_group& group) const {
    if (group.items.empty()) return citation_verdict::not_citation;
    long longest_range = has_list() ? static_cast<long>(list_size_) : no_list_limit;
    bool any_known = false;
    for (const number_item& item : group.items) {
        if (item.first > item.last) {
            bool years = year_like(item.first) && year_like(item.last);
            return years ? citation_verdict::not_citation : citation_verdict::reversed_range;
        }
        if (item.first < 1 || item.last - item.first + 1 > longest_range)
            return known(item.first) && !year_like(item.last) ? citation_verdict::overlong_range
                                                                : citation_verdict::not_citation;
        for (long number : {item.first, item.last}) {
            if (year_like(number) && !known(number)) return citation_verdict::not_citation;
            if (!has_list() && number > no_list_limit) return citation_verdict::not_citation;
        }
        // The range is no longer than the list, so this walk is bounded by the list size.
        for (long number = item.first; has_list() && !any_known && number <= item.last; ++number)
            any_known = known(number);
    }
    return any_known || !has_list() ? citation_verdict::citation : citation_verdict::not_citation;
}

std::vector<int> citation_policy::numbers(const number_group& group) const {
    std::vector<int> out;
    for (const number_item& item : group.items)
        for (long number = item.first; number <= item.last; ++number)
            out.push_back(static_cast<int>(number));
    return out;
}

}  // namespace citegraph
