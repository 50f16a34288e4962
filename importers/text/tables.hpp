// Tab-separated tables: a header row, then rows whose first cell labels the row.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "blocks.hpp"
#include "page_layout.hpp"

namespace citegraph::text_import {

// Follows one table (and its "(Cont.)" parts) row by row.
class table_reader {
public:
    // A "Table N." title: a new table, or the same one going on when continued (its
    // repeated header row is then skipped).
    void start(bool continued);

    // Forgets the table; rows after this start an untitled table of their own.
    void end();

    // true between a title (or a first row) and end(); false before any table.
    bool active() const { return active_; }

    // Reads a line holding a tab: the header row, a repeated header, or a body row whose
    // cells become table_cell blocks (empty cells are left out). A row with an empty first
    // cell continues the previous row's label.
    void read_row(const layout_line& line, std::size_t section, std::vector<block>& out);

private:
    bool active_ = false;
    bool expect_header_ = false;
    bool skip_header_ = false;
    std::vector<std::string> headers_;
    std::string label_;
};

}  // namespace citegraph::text_import
