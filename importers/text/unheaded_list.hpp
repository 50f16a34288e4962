// A reference list that no heading announces, or that the conversion from PDF cut in two
// around its heading: found by its numbering alone.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "page_layout.hpp"

namespace citegraph::text_import {

// The index of the line opening entry 1 of the longest run of lines that open entries
// 1, 2, ... N ("[1] Hu W. ...", "1. Quandt F ..."), N >= 3, with at most 12 lines from
// one entry's start to the next's, and where at least 4 in 5 entries name a year, a DOI
// or a URL (so numbered section headings and steps are no list). A later run wins a
// tie. nullopt if there is none.
std::optional<std::size_t> find_numbered_run(const std::vector<layout_line>& lines);

}  // namespace citegraph::text_import
