#include "page_layout.hpp"

#include <unordered_map>

#include "line_kinds.hpp"
#include "text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr int header_repeats = 3;
constexpr std::size_t max_header_length = 200;
constexpr std::size_t max_footer_length = 60;

// true if a trimmed line could be a running header; table rows, list entries, sentences
// and lines with citations repeat for other reasons.
bool may_be_header(std::string_view line) {
    if (line.empty() || line.size() > max_header_length) return false;
    if (line.find('\t') != std::string_view::npos || is_list_entry(line)) return false;
    if (ends_sentence(line)) return false;
    return !is_section_heading(line) && !read_table_title(line) && !is_references_heading(line);
}

std::vector<bool> find_running_headers(const std::vector<source_line>& lines) {
    std::unordered_map<std::string_view, int> counts;
    for (const source_line& line : lines) {
        std::string_view text = trim(line.text);
        if (may_be_header(text)) ++counts[text];
    }
    std::vector<bool> headers(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view text = trim(lines[i].text);
        auto found = text.empty() ? counts.end() : counts.find(text);
        headers[i] = found != counts.end() && found->second >= header_repeats;
    }
    return headers;
}

// Marks the footer above each running header: a short heading-like line with blank
// lines (or the start of input) above it and only blank lines between it and the header.
// The first line of the input is never a footer: it has no page above it.
void mark_footers(const std::vector<source_line>& lines, std::vector<bool>& furniture) {
    std::vector<bool> headers = furniture;
    std::size_t first_text = 0;
    while (first_text < lines.size() && (headers[first_text] || trim(lines[first_text].text).empty()))
        ++first_text;
    for (std::size_t h = 0; h < lines.size(); ++h) {
        if (!headers[h]) continue;
        std::size_t f = h;
        while (f > 0 && trim(lines[f - 1].text).empty()) --f;
        if (f == 0 || f == h) continue;  // nothing above, or no blank line between
        --f;
        if (furniture[f] || f <= first_text) continue;
        std::string_view text = trim(lines[f].text);
        bool alone = f == 0 || trim(lines[f - 1].text).empty();
        // "... costs, and" + header + "supplies, ..." is a paragraph cut short, not a footer.
        std::size_t next = h + 1;
        while (next < lines.size() && (headers[next] || trim(lines[next].text).empty())) ++next;
        bool cut_short = text.back() == ',' ||
                         (next < lines.size() && is_lower(trim(lines[next].text).front()));
        if (cut_short) continue;
        if (alone && text.size() <= max_footer_length && looks_like_heading(text) &&
            !is_section_heading(text) && !read_table_title(text) &&
            !is_references_heading(text) && !is_list_entry(text))
            furniture[f] = true;
    }
}

}  // namespace

std::vector<layout_line> remove_page_furniture(const std::vector<source_line>& lines) {
    std::vector<bool> furniture = find_running_headers(lines);
    bool any_header = false;
    for (bool header : furniture) any_header = any_header || header;
    if (any_header) mark_footers(lines, furniture);

    std::vector<layout_line> kept;
    bool blank_before = false;
    bool page_break_before = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (furniture[i]) {
            blank_before = true;
            page_break_before = true;
            continue;
        }
        if (trim(lines[i].text).empty()) {
            blank_before = true;
            continue;
        }
        kept.push_back({lines[i].text, lines[i].offset, lines[i].number, blank_before,
                        page_break_before});
        blank_before = false;
        page_break_before = false;
    }
    return kept;
}

}  // namespace citegraph::text_import
