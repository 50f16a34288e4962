#include "tables.hpp"

#include "markup.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

struct cell {
    std::string_view text;  // trimmed
    std::size_t offset;
};

std::vector<cell> split_cells(const layout_line& line) {
    std::vector<cell> cells;
    std::string_view rest = line.text;
    std::size_t offset = line.offset;
    for (;;) {
        std::size_t tab = rest.find('\t');
        std::string_view raw = rest.substr(0, tab);
        std::size_t skip = leading_blank(raw);
        cells.push_back({trim(raw), offset + skip});
        if (tab == std::string_view::npos) break;
        rest.remove_prefix(tab + 1);
        offset += tab + 1;
    }
    return cells;
}

}  // namespace

void table_reader::start(bool continued) {
    if (continued && active_) {
        skip_header_ = true;
        return;
    }
    active_ = true;
    expect_header_ = true;
    skip_header_ = false;
    headers_.clear();
    label_.clear();
}

void table_reader::end() { active_ = false; }

void table_reader::read_row(const layout_line& line, std::size_t section, std::vector<block>& out) {
    if (!active_) start(false);
    std::vector<cell> cells = split_cells(line);
    if (expect_header_ || skip_header_) {
        if (expect_header_) {
            headers_.clear();
            for (const cell& c : cells) headers_.push_back(clean_markup(c.text, footnote_marks::drop));
        }
        expect_header_ = skip_header_ = false;
        return;
    }
    if (!cells[0].text.empty()) label_ = std::string(cells[0].text);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].text.empty()) continue;
        block b;
        b.kind = block_kind::table_cell;
        b.run.append(cells[i].text, cells[i].offset);
        b.section = section;
        b.row_label = label_;
        b.column_header = i < headers_.size() ? headers_[i] : std::string();
        b.label_cell = i == 0;
        out.push_back(std::move(b));
    }
}

}  // namespace citegraph::text_import
