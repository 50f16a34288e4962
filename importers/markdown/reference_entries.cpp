#include "reference_entries.hpp"

#include <array>

#include "importers/common/skipped_numbers.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::markdown_import {

namespace {

constexpr int largest_gap = 3;               // numbers a list may skip between two entries
constexpr std::size_t max_number_digits = 6;
constexpr std::size_t max_page_digits = 3;

using text::equals_ascii_folded;

constexpr std::array<std::string_view, 9> list_names{
    "references", "bibliography", "notes", "sources", "works cited", "literature cited",
    "citations", "reference list", "notes and references"};

// Words whose abbreviation ends in '.' before a number that belongs to the entry.
constexpr std::array<std::string_view, 16> number_words{
    "vol", "no", "nos", "p", "pp", "art", "ch", "chap", "ed", "eds", "fig", "sec", "suppl",
    "pt", "ser", "iss"};

// Strips "7. ", "7 ", "VII. " before a title.
std::string_view without_numbering(std::string_view title) {
    std::size_t at = 0;
    while (at < title.size() && (is_digit(title[at]) || title[at] == '.')) ++at;
    if (at == 0)
        while (at < title.size() && (title[at] == 'I' || title[at] == 'V' || title[at] == 'X')) ++at;
    if (at > 0 && at < title.size() && title[at] == '.') ++at;
    if (at > 0 && at < title.size() && title[at] == ' ') return trim(title.substr(at));
    return title;
}

// The page numbers text[from..] holds: "2, 3, 7" -> true when ascending and small.
bool is_page_list(std::string_view text) {
    int previous = 0;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = text::digits_end(text, at);
        if (end == at || end - at > max_page_digits) return false;
        int value = 0;
        for (std::size_t k = at; k < end; ++k) value = value * 10 + (text[k] - '0');
        if (value < previous || value == 0) return false;
        previous = value;
        at = end;
        if (at == text.size()) return true;
        if (text.substr(at, 2) != ", ") return false;
        at += 2;
    }
    return false;
}

}  // namespace

bool is_references_title(std::string_view title) {
    title = trim(title);
    if (!title.empty() && title.back() == ':') title = trim(title.substr(0, title.size() - 1));
    title = without_numbering(title);
    for (std::string_view name : list_names)
        if (equals_ascii_folded(title, name)) return true;
    return false;
}

std::optional<entry_number> read_entry_number(const block& b) {
    if (b.kind == block_kind::list_item && b.ordinal > 0)
        return entry_number{static_cast<int>(b.ordinal), 0};
    if (b.kind != block_kind::list_item && b.kind != block_kind::paragraph) return std::nullopt;
    const std::string_view text = b.lines.front().text;
    const bool bracketed = text.starts_with("[");
    std::size_t at = bracketed ? 1 : 0;
    const std::size_t digits = at;
    int value = 0;
    while (at < text.size() && at - digits < max_number_digits && is_digit(text[at]))
        value = value * 10 + (text[at++] - '0');
    if (at == digits || value == 0 || at >= text.size()) return std::nullopt;
    const char closing = text[at];
    if (bracketed ? closing != ']' : closing != '.' && closing != ')') return std::nullopt;
    ++at;
    if (at < text.size() && text[at] != ' ' && text[at] != '\t') return std::nullopt;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return entry_number{value, at};
}

reference_list read_reference_list(const std::vector<block>& blocks, std::size_t first) {
    reference_list list;
    std::size_t at = first;
    const bool numbered = at < blocks.size() && read_entry_number(blocks[at]).has_value();
    int previous = 0;  // the largest number read so far
    skipped_numbers skipped;
    for (; at < blocks.size(); ++at) {
        const block& b = blocks[at];
        if (b.kind == block_kind::heading || b.kind == block_kind::table) break;
        if (b.kind == block_kind::footnote) continue;  // footnotes are read on their own
        if (!numbered) {
            list.entries.push_back({0, {{at, 0}}});
            continue;
        }
        const auto number = read_entry_number(b);
        // A number the list skipped is an entry the PDF's layout put out of order ("5. … 7.
        // … 6. … 8."); any other number not above the last starts another list.
        if (number && skipped.take(number->number)) {
            list.entries.push_back({number->number, {{at, number->length}}});
            continue;
        }
        if (number && !list.entries.empty() && number->number <= previous) break;  // another list
        if (number && (list.entries.empty() || number->number <= previous + largest_gap)) {
            if (!list.entries.empty()) skipped.jumped(previous, number->number);
            list.entries.push_back({number->number, {{at, number->length}}});
            previous = number->number;
        } else if (!list.entries.empty()) {
            list.entries.back().pieces.push_back({at, 0});
        }
    }
    list.end = at;
    return list;
}

std::string_view without_back_references(std::string_view text) {
    // The page list starts after the last ". " whose rest is only digits, commas and spaces.
    std::size_t start = text.size();
    while (start > 0 && (is_digit(text[start - 1]) || text[start - 1] == ',' || text[start - 1] == ' '))
        --start;
    while (start < text.size() && text[start] == ' ') ++start;
    if (start == text.size() || start < 2 || text[start - 1] != ' ' || text[start - 2] != '.')
        return text;
    if (!is_page_list(text.substr(start))) return text;
    // "vol. 5", "pp. 12": the number belongs to the entry.
    const std::size_t dot = start - 2;
    std::size_t word = dot;
    while (word > 0 && (is_upper(text[word - 1]) || is_lower(text[word - 1]))) --word;
    for (std::string_view abbreviation : number_words)
        if (equals_ascii_folded(text.substr(word, dot - word), abbreviation)) return text;
    return trim(text.substr(0, start));
}

}  // namespace citegraph::markdown_import
