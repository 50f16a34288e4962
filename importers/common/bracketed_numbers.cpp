#include "bracketed_numbers.hpp"

#include <array>

#include "importers/common/figure_words.hpp"
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

// "GLP-1", "exendin-4": the word right before `open` (one space at most between) holds a
// letter and ends in a digit.
bool after_numbered_name(std::string_view text, std::size_t open) {
    std::size_t end = open;
    if (end > 0 && text[end - 1] == ' ') --end;
    if (end == 0 || !is_digit(text[end - 1])) return false;
    std::size_t begin = end;
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n' && text[begin - 1] != '(') --begin;
    for (std::size_t i = begin; i < end; ++i)
        if (is_lower(text[i]) || is_upper(text[i])) return true;
    return false;
}

// "(7-37)": one range in parentheses, no list.
bool one_range_in_parentheses(std::string_view text, const number_group& group) {
    const std::string_view written = text.substr(group.begin, group.end - group.begin);
    return written.front() == '(' && written.find_first_of(",;") == std::string_view::npos;
}

}  // namespace

bool bracketed_numbers_are_text(std::string_view text, const number_group& group, std::size_t numbers_named) {
    return after_quantity_sign(text, group.begin) || before_unit(text, group.end) ||
           after_figure_word(text, group.begin) ||
           (numbers_named > 10 && one_range_in_parentheses(text, group) && after_numbered_name(text, group.begin));
}

}  // namespace citegraph
