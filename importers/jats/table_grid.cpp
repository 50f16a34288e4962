#include "table_grid.hpp"

#include <algorithm>
#include <charconv>

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

// A cell still covering the rows below it.
struct pending_span {
    table_cell copy;
    int rows_left = 0;
};

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
        pending_.clear();  // spans never cross from one row group into the next
    }

    // The rows read, without rows where no cell holds anything (rules drawn as <hr/>
    // rows would otherwise cut the header rows off from the columns they head).
    std::vector<table_row> take() {
        std::erase_if(rows_, [](const table_row& row) {
            return std::all_of(row.begin(), row.end(), [](const table_cell& c) { return c.content.empty(); });
        });
        return std::move(rows_);
    }

private:
    // Fills place `column` from a span above, if one covers it; true if it did.
    bool fill_from_above(table_row& out, std::size_t column) {
        if (column >= pending_.size() || pending_[column].rows_left <= 0) return false;
        out.push_back(pending_[column].copy);
        --pending_[column].rows_left;
        return true;
    }

    void row(pugi::xml_node tr, bool header, std::size_t rows_to_end) {
        // Outside <thead>, a row of <th> only is a header row; a <th> beside <td> cells
        // labels its row and is read like a data cell.
        bool all_th = true;
        for (pugi::xml_node cell : tr.children())
            if (is_element(cell, "td")) all_th = false;
        header = header || all_th;
        table_row out;
        for (pugi::xml_node cell : tr.children()) {
            if (!is_element(cell, "th") && !is_element(cell, "td")) continue;
            while (fill_from_above(out, out.size())) {}
            table_cell read;
            read.header = header;
            read.where = input_.where(cell);
            reader_.read(cell, read.content, false);
            const int columns = std::max(1, span_of(cell, "colspan"));
            int rows = span_of(cell, "rowspan");
            if (rows == 0) rows = static_cast<int>(std::min<std::size_t>(rows_to_end, widest_span));
            table_cell copy = read;
            copy.spanned = true;
            for (int c = 0; c < columns; ++c) {
                const std::size_t column = out.size();
                if (pending_.size() <= column) pending_.resize(column + 1);
                pending_[column] = {copy, rows - 1};
                out.push_back(c == 0 ? read : copy);
            }
        }
        while (fill_from_above(out, out.size())) {}
        rows_.push_back(std::move(out));
    }

    inline_reader& reader_;
    const xml_input& input_;
    std::vector<pending_span> pending_;
    std::vector<table_row> rows_;
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
