#include "line_kinds.hpp"

#include <array>

#include "importers/common/citation_group.hpp"
#include "text/utf8_text.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr std::size_t max_heading_length = 120;
constexpr std::size_t max_section_heading_length = 200;
constexpr std::size_t max_table_token_length = 8;

bool is_roman_letter(char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M';
}

bool has_terminal_punctuation(std::string_view line) {
    if (line.empty()) return false;
    char last = line.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',';
}

using text::equals_ascii_folded;

bool has_citation_group(std::string_view line) {
    return next_citation_group(line, 0).has_value();
}

}  // namespace

bool is_section_heading(std::string_view line) {
    std::size_t numeral = 0;
    while (numeral < line.size() && is_roman_letter(line[numeral])) ++numeral;
    if (numeral == 0 || numeral > 8) return false;
    if (line.substr(numeral, 2) != ". " || numeral + 2 >= line.size()) return false;
    if (!is_upper(line[numeral + 2])) return false;
    if (line.size() > max_section_heading_length || has_terminal_punctuation(line)) return false;
    return line.find('\t') == std::string_view::npos && !has_citation_group(line);
}

std::optional<table_title> read_table_title(std::string_view line) {
    if (line.substr(0, 6) != "Table " || line.find('\t') != std::string_view::npos)
        return std::nullopt;
    std::size_t dot = line.find('.', 6);
    if (dot == std::string_view::npos || dot == 6 || dot - 6 > max_table_token_length)
        return std::nullopt;
    std::string_view token = trim(line.substr(6, dot - 6));
    if (token.empty()) return std::nullopt;
    for (char c : token)
        if (!is_alnum(c) && c != ' ') return std::nullopt;
    if (dot + 1 < line.size() && line[dot + 1] != ' ') return std::nullopt;
    table_title title;
    std::size_t open = line.rfind('(');
    if (open != std::string_view::npos) {
        std::string_view tail = line.substr(open);
        title.continued = equals_ascii_folded(tail.substr(0, 5), "(cont");
    }
    return title;
}

// The line without a section number before its words: "VII. REFERENCES" -> "REFERENCES",
// "7. References" and "7 References" -> "References".
std::string_view without_section_number(std::string_view line) {
    std::size_t at = 0;
    if (at < line.size() && is_digit(line[at])) {
        while (at < line.size() && is_digit(line[at])) ++at;
        if (at < line.size() && line[at] == '.') ++at;
    } else {
        while (at < line.size() && std::string_view("IVXL").find(line[at]) != std::string_view::npos) ++at;
        if (at == 0 || at >= line.size() || line[at] != '.') return line;
        ++at;
    }
    if (at >= line.size() || line[at] != ' ') return line;
    return trim(line.substr(at));
}

bool is_references_heading(std::string_view line) {
    if (!line.empty() && line.back() == ':') line.remove_suffix(1);
    line = without_section_number(trim(line));
    constexpr std::array<std::string_view, 8> names{"references", "bibliography", "sources",
                                                    "works cited", "reference list", "literature cited",
                                                    "references and notes", "endnotes"};
    for (std::string_view name : names)
        if (equals_ascii_folded(line, name)) return true;
    return false;
}

std::optional<entry_marker> read_entry_marker(std::string_view line) {
    std::size_t at = 0;
    for (std::string_view bullet : {"-", "\xE2\x80\xA2", "*"})
        if (line.substr(0, bullet.size()) == bullet) {
            at = bullet.size();
            break;
        }
    const bool bulleted = at > 0;
    if (bulleted && at < line.size() && line[at] != ' ') return std::nullopt;  // "-5%", "**bold**"
    while (at < line.size() && line[at] == ' ') ++at;

    entry_marker marker;
    const bool bracketed = at < line.size() && line[at] == '[';
    std::size_t digits = at + (bracketed ? 1 : 0);
    std::size_t end = digits;
    int value = 0;
    while (end < line.size() && end - digits < 6 && is_digit(line[end])) value = value * 10 + (line[end++] - '0');
    const char closing = end < line.size() ? line[end] : '\0';
    // A list's numbers stand in a column sized for one digit: pdftotext prints "10.Wang, R."
    // with no space once the number takes two.
    const bool glued_to_name = !bracketed && closing == '.' && end - digits >= 2 && end + 1 < line.size() &&
                               is_upper(line[end + 1]);
    const bool numbered = end > digits && value > 0 &&
                          (bracketed ? closing == ']' : closing == '.' || closing == ')') &&
                          (end + 1 == line.size() || line[end + 1] == ' ' || glued_to_name);
    if (numbered) {
        marker.number = value;
        at = end + 1;
        while (at < line.size() && line[at] == ' ') ++at;
    } else if (!bulleted) {
        return std::nullopt;
    }
    marker.length = at;
    return marker;
}

bool is_list_entry(std::string_view line) { return read_entry_marker(line).has_value(); }

int entry_number(std::string_view line) {
    const auto marker = read_entry_marker(line);
    return marker ? marker->number : 0;
}

int bare_entry_number(std::string_view line) {
    const auto marker = read_entry_marker(line);
    return marker && marker->number > 0 && marker->length == line.size() ? marker->number : 0;
}

bool ends_entry(std::string_view line) {
    if (line.empty()) return false;
    if (line.back() == '.' || line.back() == '>') return true;
    const std::size_t last_space = line.rfind(' ');
    const std::string_view last_word = line.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
    return last_word.find("http://") != std::string_view::npos ||
           last_word.find("https://") != std::string_view::npos;
}

bool names_year_or_link(std::string_view text) {
    if (text.find("http") != std::string_view::npos || text.find("doi") != std::string_view::npos ||
        text.find("www.") != std::string_view::npos)
        return true;
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        bool four_digits = is_digit(text[i]) && is_digit(text[i + 1]) && is_digit(text[i + 2]) && is_digit(text[i + 3]);
        if (!four_digits || (i > 0 && is_digit(text[i - 1])) || (i + 4 < text.size() && is_digit(text[i + 4])))
            continue;
        if ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) return true;
    }
    return false;
}

bool looks_like_heading(std::string_view line) {
    if (line.empty() || line.size() > max_heading_length || has_terminal_punctuation(line))
        return false;
    return line.find('\t') == std::string_view::npos && !has_citation_group(line);
}

bool ends_sentence(std::string_view text) {
    text = trim(text);
    // Closing quotes and brackets may follow the punctuation: 'said "no."' or '(see x.)'.
    for (;;) {
        if (!text.empty() && (text.back() == '"' || text.back() == '\'' || text.back() == ')' ||
                              text.back() == ']')) {
            if ((text.back() == ')' || text.back() == ']') && ends_with_citation_group(text))
                return true;
            text.remove_suffix(1);
        } else if (text.size() >= 3 && (text.substr(text.size() - 3) == "\xE2\x80\x9D" ||
                                        text.substr(text.size() - 3) == "\xE2\x80\x99")) {
            text.remove_suffix(3);
        } else {
            break;
        }
    }
    return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

}  // namespace citegraph::text_import
