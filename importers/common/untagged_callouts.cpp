#include "untagged_callouts.hpp"

#include <array>

#include "importers/common/figure_words.hpp"
#include "citation_group.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

// Signs a quantity follows: "n = (18)", "p < (0.05)".
constexpr std::array<std::string_view, 8> quantity_signs{"=", "<", ">", "~", "\xC2\xB1", "\xE2\x89\xA4",
                                                         "\xE2\x89\xA5", "\xC3\x97"};

// Spelled numbers that legal and clinical prose repeats in digits: "eighteen (18)".
constexpr std::array<std::string_view, 28> number_words{
    "one",     "two",      "three",    "four",     "five",      "six",       "seven",
    "eight",   "nine",     "ten",      "eleven",   "twelve",    "thirteen",  "fourteen",
    "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen", "twenty",    "thirty",
    "forty",   "fifty",    "sixty",    "seventy",  "eighty",    "ninety",    "hundred"};

// Units a number in parentheses may be followed by: "(18) mg", "(18)%".
constexpr std::array<std::string_view, 30> units{
    "%",  "mg", "g",  "kg",  "ml",  "mL",  "l",   "L",   "mm",  "cm", "km", "nm",  "ms",  "min", "h",
    "s",  "Hz", "kHz", "MHz", "GHz", "K",  "mM",  "nM",  "kDa", "bp", "kb", "\xC2\xB5m", "\xC2\xB5g",
    "\xC2\xB0", "\xCE\xBCm"};

location moved(location where, std::size_t columns) {
    if (where.line != 0) where.column += columns;
    return where;
}

bool after_quantity_sign(std::string_view text, std::size_t open) {
    const std::string_view before = text.substr(0, text::skip_spaces_back(text, open));
    for (std::string_view sign : quantity_signs)
        if (before.ends_with(sign)) return true;
    std::size_t begin = before.size();
    while (begin > 0 && (is_lower(before[begin - 1]) || is_upper(before[begin - 1]))) --begin;
    const std::string_view word = before.substr(begin);
    for (std::string_view number : number_words)
        if (text::equals_ascii_folded(word, number)) return true;
    return false;
}

bool before_unit(std::string_view text, std::size_t close) {
    std::size_t at = close;
    if (at < text.size() && text[at] == ' ') ++at;
    for (std::string_view unit : units) {
        if (text.substr(at, unit.size()) != unit) continue;
        const std::size_t end = at + unit.size();
        if (end == text.size() || !is_alnum(text[end])) return true;
    }
    return false;
}

}  // namespace

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
    std::size_t from = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const number_group& group = groups[i];
        if (text[group.begin] != bracket_ || list_item[i] || list_.judge(group) != citation_verdict::citation ||
            after_quantity_sign(text, group.begin) || before_unit(text, group.end) ||
            after_figure_word(text, group.begin))
            continue;
        out.append(text.substr(from, group.begin - from), moved(where, from));
        out.append(text.substr(group.begin, 1), moved(where, group.begin));
        out.cite(list_.numbers(group));
        out.append(text.substr(group.end - 1, 1), moved(where, group.end - 1));
        from = group.end;
    }
    out.append(text.substr(from), moved(where, from));
}

bool parentheses_are_the_callouts(std::size_t parenthesised, std::size_t other_callouts) {
    return parenthesised >= 3 && parenthesised > 2 * other_callouts;
}

}  // namespace citegraph
