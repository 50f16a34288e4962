// Headings and what their titles say a section holds: article prose, or back matter
// (notes, sources, links) that is not prose to read claims from.
#pragma once

#include <string>
#include <string_view>

#include <gumbo.h>

namespace citegraph::html_import {

// The level of a bold line standing for a heading, below every <hN>.
inline constexpr int bold_title_level = 7;

// 1..6 for <h1>..<h6>; bold_title_level for a <p> or <div> whose text is all bold and
// names a reference list ("<p><strong>References</strong></p>", as word processors and many
// site builders write a title); 0 for anything else.
int heading_level(const GumboNode* node);

// A heading's text without MediaWiki's "[edit]" links; "" for an empty heading.
std::string heading_text(const GumboNode* heading);

// True for back matter: "References", "Notes", "See also", "External links", "Further
// reading", "Sources", "Notes and references", ... (case and accents folded); false for "".
bool is_back_matter(std::string_view title);

// True for a title under which a numbered list is the reference list: "References",
// "Notes", "Footnotes", "Citations", "Endnotes" alone or combined.
bool is_notes_title(std::string_view title);

// True for a title under which list items are full source entries: "Sources",
// "Bibliography", "Works cited", "Cited works", "Literature cited".
bool is_sources_title(std::string_view title);

// True for lists of further material rather than sources: "Further reading",
// "External links", "See also".
bool is_reading_list_title(std::string_view title);

}  // namespace citegraph::html_import
