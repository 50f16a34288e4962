// The block structure of a Markdown document: headings, paragraphs, list items,
// blockquotes, pipe tables and footnote definitions, each holding the pieces of input
// lines that are its content (container markers removed), so positions stay exact.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace citegraph::markdown_import {

// The content of one input line inside a block: what follows its markers ("> ", "- ",
// the indentation of a list item's continuation), and the input offset of text[0].
struct span {
    std::string_view text;
    std::size_t offset = 0;
    bool blank_before = false;  // a blank line inside the block came before this one
};

enum class block_kind {
    heading,    // ATX "## Title" or setext (a paragraph underlined by === or ---)
    paragraph,
    list_item,  // "- text", "* text", "1. text", "1) text"
    quote,      // "> text"
    table,      // a pipe table: lines[0] the header row, then the body rows (delimiter row left out)
    footnote,   // "[^label]: text"
};

struct block {
    block_kind kind = block_kind::paragraph;
    std::vector<span> lines;  // never empty
    int level = 0;            // heading level 1..6
    long ordinal = 0;         // an ordered list item's number; 0 for a bullet item
    std::string_view label;   // a footnote's label, "1" or "note"
};

// The blocks of bytes[start..] in input order. Fenced and indented code, HTML comments,
// thematic breaks and link reference definitions ("[id]: https://...") give no block.
// A list item goes on over lazy lines and, after a blank line, over indented ones; a
// nested item is a block of its own. [] for blank input. Linear in the input size.
std::vector<block> read_blocks(std::string_view bytes, std::size_t start);

}  // namespace citegraph::markdown_import
