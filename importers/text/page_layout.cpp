#include "page_layout.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "line_kinds.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::text_import {

namespace {

constexpr int header_repeats = 3;
constexpr int shouted_header_repeats = 2;
constexpr std::size_t max_header_length = 200;
constexpr std::size_t max_footer_length = 60;

// true if a trimmed line could be a running header; table rows, list entries, sentences
// and lines with citations repeat for other reasons.
bool may_be_header(std::string_view line) {
    if (line.empty() || line.size() > max_header_length) return false;
    if (line.find('\t') != std::string_view::npos || is_list_entry(line)) return false;
    if (ends_sentence(line)) return false;
    // A bare number repeats as table cells and footnote numbers; a page number that
    // repeats is no page number, and is_page_number handles the real ones.
    if (line.find_first_not_of("0123456789") == std::string_view::npos) return false;
    return !is_section_heading(line) && !read_table_title(line) && !is_references_heading(line);
}

// true for a line in capitals ("MINIMAL ADVANCEMENT – ..."): repeated even once, such a
// line is a running header, since body text is not written that way twice.
bool is_shouting(std::string_view line) {
    std::size_t letters = 0;
    for (char c : line) {
        if (is_lower(c)) return false;
        letters += is_upper(c);
    }
    return letters >= 12;
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
        headers[i] = found != counts.end() &&
                     found->second >= (is_shouting(text) ? shouted_header_repeats : header_repeats);
    }
    return headers;
}

// The number of a page number standing on its own line: "4", "- 4 -", "Page 4", "Page 4
// of 30" (4); nullopt for any other line.
std::optional<std::size_t> page_number_value(std::string_view line) {
    auto digits_then = [](std::string_view text, std::size_t at) {
        std::size_t end = at;
        while (end < text.size() && end - at < 4 && is_digit(text[end])) ++end;
        return end > at ? end : std::string_view::npos;
    };
    auto value_of = [](std::string_view digits) {
        std::size_t value = 0;
        for (char c : digits) value = value * 10 + static_cast<std::size_t>(c - '0');
        return value;
    };
    if (line.substr(0, 2) == "- " && line.size() > 4 && line.substr(line.size() - 2) == " -")
        line = trim(line.substr(2, line.size() - 4));
    if (line.size() > 5 && (line.substr(0, 5) == "Page " || line.substr(0, 5) == "page ")) {
        std::size_t end = digits_then(line, 5);
        if (end == std::string_view::npos) return std::nullopt;
        if (end == line.size() || (line.substr(end, 4) == " of " && digits_then(line, end + 4) == line.size()))
            return value_of(line.substr(5, end - 5));
        return std::nullopt;
    }
    if (digits_then(line, 0) != line.size()) return std::nullopt;
    return value_of(line);
}

bool is_page_number(std::string_view line) { return page_number_value(line).has_value(); }

// true for "Page 9 of 9": a page footer wherever it stands, since a two-column page's
// conversion may print it between the columns, far from the page's edge.
bool is_page_of_pages(std::string_view line) {
    return line.substr(0, 5) == "Page " && line.find(" of ") != std::string_view::npos && is_page_number(line);
}

// Marks "Page N of M" lines, which no body text reads like.
void mark_page_of_pages(const std::vector<source_line>& lines, std::vector<bool>& furniture) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (is_page_of_pages(trim(lines[i].text))) furniture[i] = true;
}

// Marks page numbers next to running headers: the nearest non-blank line above or below
// a header, when it is only a page number. They sit between the halves of a paragraph
// that a page break cut, so they must go before the halves are joined.
void mark_page_numbers(const std::vector<source_line>& lines, std::vector<bool>& furniture) {
    const std::vector<bool> headers = furniture;
    auto mark_if_page_number = [&](std::size_t i) {
        if (is_page_number(trim(lines[i].text))) furniture[i] = true;
    };
    for (std::size_t h = 0; h < lines.size(); ++h) {
        if (!headers[h]) continue;
        std::size_t above = h;
        while (above > 0 && trim(lines[above - 1].text).empty()) --above;
        if (above > 0 && !headers[above - 1]) mark_if_page_number(above - 1);
        std::size_t below = h + 1;
        while (below < lines.size() && trim(lines[below].text).empty()) ++below;
        if (below < lines.size() && !headers[below]) mark_if_page_number(below);
    }
}

