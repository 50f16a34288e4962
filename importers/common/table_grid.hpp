// A table laid out as the grid a reader sees: colspan and rowspan expanded into copies
// marked spanned, as add_table_claims expects. Every markup importer fills one.
#pragma once

#include <cstddef>
#include <vector>

#include "structured_claims.hpp"

namespace citegraph {

class table_grid {
public:
    // Starts the next row; cells spanning down from rows above are placed as it fills.
    void start_row();

    // Adds cell at the next free place of the current row (starting a row if none is
    // started), with colspan - 1 copies to its right and copies below for rowspan - 1
    // rows, as far as the table has rows; spans below 1 count as 1. Copies stop once
    // they cost 64 times what the cells added do (text bytes and a fixed overhead per
    // cell, plus 64 KiB), so memory stays bounded by the input whatever the spans say.
    void add_cell(table_cell cell, int colspan, int rowspan);

    // Ends a row group (<thead>, <tbody>): spans do not reach into the next one.
    void end_group() { below_.clear(); }

    // The rows, each as wide as the cells and spans placed in it; [] for no rows.
    std::vector<table_row> take() { return std::move(rows_); }

private:
    void place_spanned_from_above();
    bool within_budget() const;

    struct pending {
        int rows_left = 0;
        table_cell copy;
    };
    std::vector<table_row> rows_;
    std::vector<pending> below_;  // per column: a cell spanning down into the next rows
    std::size_t added_ = 0;       // cost of the cells added
    std::size_t placed_ = 0;      // cost of everything in the grid
};

}  // namespace citegraph
