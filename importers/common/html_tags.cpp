#include "html_tags.hpp"

#include "text/text_chars.hpp"

namespace citegraph {

namespace {

constexpr std::size_t max_tag_length = 200;

}  // namespace

std::size_t html_tag_length(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] != '<') return 0;
    std::size_t i = at + 1;
    if (i < text.size() && text[i] == '/') ++i;
    if (i >= text.size() || !(is_upper(text[i]) || is_lower(text[i]))) return 0;
    while (i < text.size() && is_alnum(text[i])) ++i;
    if (i >= text.size()) return 0;
    if (text[i] == '>') return i + 1 - at;
    if (text[i] == '/' && i + 1 < text.size() && text[i + 1] == '>') return i + 2 - at;
    if (text[i] != ' ') return 0;
    for (; i < text.size() && i - at < max_tag_length; ++i) {
        if (text[i] == '<' || text[i] == '\n') return 0;
        if (text[i] == '>') return i + 1 - at;
    }
    return 0;
}

}  // namespace citegraph
