#include "reference_entries.hpp"

#include <algorithm>

#include "importers/common/skipped_numbers.hpp"
#include "line_kinds.hpp"
#include "text/text_chars.hpp"

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

// Appends the entries of a list whose lines carry markers; numbers go on from `before`,
// the last number of the entries already read (0 at the start of the list).
void split_marked(const std::vector<list_line>& lines, int before, std::vector<reference_entry>& all) {
    std::vector<reference_entry> entries;
    int largest = before;  // the largest number read so far
    skipped_numbers skipped;
    for (const list_line& line : lines) {
        auto marker = read_entry_marker(line.text);
        // A number without a bullet starts an entry only when it comes next in the list
        // (allowing a gap of two): "2017. Source on file." on a wrapped line does not.
        const int previous = entries.empty() ? before
                             : entries.back().number ? largest
                                                     : before + static_cast<int>(entries.size());
        const bool bulleted = marker && (marker->number == 0 ||
                                         (!is_digit(line.text.front()) && line.text.front() != '['));
        // Or when it is one the list skipped: the PDF put that entry out of order ("5. …",
        // "7. …", "6. …", "8. …").
        if (marker && !bulleted && skipped.take(marker->number)) {
            start_entry(entries, line, marker->length, marker->number);
        } else if (marker && (bulleted || (marker->number > previous && marker->number <= previous + 3))) {
            if (!bulleted) {
                if (largest > 0) skipped.jumped(largest, marker->number);
                largest = std::max(largest, marker->number);
            }
            start_entry(entries, line, marker->length, marker->number);
        } else if (!entries.empty()) {
            continue_entry(entries, line);  // an entry wrapped onto the next line goes on
        } else if (!all.empty()) {
            all.back().run.append(line.text, line.start);  // the entry before this part goes on
        }
    }
    for (auto& entry : entries) all.push_back(std::move(entry));
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

// The number of a line that is nothing but a numbered marker ("4.", "[4]"); 0 otherwise.
int bare_number(const list_line& line) { return bare_entry_number(line.text); }

// How many lines from lines[at] are bare numbers counting up by one ("4.", "5.", ... "27.");
// fewer than two is no such block.
std::size_t bare_number_block(const std::vector<list_line>& lines, std::size_t at) {
    std::size_t count = 0;
    for (int expected = bare_number(lines[at]); at + count < lines.size() && expected > 0 &&
                                                bare_number(lines[at + count]) == expected;
         ++expected)
        ++count;
    return count < 2 ? 0 : count;
}

// true if the line ends in an author's initials ("& D'Alessio T.", "Burridge J."): the
// entry's title follows on the next line, so the full stop ends no entry.
bool ends_in_initial(std::string_view line) {
    const std::size_t space = line.rfind(' ');
    const std::string_view last = line.substr(space == std::string_view::npos ? 0 : space + 1);
    if (last.size() < 2 || last.size() > 4 || last.back() != '.') return false;
    return std::all_of(last.begin(), last.end() - 1, [](char c) { return is_upper(c); });
}

// true if the line opens with an author as Vancouver style writes one: one to three
// capitalised words, then initials ("Sampson P,", "O’Dwyer SB,", "Van der Linden ML",
// "Malešević N,"). "New York City: IEEE" and "A two-step model" open no entry.
bool opens_with_author(std::string_view line) {
    auto is_initials = [](std::string_view word) {
        if (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
        return !word.empty() && word.size() <= 3 &&
               std::all_of(word.begin(), word.end(), [](char c) { return is_upper(c); });
    };
    auto is_name_word = [](std::string_view word) {
        return !word.empty() && std::none_of(word.begin(), word.end(), [](char c) {
            return is_digit(c) || c == ',' || c == '.' || c == ':' || c == ';';
        });
    };
    if (line.empty() || !(is_upper(line.front()) || static_cast<unsigned char>(line.front()) >= 0x80)) return false;
    constexpr int max_name_words = 3;
    std::size_t at = 0;
    for (int word = 0; word <= max_name_words && at < line.size(); ++word) {
        std::size_t end = line.find(' ', at);
        if (end == std::string_view::npos) end = line.size();
        const std::string_view token = line.substr(at, end - at);
        if (word > 0 && is_initials(token)) return true;
        if (!is_name_word(token)) return false;
        at = end + 1;
    }
    return false;
}

// The texts cut into `count` entries where a line opens with an author after a line that
// ends as an entry does (a full stop after no initial, or a URL), when that gives exactly
// `count`; [] otherwise. Blank lines say nothing here: the conversion prints them by layout.
std::vector<reference_entry> split_at_entry_ends(const std::vector<list_line>& texts, std::size_t count) {
    std::vector<reference_entry> entries;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const bool starts = i == 0 || (ends_entry(texts[i - 1].text) && !ends_in_initial(texts[i - 1].text) &&
                                       opens_with_author(texts[i].text));
        if (starts) start_entry(entries, texts[i], 0, 0);
        else continue_entry(entries, texts[i]);
    }
    if (entries.size() != count) entries.clear();
    return entries;
}

// Pairs a block of bare numbers with the texts after it, in order: one text per line when
// the counts agree, else cut at entry ends when that gives one text per number, else as
// split_unmarked cuts them. Texts beyond the numbers stay unnumbered entries; numbers
// beyond the texts are lost.
void pair_numbers_with_texts(const std::vector<list_line>& numbers, const std::vector<list_line>& texts,
                             std::vector<reference_entry>& all) {
    std::vector<reference_entry> entries;
    if (texts.size() == numbers.size())
        for (const list_line& line : texts) start_entry(entries, line, 0, 0);
    else if (entries = split_at_entry_ends(texts, numbers.size()); entries.empty())
        entries = split_unmarked(texts);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i < numbers.size()) entries[i].number = bare_number(numbers[i]);
        all.push_back(std::move(entries[i]));
    }
}

// Appends the entries of lines with no block of bare numbers in them.
void split_part(const std::vector<list_line>& lines, std::vector<reference_entry>& all) {
    // A list that marks its entries marks its first one, with a bullet or a low number: a
    // wrapped line reading "2017." further down marks nothing. A part after numbered
    // entries goes on with the numbers they reached.
    if (lines.empty()) return;
    const int before = all.empty() ? 0 : all.back().number;
    const auto first = read_entry_marker(lines.front().text);
    const bool marked = first && (first->number <= 3 || (before > 0 && first->number <= before + 3));
    if (marked) return split_marked(lines, before, all);
    for (auto& entry : split_unmarked(lines)) all.push_back(std::move(entry));
}

}  // namespace

std::vector<reference_entry> split_reference_entries(const std::vector<list_line>& lines) {
    // PDF conversions may print a page's entry numbers as a block of bare lines ("4." …
    // "27.") and the 24 texts after them: each such block is paired up with its texts.
    std::vector<reference_entry> entries;
    std::vector<list_line> part;
    for (std::size_t at = 0; at < lines.size();) {
        const std::size_t block = bare_number_block(lines, at);
        if (block == 0) {
            part.push_back(lines[at++]);
            continue;
        }
        split_part(part, entries);
        part.clear();
        std::vector<list_line> numbers(lines.begin() + static_cast<std::ptrdiff_t>(at),
                                       lines.begin() + static_cast<std::ptrdiff_t>(at + block));
        at += block;
        std::vector<list_line> texts;
        while (at < lines.size() && !is_list_entry(lines[at].text)) texts.push_back(lines[at++]);
        pair_numbers_with_texts(numbers, texts, entries);
    }
    split_part(part, entries);
    return entries;
}

}  // namespace citegraph::text_import
