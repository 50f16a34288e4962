#include "reference_entries.hpp"

#include <algorithm>

#include "line_kinds.hpp"
#include "importers/common/text_chars.hpp"

namespace citegraph::text_import {

namespace {

void start_entry(std::vector<reference_entry>& entries, const list_line& line, std::size_t skip,
                 int number) {
    entries.push_back({text_run(), number});
    entries.back().run.append(line.text.substr(skip), line.start + skip);
}

void continue_entry(std::vector<reference_entry>& entries, const list_line& line) {
    if (entries.empty()) return start_entry(entries, line, 0, 0);
    entries.back().run.append(line.text, line.start);
}

std::vector<reference_entry> split_marked(const std::vector<list_line>& lines) {
    std::vector<reference_entry> entries;
    for (const list_line& line : lines) {
        auto marker = read_entry_marker(line.text);
        // A number without a bullet starts an entry only when it comes next in the list
        // (allowing a gap of two): "2017. Source on file." on a wrapped line does not.
        const int previous = entries.empty() ? 0
                             : entries.back().number ? entries.back().number
                                                     : static_cast<int>(entries.size());
        const bool bulleted = marker && (marker->number == 0 ||
                                         (!is_digit(line.text.front()) && line.text.front() != '['));
        if (marker && (bulleted || (marker->number > previous && marker->number <= previous + 3)))
            start_entry(entries, line, marker->length, marker->number);
        else if (!entries.empty())
            continue_entry(entries, line);  // an entry wrapped onto the next line goes on
    }
    return entries;
}

// true if a line ends the way a whole entry does: with a full stop, or with a URL (bare,
// in angle brackets or as a Markdown link), which citation styles put last.
bool ends_entry(std::string_view line) {
    if (line.empty()) return false;
    if (line.back() == '.' || line.back() == '>') return true;
    const std::size_t last_space = line.rfind(' ');
    const std::string_view last_word = line.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
    return last_word.find("http://") != std::string_view::npos ||
           last_word.find("https://") != std::string_view::npos;
}

// A blank line separates entries only if it is not a page break: a page header can fall
// inside an entry, so there the line before must end as an entry does.
std::vector<reference_entry> split_unmarked(const std::vector<list_line>& lines) {
    const bool blank_separated =
        std::any_of(lines.begin() + (lines.empty() ? 0 : 1), lines.end(),
                    [](const list_line& line) { return line.blank_before && !line.page_break; });
    std::vector<reference_entry> entries;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const list_line& line = lines[i];
        const bool after_entry = i > 0 && ends_entry(lines[i - 1].text);
        const bool starts = i == 0 || (line.page_break || !blank_separated ? after_entry : line.blank_before);
        if (starts) start_entry(entries, line, 0, 0);
        else continue_entry(entries, line);
    }
    return entries;
}

}  // namespace

std::vector<reference_entry> split_reference_entries(const std::vector<list_line>& lines) {
    // A list that marks its entries marks its first one, with a bullet or a low number: a
    // wrapped line reading "2017." further down marks nothing.
    if (lines.empty()) return {};
    const auto first = read_entry_marker(lines.front().text);
    const bool marked = first && first->number <= 3;
    return marked ? split_marked(lines) : split_unmarked(lines);
}

}  // namespace citegraph::text_import
