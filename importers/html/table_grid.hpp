// An HTML table laid out as the grid a reader sees: colspan and rowspan expanded into
// copies marked spanned, as add_table_claims expects.
#pragma once

#include <cstddef>
#include <vector>

#include <gumbo.h>

#include "html_tree.hpp"
#include "importers/common/cited_text.hpp"
#include "importers/common/structured_claims.hpp"

namespace citegraph::html_import {

class table_grid {
public:
    // Starts the next row; cells spanning down from rows above are placed as it fills.
    void start_row();

    // Adds a cell at the next free place of the current row (starting a row if none is
    // started), with colspan - 1 copies to its right and copies below for rowspan - 1
    // rows, as far as the table has rows. Spans stop being copied once the copies cost 64
    // times what the cells added do (text bytes and a fixed overhead per cell, plus 64 KiB),
    // so memory stays bounded by the input.
    void add_cell(cited_text content, bool header, int colspan, int rowspan);

    // The rows, each as wide as the cells and spans placed in it; empty for no rows.
    const std::vector<table_row>& rows();

private:
    void place_spanned_from_above();
    bool within_budget() const;

    struct pending {
        int rows_left = 0;
        table_cell copy;
    };
    std::vector<table_row> rows_;
    std::vector<pending> below_;  // per column: a cell spanning down into the next rows
    std::size_t added_ = 0;   // cost of the cells added
    std::size_t placed_ = 0;  // cost of everything in the grid
};

// A colspan (1..1000) or rowspan (1..65534) attribute as HTML clamps it; 1 if absent,
// zero or not a number.
int span_attribute(const GumboNode* cell, const char* name);

// Calls visit(row, in_head) for each <tr> of a table in order (those of <thead> with
// in_head true), not those of tables nested in its cells.
template <typename Visit>
void for_each_row(const GumboNode* table, Visit&& visit) {
    const GumboVector* children = children_of(table);
    for (unsigned i = 0; i < children->length; ++i) {
        auto* child = static_cast<const GumboNode*>(children->data[i]);
        const GumboTag tag = tag_of(child);
        if (tag == GUMBO_TAG_TR) visit(child, false);
        if (tag != GUMBO_TAG_THEAD && tag != GUMBO_TAG_TBODY && tag != GUMBO_TAG_TFOOT) continue;
        const GumboVector* rows = children_of(child);
        for (unsigned r = 0; r < rows->length; ++r) {
            auto* row = static_cast<const GumboNode*>(rows->data[r]);
            if (tag_of(row) == GUMBO_TAG_TR) visit(row, tag == GUMBO_TAG_THEAD);
        }
    }
}

}  // namespace citegraph::html_import
