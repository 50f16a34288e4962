// Page headers and footers found by their place on the page. A page number or a journal's
// running line set at the foot of the left column sits, in poppler's text, between the
// left column's last line and the right column's first ("Metabolic syndrome in small" /
// "1688" / "fiber sensory neuropathy"), where the text importer cannot tell it from the
// sentence it cuts. The boxes show it for what it is: a line alone at the page's edge.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <poppler/cpp/poppler-page.h>

#include "importers/text/superscripts.hpp"

namespace citegraph {

// A piece of a page's header or footer: its words joined by spaces, as poppler prints a
// line, and which edge of the page it stands at.
struct furniture_piece {
    std::string text;
    bool at_foot = false;
};

// The pieces of a page's top row and of its bottom row (words closer than two line
// heights apart), from the page's words (page::text_list), where the row is set apart
// from the rest of the page by at least half a line: the candidates for its header and
// footer. Empty for a page of fewer than two words or one row.
std::vector<furniture_piece> page_edges(const std::vector<poppler::text_box>& boxes);

// The page headers and footers of each page of a document, from each page's edges
// (page_edges): the pieces that are a page number ("12", "iv", "Page 9", "Page 9 of 9")
// or that, with their digits taken as alike, stand at the same edge on at least one
// other page. A page with no such piece has an empty list.
std::vector<std::vector<furniture_piece>> page_furniture(const std::vector<std::vector<furniture_piece>>& edges);

// Where a page's text was cut: `removed` bytes from offset `at` (of the text before any
// cut) gave way to `inserted` bytes.
struct text_cut {
    std::size_t at = 0;
    std::size_t removed = 0;
    std::size_t inserted = 0;
};

// A page's text without its furniture, and the cuts made, in order of offset.
struct furniture_free_text {
    std::string text;
    std::vector<text_cut> cuts;
};

// `page_text` without the pieces of `furniture` that it prints as lines of their own
// (once each: a piece printed twice is left) in the middle of a sentence, as poppler
// prints a footer at the foot of the left column before the right one: the sentence is
// joined up again (see line_join). A header or footer at the page text's start or end,
// or between paragraphs, is left where pdftotext prints it, for the text importer.
furniture_free_text without_furniture(std::string page_text, const std::vector<furniture_piece>& furniture);

// The superscripts `marks` (offsets in a page's text) moved as `cuts` (in order) moved
// the text after them; a mark a cut took away is dropped.
std::vector<text_import::typeset_superscript> after_cuts(std::vector<text_import::typeset_superscript> marks,
                                                         const std::vector<text_cut>& cuts);

}  // namespace citegraph
