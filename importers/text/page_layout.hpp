// Page furniture: running headers repeated on every page, and the short footer line
// printed just above them, removed so paragraphs cut by a page break can be rejoined.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "source_lines.hpp"

namespace citegraph::text_import {

// A line that survives page-furniture removal; blank lines are dropped and remembered.
struct layout_line {
    std::string_view text;           // the whole line as in the input, without its end
    std::size_t offset = 0;          // where text starts in the input
    std::size_t number = 0;          // 1-based line number in the input
    bool blank_before = false;       // a blank (or removed) line separates it from the last one
    bool page_break_before = false;  // a running header or a form feed came before it
    bool form_feed_before = false;   // a form feed came before it: the page surely ends
    // In a table of contents, between "Contents" and the first line of prose: there
    // "Bibliography" names a page to turn to, and heads no list.
    bool in_contents = false;
};

// The non-blank lines that are not page furniture, in input order. A running header is
// a trimmed line seen 3 or more times as a whole line (not a table row, list entry,
// sentence or citing line); a footer is a short heading-like line standing alone just
// above one, unless the text after the header goes on in lowercase (a cut paragraph).
// A form feed (pdftotext's page break) is a page break too: a page number at the edge of
// a page and a line at the edges of two or more pages are furniture, and the line after
// the form feed starts a new page. Returns [] when every line is blank or furniture.
std::vector<layout_line> remove_page_furniture(const std::vector<source_line>& lines);

}  // namespace citegraph::text_import
