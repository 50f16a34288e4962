#include "tei_table.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "callouts.hpp"
#include "importers/common/table_grid.hpp"
#include "tei_nodes.hpp"

namespace citegraph::tei_import {

namespace {

constexpr std::size_t widest_span = 32;

// A span attribute (cols=, rows=): 1 when absent or unreadable, widest_span at most
// for columns; rows end with the table anyway.
std::size_t span(pugi::xml_node cell, std::string_view attribute, std::size_t most) {
    const std::string_view text = attribute_value(cell, attribute);
    std::size_t value = 1;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value == 0) return 1;
    return std::min(value, most);
}

bool is_label(pugi::xml_node node) { return attribute_value(node, "role") == "label"; }

// true if a bibliographic callout stands anywhere below node.
bool cites(pugi::xml_node node) {
    return !first_descendant(node, "ref", is_bibliographic_ref).empty();
}

}  // namespace

std::vector<table_row> read_table_rows(pugi::xml_node table, const cell_reader& read_cell) {
    std::vector<pugi::xml_node> row_nodes;
    bool marks_labels = false;
    for (pugi::xml_node row : table.children()) {
        if (!is_element(row, "row")) continue;
        row_nodes.push_back(row);
        marks_labels = marks_labels || is_label(row);
        for (pugi::xml_node cell : row.children())
            marks_labels = marks_labels || (is_element(cell, "cell") && is_label(cell));
    }
    // A table that marks no labels has a header row all the same, unless it cites.
    const bool first_row_heads = !marks_labels && row_nodes.size() > 1 && !cites(row_nodes.front());

    table_grid grid;
    bool first_row = true;
    for (pugi::xml_node row_node : row_nodes) {
        const bool header_row = is_label(row_node) || (first_row_heads && first_row);
        first_row = false;
        grid.start_row();
        for (pugi::xml_node cell_node : row_node.children()) {
            if (!is_element(cell_node, "cell")) continue;
            table_cell cell;
            read_cell(cell_node, cell.content);
            cell.header = header_row || is_label(cell_node);
            grid.add_cell(std::move(cell), static_cast<int>(span(cell_node, "cols", widest_span)),
                          static_cast<int>(span(cell_node, "rows", row_nodes.size())));
        }
    }
    return grid.take();
}

}  // namespace citegraph::tei_import
