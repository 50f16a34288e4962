#include "citation_group.hpp"

#include <algorithm>

#include "importers/common/text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::size_t max_digits = 9;       // keeps every number inside a long
constexpr long no_list_limit = 999;         // largest number cited when there is no list

void skip_spaces(std::string_view text, std::size_t& at) {
    while (at < text.size() && text[at] == ' ') ++at;
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

// Length of a range dash at text[at] (hyphen or en dash), 0 if there is none.
std::size_t dash_at(std::string_view text, std::size_t at) {
    if (at < text.size() && text[at] == '-') return 1;
    if (text.substr(at, en_dash.size()) == en_dash) return en_dash.size();
    return 0;
}

// Parses the group whose '(' is at text[open]. The bytes it accepts never include '(',
// so scans started at different '(' never overlap.
std::optional<citation_group> parse_group(std::string_view text, std::size_t open) {
    citation_group group;
    group.begin = open;
    std::size_t at = open + 1;
    for (;;) {
        skip_spaces(text, at);
        auto first = read_number(text, at);
        if (!first) return std::nullopt;
        citation_item item{*first, *first};
        skip_spaces(text, at);
        if (std::size_t dash = dash_at(text, at)) {
            at += dash;
            skip_spaces(text, at);
            auto last = read_number(text, at);
            if (!last) return std::nullopt;
            item.last = *last;
            skip_spaces(text, at);
        }
        group.items.push_back(item);
        if (at >= text.size()) return std::nullopt;
        if (text[at] == ')') {
            group.end = at + 1;
            return group;
        }
        if (text[at] != ',') return std::nullopt;
        ++at;
    }
}

bool year_like(long number) { return number >= 1900 && number <= 2099; }

}  // namespace

std::optional<citation_group> next_citation_group(std::string_view text, std::size_t from) {
    for (std::size_t open = text.find('(', from); open != std::string_view::npos;
         open = text.find('(', open + 1)) {
        if (open > 0 && is_alnum(text[open - 1])) continue;
        if (auto group = parse_group(text, open)) return group;
    }
    return std::nullopt;
}

bool ends_with_citation_group(std::string_view text) {
    std::size_t open = text.rfind('(');
    if (open == std::string_view::npos) return false;
    auto group = next_citation_group(text, open);
    if (!group || group->end != text.size()) return false;
    return std::none_of(group->items.begin(), group->items.end(), [](const citation_item& item) {
        return item.first >= 1000 || item.last >= 1000;
    });
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

citation_verdict citation_policy::judge(const citation_group& group) const {
    if (group.items.empty()) return citation_verdict::not_citation;
    long longest_range = has_list() ? static_cast<long>(list_size_) : no_list_limit;
    bool any_known = false;
    for (const citation_item& item : group.items) {
        if (item.first > item.last) {
            bool years = year_like(item.first) && year_like(item.last);
            return years ? citation_verdict::not_citation : citation_verdict::reversed_range;
        }
        if (item.first < 1 || item.last - item.first + 1 > longest_range)
            return citation_verdict::not_citation;
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

std::vector<int> citation_policy::numbers(const citation_group& group) const {
    std::vector<int> out;
    for (const citation_item& item : group.items)
        for (long number = item.first; number <= item.last; ++number)
            out.push_back(static_cast<int>(number));
    return out;
}

}  // namespace citegraph::text_import
