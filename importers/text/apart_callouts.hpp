// Footnote callouts that pdftotext printed apart from the word they follow: a number on a
// line of its own inside a paragraph or table cell ("rules under" / "4" / "review."), or
// after a sentence's full stop and a space ("points of view. 3 The parties"). Such a
// number may as well be a quantity, so only a footnoted report takes one, and only for a
// note of its page that no glued callout names (callouts.hpp, footnotes.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "superscripts.hpp"
#include "text_run.hpp"

namespace citegraph::text_import {

// The value of `line` if, trimmed, it is only a number from 1 to 999; 0 otherwise.
int lone_number(std::string_view line);

// The numbers 1-999 in `text` that stand between a full stop closing a word of 2 or more
// letters and a word opening in upper case, one space either side: "of view. 3 The". Not
// "Figure 2. 3 The", "No. 3 The" or "U.S. 3 The".
std::vector<raised_number> numbers_after_full_stop(std::string_view text);

// The candidates of a run: its pieces that are a lone number, neither its first piece nor
// its last (a number between two lines of the same paragraph), and numbers_after_full_stop.
// In order of position; empty for a run with none.
std::vector<raised_number> numbers_apart(const text_run& run);

}  // namespace citegraph::text_import
