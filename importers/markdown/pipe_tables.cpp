#include "pipe_tables.hpp"

#include "text/text_chars.hpp"

namespace citegraph::markdown_import {

namespace {

span trimmed(std::string_view text, std::size_t offset) {
    const std::size_t lead = leading_blank(text);
    return {trim(text), offset + lead, false};
}

}  // namespace

std::vector<span> row_cells(const span& row) {
    std::string_view text = row.text;
    std::size_t base = row.offset;
    const std::size_t lead = leading_blank(text);
    text = trim(text);
    base += lead;
    if (text.starts_with("|")) {
        text.remove_prefix(1);
        ++base;
    }
    if (text.ends_with("|") && !text.ends_with("\\|")) text.remove_suffix(1);
    std::vector<span> cells;
    std::size_t begin = 0;
    bool in_code = false;
    for (std::size_t at = 0; at <= text.size(); ++at) {
        if (at < text.size() && text[at] == '\\') {
            ++at;
            continue;
        }
        if (at < text.size() && text[at] == '`') in_code = !in_code;
        if (at == text.size() || (text[at] == '|' && !in_code)) {
            cells.push_back(trimmed(text.substr(begin, at - begin), base + begin));
            begin = at + 1;
        }
    }
    if (cells.size() == 1 && cells.front().text.empty()) cells.clear();
    return cells;
}

}  // namespace citegraph::markdown_import
