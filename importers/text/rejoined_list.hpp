// A reference list that a conversion from two-column PDF printed out of reading order,
// in two parts around its heading or with the body's paragraphs among its entries, put
// back in order before the blocks are read.
#pragma once

#include <vector>

#include "page_layout.hpp"

namespace citegraph::text_import {

// pdftotext reads a page's columns in an order of its own, so a list that starts low in a
// column can come out as: the texts of entries 1 and 2, entries 3 to 22 among the body's
// paragraphs, then "References", the numbers "1." and "2." alone on their lines, the end
// of entry 22 and entries 23 to 28. When the entries after the heading start at N > 1 and
// a run of entries counting up to N - 1 stands before it, that run (with the texts of the
// entries whose numbers stand apart after the heading, one paragraph each right before
// the run) is moved after the heading and its numbers: the list reads 1 to 28 in order,
// and the body between keeps its paragraphs. Lines keep their input positions. `lines`
// is returned as it is when the list is not so split.
std::vector<layout_line> rejoin_split_list(std::vector<layout_line> lines);

// pdftotext prints a two-column page's columns side by side in chunks, so the body's
// paragraphs and headings ("VI. CONCLUSION") can come out among the numbered entries
// after the references heading. A group of lines (after a blank line or a page break)
// there is the body's when it opens no entry, the entry before it has ended as entries do,
// none of its lines names a year or a link, and an entry comes after it: such groups move
// before the heading, in order, and the entries read as one list. Lines keep their input
// positions. `lines` is returned as it is when the list has no such group.
std::vector<layout_line> move_body_out_of_list(std::vector<layout_line> lines);

}  // namespace citegraph::text_import
