// Cutting the lines of a reference list into entries, whether the list marks its entries
// ("- ", "[3]", "3.") or only separates them by blank lines or line ends.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text_run.hpp"

namespace citegraph::text_import {

struct reference_entry {
    text_run run;    // the entry's text after its marker
    int number = 0;  // the number its marker wrote ("[3]", "3."); 0 if none
};

// One non-blank line of the list, trimmed, with where it starts in the input.
struct list_line {
    std::string_view text;
    std::size_t start = 0;
    bool blank_before = false;  // a blank line or a removed page header came before it
    bool page_break = false;    // a removed page header came before it
};

// The entries of a reference list. If its first line carries an entry marker, markers
// start entries and other lines continue the one before. Otherwise, in a list whose entries are
// separated by blank lines, a blank line starts an entry; in a list of one entry per line,
// a line starts an entry when the one before ends as entries do ("2017.", a URL, "<…>").
// A block of two or more bare numbered lines counting up ("4." … "27.", as PDF conversions
// print a page's numbers apart from its texts) is paired with the texts after it, in order.
// [] for no lines.
std::vector<reference_entry> split_reference_entries(const std::vector<list_line>& lines);

}  // namespace citegraph::text_import
