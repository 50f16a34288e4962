// Two-column pages read column by column. poppler groups a page's words into blocks and
// orders the blocks itself; on some two-column pages (an IEEE paper's first page, whose
// abstract ends halfway down the left column) it reads part of the right column before
// the rest of the left one, and sentences come out cut and spliced. The words' positions
// show where the gutter runs, and so the order a reader follows.
#pragma once

#include <vector>

#include <poppler/cpp/poppler-page.h>

namespace citegraph {

// The parts of a page in the order a reader takes them, when the page is set in two
// columns of about equal width and poppler's own order (that of `boxes`, as
// page::text_list gives them) goes back from the right column to the left one within a
// stretch of columns: each stretch's left column, then its right one, with the lines that
// run across the gutter (titles, wide captions, a centred page number) as parts of their
// own in between. Empty for any other page (one column, a narrow side column of
// headings, rotated text, or columns poppler already reads in order), which is then read
// as poppler orders it.
std::vector<poppler::rectf> column_reading_order(const std::vector<poppler::text_box>& boxes,
                                                 const poppler::rectf& page);

// The part of `parts` that holds the centre of `box`; parts.size() if none does.
std::size_t part_holding(const poppler::text_box& box, const std::vector<poppler::rectf>& parts);

}  // namespace citegraph
