// A reference list that no heading announces, or that the conversion from PDF cut in two
// around its heading: found by its numbering alone.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "page_layout.hpp"

namespace citegraph::text_import {

// The most lines from one entry's start to the next's in a run of entries found by their
// numbering.
constexpr std::size_t max_entry_lines = 12;

// The number the line's entry marker writes, the line trimmed; 0 if it has none.
int entry_number(const layout_line& line);

// How many of the entries opening at lines[opens[k]] name a year, a DOI or a URL on one
// of their lines: each up to the next one's opening, the last on its first `last_lines`.
int dated_entries(const std::vector<layout_line>& lines, const std::vector<std::size_t>& opens,
                  std::size_t last_lines);

// The index of the line opening entry 1 of the longest run of lines that open entries
// 1, 2, ... N ("[1] Hu W. ...", "1. Quandt F ..."), N >= 3, with at most 12 lines from
// one entry's start to the next's, and where at least 4 in 5 entries name a year, a DOI
// or a URL (so numbered section headings and steps are no list). A later run wins a
// tie. nullopt if there is none.
std::optional<std::size_t> find_numbered_run(const std::vector<layout_line>& lines);

}  // namespace citegraph::text_import
