// The reference list of a Markdown document: the blocks under a "References" heading
// (or "Bibliography", "Notes", "Sources", "Works cited", "Literature cited", "Citations"),
// cut into numbered entries.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blocks.hpp"

namespace citegraph::markdown_import {

// true if a heading's plain text names a reference list: one of the names above, any case,
// optionally numbered ("7. References", "VII References") or ending in ':'; false otherwise.
bool is_references_title(std::string_view title);

// The number an entry starts with and the bytes it takes: "[12] ", "12. ", "12) ", "[^12]: ".
struct entry_number {
    int number = 0;
    std::size_t length = 0;  // the marker and the spaces after it
};

// The number a block of the list writes first: an ordered item's own number, or "[n]",
// "n." or "n)" followed by a space at the start of its text; nullopt if it writes none.
std::optional<entry_number> read_entry_number(const block& b);

// One entry's printed pieces, in order: the first block's text after its number, then the
// text of the blocks that continue it.
struct entry_piece {
    std::size_t block = 0;  // index into the document's blocks
    std::size_t skip = 0;   // bytes of the block's first line that the number took
};

struct list_entry {
    int number = 0;  // the printed number; 0 when the list numbers none of its entries
    std::vector<entry_piece> pieces;
};

// Where a reference list ends and what it holds.
struct reference_list {
    std::vector<list_entry> entries;
    std::size_t end = 0;  // index of the first block after the list
};

// Reads the list whose blocks start at blocks[first] and stop before the next heading
// (or at `last`). A numbered list: a block starting with a number just above the previous
// one (at most 3 above) starts an entry, other blocks continue the entry before ("- end
// object detection ..." after "- [1] ... End-to-"); a number of 1 (or below the previous)
// restarts a list that is not this one, which then ends. An unnumbered list: each block
// is an entry. Tables end the list too.
reference_list read_reference_list(const std::vector<block>& blocks, std::size_t first);

// Entry text without trailing back-reference page numbers: "... Springer. 5" and
// "... 2020. 2, 3, 7" lose " 5" and " 2, 3, 7" (ascending page numbers of 1 to 3 digits
// after a full stop that does not end an abbreviation such as "vol." or "p."). Text
// without them is returned as it is.
std::string_view without_back_references(std::string_view text);

}  // namespace citegraph::markdown_import
