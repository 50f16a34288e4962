#include "rejoined_list.hpp"

#include <algorithm>
#include <optional>

#include "line_kinds.hpp"
#include "text/text_chars.hpp"
#include "unheaded_list.hpp"

namespace citegraph::text_import {

namespace {

constexpr int min_run_entries = 3;

int bare_number(const layout_line& line) { return bare_entry_number(trim(line.text)); }

// The lines of the split list, by index into the document's lines.
struct split_list {
    std::size_t heading = 0;
    std::size_t bare_numbers = 0;  // lines of bare numbers 1, 2, ... right after the heading
    std::size_t first = 0;         // [first, end): the part before the heading
    std::size_t end = 0;
};

std::optional<std::size_t> references_heading(const std::vector<layout_line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!lines[i].in_contents && is_references_heading(trim(lines[i].text))) return i;
    return std::nullopt;
}

// The number of the first entry after the heading and its bare numbers, if it comes within
// an entry's length of them (what is before it is the end of an entry before the heading).
int first_number_after(const std::vector<layout_line>& lines, std::size_t from) {
    for (std::size_t i = from; i < lines.size() && i < from + max_entry_lines; ++i)
        if (const int number = entry_number(lines[i]); number > 0 && bare_number(lines[i]) == 0) return number;
    return 0;
}

// The start of the paragraph `count` paragraphs back from the line before `at` (a blank
// line or a page break parts them), if each of them names a year or a link: the texts of
// entries whose numbers were printed elsewhere. nullopt if there are fewer or one does not.
std::optional<std::size_t> paragraphs_before(const std::vector<layout_line>& lines, std::size_t at, int count) {
    std::size_t start = at;
    for (int k = 0; k < count; ++k) {
        if (start == 0) return std::nullopt;
        const std::size_t end = start;
        do --start;
        while (start > 0 && !lines[start].blank_before && !lines[start].page_break_before && end - start < max_entry_lines);
        if (!lines[start].blank_before && !lines[start].page_break_before) return std::nullopt;
        bool dated = false;
        for (std::size_t i = start; i < end && !dated; ++i) dated = names_year_or_link(lines[i].text);
        if (!dated || entry_number(lines[start]) != 0) return std::nullopt;
    }
    return start;
}

// Entries from..to: opens[k] is the index of the line opening entry from + k.
struct entry_run {
    int from = 0;
    int to = 0;
    std::vector<std::size_t> opens;
};

// Back from `before`: the nearest line opening entry `to`, then each number below it
// within an entry's length of the one after.
std::optional<entry_run> run_ending_at(const std::vector<layout_line>& lines, std::size_t before, int to) {
    std::size_t at = before;
    while (at > 0 && entry_number(lines[at - 1]) != to) --at;
    if (at == 0) return std::nullopt;
    entry_run run{to, to, {at - 1}};
    for (std::size_t i = at - 1; i-- > 0 && run.opens.back() - i <= max_entry_lines;) {
        if (entry_number(lines[i]) != run.from - 1 || bare_number(lines[i]) != 0) continue;
        run.opens.push_back(i);
        --run.from;
    }
    std::reverse(run.opens.begin(), run.opens.end());
    return run;
}

// true if 4 in 5 of the run's entries name a year or a link (dated_entries): its last
// entry only on its first line, since its other lines may be past the heading.
bool mostly_dated(const std::vector<layout_line>& lines, const entry_run& run) {
    const int entries = static_cast<int>(run.opens.size());
    return entries >= min_run_entries && 5 * dated_entries(lines, run.opens, 1) >= 4 * (entries - 1);
}

std::optional<split_list> find_split_list(const std::vector<layout_line>& lines) {
    const auto heading = references_heading(lines);
    if (!heading) return std::nullopt;
    split_list list;
    list.heading = *heading;
    while (list.heading + 1 + list.bare_numbers < lines.size() &&
           bare_number(lines[list.heading + 1 + list.bare_numbers]) == static_cast<int>(list.bare_numbers) + 1)
        ++list.bare_numbers;
    const int after = first_number_after(lines, list.heading + 1 + list.bare_numbers);
    if (after <= 1) return std::nullopt;
    const auto run = run_ending_at(lines, list.heading, after - 1);
    if (!run || !mostly_dated(lines, *run)) return std::nullopt;
    // The entries before the run's first are the paragraphs before it, their numbers the
    // bare ones after the heading.
    if (static_cast<int>(list.bare_numbers) != run->from - 1) return std::nullopt;
    const auto start = paragraphs_before(lines, run->opens.front(), run->from - 1);
    if (!start) return std::nullopt;
    list.first = *start;
    // The run's last entry goes on to the next paragraph's start, or to the heading.
    list.end = run->opens.back() + 1;
    while (list.end < list.heading && !lines[list.end].blank_before && !lines[list.end].page_break_before) ++list.end;
    return list;
}

// A group of lines that a blank line or a page break opens: [first, end).
struct line_group {
    std::size_t first = 0;
    std::size_t end = 0;
};

bool opens_group(const layout_line& line) { return line.blank_before || line.page_break_before; }

std::vector<line_group> groups_from(const std::vector<layout_line>& lines, std::size_t from) {
    std::vector<line_group> groups;
    for (std::size_t i = from; i < lines.size(); ++i) {
        if (groups.empty() || opens_group(lines[i])) groups.push_back({i, i});
        groups.back().end = i + 1;
    }
    return groups;
}

bool only_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return is_digit(c); });
}

