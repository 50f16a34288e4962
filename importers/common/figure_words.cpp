#include "figure_words.hpp"

#include <array>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

constexpr std::array<std::string_view, 22> figure_words{
    "figure", "figures", "fig", "figs", "table", "tables", "tab", "tabs", "eq", "eqs", "eqn",
    "equation", "equations", "section", "sections", "sec", "secs", "chapter", "appendix",
    "algorithm", "supplementary", "listing"};

}  // namespace

bool after_figure_word(std::string_view s, std::size_t at) {
    std::size_t end = text::skip_spaces_back(s, at);
    if (end > 0 && s[end - 1] == '.') --end;
    std::size_t begin = end;
    while (begin > 0 && (is_upper(s[begin - 1]) || is_lower(s[begin - 1]))) --begin;
    if (begin == end || !is_upper(s[begin])) return false;
    for (std::string_view word : figure_words)
        if (text::equals_ascii_folded(s.substr(begin, end - begin), word)) return true;
    return false;
}

}  // namespace citegraph