// true if text ends with a word that cannot end a phrase ("... Report of the"): the line
// was cut by the page break, so it is no footer.
bool ends_mid_phrase(std::string_view text) {
    const std::size_t space = text.rfind(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view last = text.substr(space + 1);
    for (std::string_view word : {"the", "of", "and", "a", "an", "to", "in", "for", "on", "by", "with",
                                  "de", "du", "des", "la", "le", "les", "et"})
        if (last == word) return true;
    return false;
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
        bool cut_short = text.back() == ',' || ends_mid_phrase(text) ||
                         (next < lines.size() && is_lower(trim(lines[next].text).front()));
        if (cut_short) continue;
        if (alone && text.size() <= max_footer_length && looks_like_heading(text) &&
            !is_section_heading(text) && !read_table_title(text) &&
            !is_references_heading(text) && !is_list_entry(text))
            furniture[f] = true;
    }
}

bool has_form_feed(const source_line& line) { return line.text.find('\f') != std::string_view::npos; }

// The non-blank lines at the edges of the pages that form feeds separate: the last lines
// before each form feed and the first lines from it on (at most max_edge_lines each side).
std::vector<std::size_t> page_edge_lines(const std::vector<source_line>& lines, std::size_t feed) {
    constexpr std::size_t max_edge_lines = 2;
    std::vector<std::size_t> edges;
    std::size_t below = feed, taken = 0;
    for (; below < lines.size() && taken < max_edge_lines; ++below)
        if (!trim(lines[below].text).empty()) edges.push_back(below), ++taken;
    taken = 0;
    for (std::size_t above = feed; above > 0 && taken < max_edge_lines; --above)
        if (!trim(lines[above - 1].text).empty()) edges.push_back(above - 1), ++taken;
    return edges;
}

// Marks the furniture at form feeds (the page breaks of pdftotext output): a page number
// at the edge of a page, and a line that stands at the edge of two or more pages (a running
// header or footer, even one seen too rarely for find_running_headers).
void mark_form_feed_furniture(const std::vector<source_line>& lines, std::vector<bool>& furniture) {
    std::vector<std::size_t> feeds;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (has_form_feed(lines[i])) feeds.push_back(i);
    if (feeds.empty()) return;
    std::unordered_map<std::string_view, int> edge_counts;
    std::vector<std::vector<std::size_t>> edges;
    for (std::size_t feed : feeds) {
        edges.push_back(page_edge_lines(lines, feed));
        for (std::size_t line : edges.back())
            if (may_be_header(trim(lines[line].text))) ++edge_counts[trim(lines[line].text)];
    }
    for (const auto& page_edges : edges)
        for (std::size_t line : page_edges) {
            const std::string_view text = trim(lines[line].text);
            auto found = edge_counts.find(text);
            if (is_page_number(text) || (found != edge_counts.end() && found->second >= shouted_header_repeats))
                furniture[line] = true;
        }
}

// Marks the page numbers that stand inside a page, away from its edges: pdftotext prints
// a number set at the foot of the left column between that column and the right one, or
// after the paragraph it ends ("... 54 ± 14 years." / "1684" / ""). A lone number with a
// blank line above or below it is one when it is the page's index (counted by form feeds)
// plus the constant that the page numbers at the pages' edges agree on, two pages or more,
// and the page has no other such line and no fitting page number already found (at its
// edges, or beside a running header): a table cell, a contents entry or a note's number
// seldom fits all that.
void mark_page_numbers_in_sequence(const std::vector<source_line>& lines, std::vector<bool>& furniture) {
    constexpr std::size_t min_agreeing_pages = 2;
    std::vector<std::size_t> page_of(lines.size(), 0);  // lines before the first form feed: page 0
    std::vector<std::size_t> feeds;
    for (std::size_t i = 0, page = 0; i < lines.size(); ++i) {
        if (has_form_feed(lines[i])) feeds.push_back(i), ++page;
        page_of[i] = page;
    }
    if (feeds.empty()) return;
    // How many pages' edge page numbers each constant (number minus page index) explains;
    // an edge line is counted once, though two form feeds may reach it.
    std::map<long, std::size_t> agreeing;
    std::vector<bool> counted(lines.size(), false);
    for (std::size_t feed : feeds)
        for (std::size_t line : page_edge_lines(lines, feed)) {
            const auto value = page_number_value(trim(lines[line].text));
            if (!value || counted[line]) continue;
            counted[line] = true;
            ++agreeing[static_cast<long>(*value) - static_cast<long>(page_of[line])];
        }
    const auto best = std::max_element(agreeing.begin(), agreeing.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best == agreeing.end() || best->second < min_agreeing_pages) return;
    // A blank line above or below: "1" between an address and the text it marks is no page's number.
    auto set_apart = [&](std::size_t i) {
        return i == 0 || i + 1 == lines.size() || trim(lines[i - 1].text).empty() || trim(lines[i + 1].text).empty();
    };
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> fitting(feeds.size() + 1, none);  // per page: the line that fits, or none
    std::vector<bool> several(feeds.size() + 1, false);
    std::vector<bool> numbered(feeds.size() + 1, false);  // its page number is furniture already
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto value = page_number_value(trim(lines[i].text));
        if (!value || static_cast<long>(*value) - static_cast<long>(page_of[i]) != best->first) continue;
        if (furniture[i]) numbered[page_of[i]] = true;
        if (furniture[i] || !set_apart(i)) continue;
        several[page_of[i]] = fitting[page_of[i]] != none;
        fitting[page_of[i]] = i;
    }
    for (std::size_t page = 0; page < fitting.size(); ++page)
        if (fitting[page] != none && !several[page] && !numbered[page]) furniture[fitting[page]] = true;
}

