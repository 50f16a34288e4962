// The report's structure once page furniture is gone: sections, prose paragraphs,
// headings, table cells and reference list entries, each with its input positions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "citegraph/model.hpp"
#include "page_layout.hpp"
#include "reference_entries.hpp"
#include "source_lines.hpp"
#include "text_run.hpp"

namespace citegraph::text_import {

enum class block_kind {
    prose,       // a paragraph: every sentence is a claim
    heading,     // subheading, table title, title line: never a claim
    table_cell,  // a body cell: a claim only where it holds a citation group
};

struct block {
    block_kind kind = block_kind::prose;
    text_run run;
    std::size_t section = 0;     // index into document_layout::sections
    std::string row_label;       // table cells: the row's label cell, raw
    std::string column_header;   // table cells: the column's header, markup removed
    bool label_cell = false;     // table cells: this is the row label cell itself
};

struct document_layout {
    std::vector<section> sections;         // [0] is the text before the first heading
    std::vector<block> blocks;             // in input order
    std::vector<reference_entry> reference_entries;  // in list order
    bool has_reference_heading = false;
};

// Groups lines into blocks: paragraphs end at blank lines, and continue across a page
// break when cut mid-sentence; tables run from a "Table N." title over tab-separated
// rows ("(Cont.)" titles and repeated header rows skipped); a references heading starts
// the list. Returns a layout with one untitled section for no lines.
// list_start: the index of a line that opens a reference list no heading announces (or
// announces only further down); a references heading inside the list is skipped.
document_layout read_blocks(const std::vector<layout_line>& lines, const line_map& positions,
                            std::optional<std::size_t> list_start = std::nullopt);

}  // namespace citegraph::text_import
