#include "table_grid.hpp"

namespace citegraph {

namespace {

// Spanned copies may cost this many times what the cells themselves cost, plus a floor:
// enough for any real table, while a table of huge spans stays bounded by its input.
constexpr std::size_t span_budget_factor = 64;
constexpr std::size_t span_budget_floor = 1 << 16;

// What a cell costs to keep: its text and a fixed overhead.
std::size_t cost(const table_cell& cell) { return cell.content.text().size() + 64; }

}  // namespace

void table_grid::start_row() {
    rows_.emplace_back();
    place_spanned_from_above();
}

void table_grid::place_spanned_from_above() {
    table_row& row = rows_.back();
    while (row.size() < below_.size() && below_[row.size()].rows_left > 0) {
        if (!within_budget()) {
            below_.clear();
            return;
        }
        pending& p = below_[row.size()];
        --p.rows_left;
        row.push_back(p.copy);
        placed_ += cost(p.copy);
    }
}

void table_grid::add_cell(table_cell cell, int colspan, int rowspan) {
    if (rows_.empty()) start_row();
    table_row& row = rows_.back();
    const std::size_t column = row.size();
    cell.spanned = false;
    added_ += cost(cell);
    placed_ += cost(cell);
    if (!within_budget()) colspan = rowspan = 1;
    table_cell copy{colspan > 1 || rowspan > 1 ? cell.content : cited_text(), cell.header, true,
                    cell.where};
    row.push_back(std::move(cell));
    for (int extra = 1; extra < colspan && within_budget(); ++extra) {
        row.push_back(copy);
        placed_ += cost(copy);
    }
    if (rowspan > 1) {
        if (below_.size() < row.size()) below_.resize(row.size());
        for (std::size_t c = column; c < row.size(); ++c) below_[c] = {rowspan - 1, copy};
    }
    place_spanned_from_above();
}

bool table_grid::within_budget() const { return placed_ < added_ * span_budget_factor + span_budget_floor; }

}  // namespace citegraph
