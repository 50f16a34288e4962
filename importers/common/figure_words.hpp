// Words that name a figure, table, equation or section: a number after them ("Figure [1]",
// "Eq. (3)") numbers that, and cites nothing. Shared by the importers that find callouts
// in running text (Markdown, TEI).
#pragma once

#include <cstddef>
#include <string_view>

namespace citegraph {

// true if the capitalised word before s[at] (spaces and an optional '.' between) names a
// figure, table, equation, section, ...: "Figure [1]", "Tab. [2]", "Eq. (3)"; false for
// a word in lower case ("tables [12]" in running text cites) and at the start of s.
bool after_figure_word(std::string_view s, std::size_t at);

}  // namespace citegraph