// true if the group is the body's although it stands among numbered entries: it opens no
// entry, the entry before it (ending at `list_end`) has ended, and none of its lines
// names a year or a link (the end of an entry cut by a page break names them, or goes on
// from an unfinished line).
bool is_body_among_entries(const std::vector<layout_line>& lines, const line_group& group,
                           const layout_line& list_end) {
    if (entry_number(lines[group.first]) > 0 || !ends_entry(trim(list_end.text))) return false;
    if (group.end - group.first == 1 && only_digits(trim(lines[group.first].text))) return false;  // a page number
    for (std::size_t i = group.first; i < group.end; ++i)
        if (names_year_or_link(lines[i].text)) return false;
    return true;
}

}  // namespace

std::vector<layout_line> rejoin_split_list(std::vector<layout_line> lines) {
    const auto list = find_split_list(lines);
    if (!list) return lines;
    const auto at = [&](std::size_t i) { return lines.begin() + static_cast<std::ptrdiff_t>(i); };
    std::vector<layout_line> rejoined(lines.begin(), at(list->first));
    rejoined.insert(rejoined.end(), at(list->end), at(list->heading + 1 + list->bare_numbers));
    rejoined[list->first].blank_before = true;  // the body goes on after a gap
    rejoined.insert(rejoined.end(), at(list->first), at(list->end));
    rejoined.insert(rejoined.end(), at(list->heading + 1 + list->bare_numbers), lines.end());
    return rejoined;
}

std::vector<layout_line> move_body_out_of_list(std::vector<layout_line> lines) {
    const auto heading = references_heading(lines);
    if (!heading || *heading + 1 >= lines.size() || entry_number(lines[*heading + 1]) == 0) return lines;
    const std::vector<line_group> groups = groups_from(lines, *heading + 1);
    // The last group that opens an entry: the list goes on to it.
    std::size_t last_entry = 0;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (entry_number(lines[groups[g].first]) > 0) last_entry = g;
    std::vector<layout_line> body;
    std::vector<layout_line> list;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const bool among = g > 0 && g < last_entry && is_body_among_entries(lines, groups[g], list.back());
        for (std::size_t i = groups[g].first; i < groups[g].end; ++i) (among ? body : list).push_back(lines[i]);
    }
    if (body.empty()) return lines;
    body.front().blank_before = true;
    std::vector<layout_line> moved(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(*heading));
    moved.insert(moved.end(), body.begin(), body.end());
    moved.push_back(lines[*heading]);
    moved.insert(moved.end(), list.begin(), list.end());
    return moved;
}

}  // namespace citegraph::text_import
