// Footnotes at the foot of each page of a report converted from PDF: "1 A supply chain
// disruption is ..." or "1" alone on its line with the note's text on the next. They are
// cut out of the body, so they neither become claims nor join the paragraph around
// them, and they number the document's notes when it has no reference list.
#pragma once

#include <cstddef>
#include <vector>

#include "page_layout.hpp"
#include "reference_entries.hpp"
#include "superscripts.hpp"

namespace citegraph::text_import {

struct footnote_layout {
    std::vector<layout_line> body;          // the lines that are not notes, in order
    std::vector<reference_entry> notes;     // the notes, numbered 1, 2, ... in page order
    // Input offset where each page starts; notes and their callouts pair up by page.
    std::vector<std::size_t> page_starts;
    std::vector<std::size_t> note_pages;    // the page of each note, parallel to notes
    // Each note's number as printed, parallel to notes. An appendix that numbers its notes
    // from 1 again starts a new series, whose notes are numbered on from the highest before
    // (its printed 1 is note 40 after 39 notes), so that every note has its own number.
    std::vector<int> printed;
    std::vector<std::size_t> series_pages{0};  // the page each series starts on
};

// Splits the lines into body and footnotes. Pages end where a page break was seen
// (page_break_before). A page's footnote block runs from a line that starts with the next
// note's number to the page's end; its notes count on from there, one per line that
// starts with the next number, other lines continuing the note before. The block is
// taken only when the page's body, above the block, has that number as a superscript
// (`marks`: typeset, or flattened as in "costs.4"), or a later note's number of the same
// block (a callout the conversion lost), or, for the note due of two digits or more, its
// number glued to a word ("PART27"), so a list or a wrapped line starting with a number
// is not mistaken for one. Each page is read in linear time. Of several possible starts, the one that reads the most notes wins,
// the later on a tie; none starts in the page's first quarter. The first note is 1; after
// it a number may skip up to 3 (a note the conversion garbled).
// With no notes found, body is lines and notes is empty.
footnote_layout split_footnotes(const std::vector<layout_line>& lines, const superscript_marks& marks);

// The page holding input offset `offset`: the last page starting at or before it.
std::size_t page_of(const std::vector<std::size_t>& page_starts, std::size_t offset);

}  // namespace citegraph::text_import
