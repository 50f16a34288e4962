#include "table_grid.hpp"

#include <algorithm>
#include <charconv>

#include "importers/common/table_grid.hpp"
#include "xml_names.hpp"

namespace citegraph::jats_import {

namespace {

constexpr int widest_span = 1000;

// A span attribute: 1 if absent or unreadable, 0 (to the end of the group) kept, at most widest_span.
int span_of(pugi::xml_node cell, std::string_view name) {
    const std::string_view text = attribute_value(cell, name);
    int value = 1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0) return 1;
    return std::min(value, widest_span);
}

class grid_builder {
public:
    grid_builder(inline_reader& reader, const xml_input& input) : reader_(reader), input_(input) {}

    // Reads the <tr> children of a row group (or of the table itself).
    void group(pugi::xml_node node, bool header) {
        std::size_t rows_in_group = 0;
        for (pugi::xml_node tr : node.children())
            if (is_element(tr, "tr")) ++rows_in_group;
        std::size_t index = 0;
        for (pugi::xml_node tr : node.children()) {
            if (!is_element(tr, "tr")) continue;
            row(tr, header, rows_in_group - index);
            ++index;
        }
        grid_.end_group();  // spans never cross from one row group into the next
    }

    // The rows read, without rows where no cell holds anything (rules drawn as <hr/>
    // rows would otherwise cut the header rows off from the columns they head).
    std::vector<table_row> take() {
        std::vector<table_row> rows = grid_.take();
        std::erase_if(rows, [](const table_row& row) {
            return std::all_of(row.begin(), row.end(), [](const table_cell& c) { return c.content.empty(); });
        });
        return rows;
    }

private:
    void row(pugi::xml_node tr, bool header, std::size_t rows_to_end) {
        // Outside <thead>, a row of <th> only is a header row; a <th> beside <td> cells
        // labels its row and is read like a data cell.
        bool all_th = true;
        for (pugi::xml_node cell : tr.children())
            if (is_element(cell, "td")) all_th = false;
        header = header || all_th;
        grid_.start_row();
        for (pugi::xml_node cell : tr.children()) {
            if (!is_element(cell, "th") && !is_element(cell, "td")) continue;
            table_cell read;
            read.header = header;
            read.where = input_.where(cell);
            reader_.read(cell, read.content, false);
            int rows = span_of(cell, "rowspan");
            if (rows == 0) rows = static_cast<int>(std::min<std::size_t>(rows_to_end, widest_span));
            grid_.add_cell(std::move(read), span_of(cell, "colspan"), rows);
        }
    }

    inline_reader& reader_;
    const xml_input& input_;
    table_grid grid_;
};

}  // namespace

std::vector<table_row> table_rows(pugi::xml_node table, inline_reader& reader, const xml_input& input) {
    grid_builder builder(reader, input);
    builder.group(table, false);
    for (pugi::xml_node child : table.children()) {
        if (is_element(child, "thead")) builder.group(child, true);
        else if (is_element(child, "tbody") || is_element(child, "tfoot")) builder.group(child, false);
    }
    return builder.take();
}

}  // namespace citegraph::jats_import
