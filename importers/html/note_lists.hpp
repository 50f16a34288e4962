// The numbered reference lists of a page: Wikipedia's <ol class="references">, a
// footnotes section (pandoc's <section class="footnotes">), or an <ol> under a
// "References" / "Notes" heading.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <gumbo.h>

#include "citegraph/diagnostics.hpp"
#include "entry_text.hpp"
#include "html_tree.hpp"

namespace citegraph::html_import {

struct note_index {
    std::vector<entry_reading> notes;                // numbered (entry.number, entry.id), by number
    std::unordered_map<std::string, int> number_of;  // each anchor id inside a note -> its number
    std::unordered_set<const GumboNode*> lists;      // the list elements, for the prose walk to skip
};

// Reads every reference list in content. A note's number is its position in its list
// (counting from <ol start>, <li value> respected). A page may hold several lists, e.g.
// Wikipedia's lettered "Notes" ([a], [b]) beside its numbered references: the first list
// whose callouts print numbers keeps its positions, and every other list is numbered on
// after the highest number so far, in document order, so each note has one number and
// each number one note. A duplicate number (<li value>) is warned of and its note left
// out. Empty for a page without lists.
note_index read_notes(const GumboNode* content, const html_tree& tree, diagnostics& warnings);

}  // namespace citegraph::html_import
