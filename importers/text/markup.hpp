// Turns the raw text of a claim or reference into plain text.
#pragma once

#include <string>
#include <string_view>

namespace citegraph::text_import {

enum class footnote_marks { keep, drop };

// Removes simple tags ("<i>", "</i>", "<br/>"; "<https://...>" is no tag and stays),
// backslash escapes ("\$" -> "$"), asterisk emphasis ("*per se*" -> "per se") and,
// if asked, the footnote marks † and ‡; folds whitespace runs to one space and trims.
// Returns "" for blank input.
std::string clean_markup(std::string_view raw, footnote_marks marks);

// true if text has a letter, digit or other non-ASCII character, i.e. is more than
// punctuation and spaces; false for "", ".", ", ;".
bool has_content(std::string_view text);

// Length of a footnote mark († or ‡) at text[at], 0 if there is none.
std::size_t footnote_mark_at(std::string_view text, std::size_t at);

}  // namespace citegraph::text_import
