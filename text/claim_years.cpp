#include "citegraph/claim_years.hpp"

#include "text/text_chars.hpp"

namespace citegraph {

namespace {

// true if the byte before a digit run at text[at] glues it to a larger token.
bool glued_before(std::string_view text, std::size_t at) {
    if (at == 0) return false;
    char c = text[at - 1];
    if (is_alnum(c) || c == '/' || c == '_') return true;
    // "1.2021" or "45,2021": a separator between digits continues a number.
    return (c == '.' || c == ',') && at >= 2 && is_digit(text[at - 2]);
}

// true if the byte after a digit run ending at text[end] glues it to a larger token.
bool glued_after(std::string_view text, std::size_t end) {
    if (end >= text.size()) return false;
    char c = text[end];
    if (is_alnum(c) || c == '/' || c == '_') return true;
    return (c == '.' || c == ',') && end + 1 < text.size() && is_digit(text[end + 1]);
}

}  // namespace

named_year next_year_named(std::string_view text, std::size_t from) {
    for (std::size_t i = next_digit(text, from); i < text.size(); i = next_digit(text, i)) {
        std::size_t end = i;
        while (end < text.size() && is_digit(text[end])) ++end;
        if (end - i == 4 && !glued_before(text, i) && !glued_after(text, end)) {
            int value = 0;
            for (std::size_t k = i; k < end; ++k) value = value * 10 + (text[k] - '0');
            if (value >= 1900 && value <= 2099) return {value, end};
        }
        i = end;
    }
    return {0, text.size()};
}

std::vector<int> years_named(std::string_view text) {
    std::vector<int> years;
    for (named_year y = next_year_named(text, 0); y.year != 0; y = next_year_named(text, y.end))
        years.push_back(y.year);
    return years;
}

}  // namespace citegraph
