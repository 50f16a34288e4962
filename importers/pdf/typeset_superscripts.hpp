// Superscripts as a PDF typesets them: numbers in a smaller font, raised above the line
// they stand on. Read from poppler's text boxes, they make callouts exact where the
// flattened text can only guess ("in 2005.1 EIA": a footnote or a decimal?).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <poppler/cpp/poppler-page.h>

#include "importers/text/superscripts.hpp"

namespace citegraph {

// The numeric superscripts among one page's words `boxes` (page::text_list with fonts,
// in the order of `page_text`), placed in `page_text` (the page's text, starting at input
// offset `page_offset`): a box of digits ("3"), a list ("7,8") or a range ("3-5", "3–5"),
// whose font is at most 0.8 of its neighbour's on the line and whose baseline stands at
// least 0.15 of that neighbour's height above it. A box that cannot be found in the page
// text near where the one before it was is left out.
std::vector<text_import::typeset_superscript> page_superscripts(const std::vector<poppler::text_box>& boxes,
                                                                std::string_view page_text,
                                                                std::size_t page_offset);

}  // namespace citegraph