// Marks page numbers in text with no form feeds (converters other than pdftotext): bare
// numbers alone on a line after a blank one, counting up by one at least 20 lines apart,
// 3 or more in a row. Each starts (or ends) a page, so a page break replaces it.
void mark_counted_page_numbers(const std::vector<source_line>& lines, std::vector<bool>& furniture) {
    constexpr std::size_t min_page_lines = 20;
    constexpr std::size_t min_run = 3;
    constexpr std::size_t max_page_number = 9999;
    struct candidate {
        std::size_t line;
        std::size_t value;
        std::size_t run;       // pages counted up to this one
        std::size_t previous;  // index of the one before in the run; npos at its start
    };
    std::vector<candidate> found;
    std::unordered_map<std::size_t, std::size_t> latest;  // value -> index into found of the longest run
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view text = trim(lines[i].text);
        if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string_view::npos) continue;
        if (i > 0 && !trim(lines[i - 1].text).empty()) continue;
        std::size_t value = 0;
        for (char c : text) value = value * 10 + static_cast<std::size_t>(c - '0');
        if (value == 0 || value > max_page_number) continue;
        candidate c{i, value, 1, std::string::npos};
        if (auto before = latest.find(value - 1); before != latest.end() && i - found[before->second].line >= min_page_lines)
            c.run = found[before->second].run + 1, c.previous = before->second;
        auto same = latest.find(value);
        found.push_back(c);
        if (same == latest.end() || found[same->second].run <= c.run) latest[value] = found.size() - 1;
    }
    for (std::size_t k = found.size(); k-- > 0;) {
        if (found[k].run < min_run || furniture[found[k].line]) continue;
        for (std::size_t at = k; at != std::string::npos; at = found[at].previous) furniture[found[at].line] = true;
    }
}

// true for "Contents" and "Table of Contents" alone on a line (any case).
bool is_contents_heading(std::string_view line) {
    return text::equals_ascii_folded(line, "contents") || text::equals_ascii_folded(line, "table of contents");
}

// true for a line of running prose, which ends a table of contents: long, and ending a
// sentence.
bool is_prose_sentence(std::string_view line) {
    constexpr std::size_t min_prose_length = 60;
    return line.size() >= min_prose_length && ends_sentence(line);
}

// Marks the lines of tables of contents. Read before furniture goes, since the
// "Contents" heading repeats on each page of the table and is removed as a header.
std::vector<bool> find_contents(const std::vector<source_line>& lines) {
    std::vector<bool> contents(lines.size(), false);
    bool inside = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view text = trim(lines[i].text);
        inside = inside ? !is_prose_sentence(text) : is_contents_heading(text);
        contents[i] = inside;
    }
    return contents;
}

}  // namespace

std::vector<layout_line> remove_page_furniture(const std::vector<source_line>& lines) {
    std::vector<bool> furniture = find_running_headers(lines);
    bool any_header = false;
    for (bool header : furniture) any_header = any_header || header;
    if (any_header) {
        mark_page_numbers(lines, furniture);
        mark_footers(lines, furniture);
    }
    mark_form_feed_furniture(lines, furniture);
    mark_page_numbers_in_sequence(lines, furniture);
    if (std::none_of(lines.begin(), lines.end(), has_form_feed)) mark_counted_page_numbers(lines, furniture);
    mark_page_of_pages(lines, furniture);
    const std::vector<bool> contents = find_contents(lines);

    std::vector<layout_line> kept;
    bool blank_before = false;
    bool page_break_before = false;
    bool form_feed_before = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (has_form_feed(lines[i])) {
            blank_before = true;
            page_break_before = true;
            form_feed_before = true;
        }
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
                        page_break_before, form_feed_before, contents[i]});
        blank_before = false;
        page_break_before = false;
        form_feed_before = false;
    }
    return kept;
}

}  // namespace citegraph::text_import
