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

namespace citegraph {

// A piece of a page's header or footer: its words joined by spaces, as poppler prints a
// line, and which edge of the page it stands at.
struct furniture_piece {
    std::string text;
    bool at_foot = false;
};

// The page headers and footers of each page of a document, from each page's words
// (page::text_list): the pieces of the page's top row and of its bottom row (words closer
// than two line heights apart), set apart from the row next to them by at least half a
// line, that are a page number ("12", "iv", "Page 9", "Page 9 of 9") or, with their
// digits taken as alike, stand at the same edge on at least one other page. A page with
// no such piece has an empty list.
std::vector<std::vector<furniture_piece>> page_furniture(const std::vector<std::vector<poppler::text_box>>& pages);

// `page_text` without the pieces of `furniture` that it prints as lines of their own
// (once each: a piece printed twice is left) in the middle of a sentence, as poppler
// prints a footer at the foot of the left column before the right one: the sentence is
// joined up again (see line_join). A header or footer at the page text's start or end,
// or between paragraphs, is left where pdftotext prints it, for the text importer.
std::string without_furniture(std::string page_text, const std::vector<furniture_piece>& furniture);

}  // namespace citegraph
