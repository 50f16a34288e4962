// Recognising simple HTML tags inside text that is otherwise plain (Markdown, text
// converted from HTML), so they can be dropped without an HTML parser.
#pragma once

#include <cstddef>
#include <string_view>

namespace citegraph {

// Length of a simple tag at text[at] ("<i>", "</span>", "<br/>", "<a href=x>"), 0 if
// there is none. A tag name is letters and digits followed by '>', "/>" or a space and
// attributes up to '>' (200 bytes at most, no '<' or line end); so "<https://x>" and
// "a < b" are no tags.
std::size_t html_tag_length(std::string_view text, std::size_t at);

}  // namespace citegraph
